import type { DefaultTreeAdapterMap } from "parse5";
import { HTML_DATE_META, HTML_OUTLET_META, HTML_URL_META } from "./tables/html.js";

type Element = DefaultTreeAdapterMap["element"];

/** What an HTML page's markup says about the article (not its visible text). */
export interface HtmlMetadata {
  published: string | null;
  url: string | null;
  outlet: string | null;
}

/** Metadata candidates as they are met, ranked afterwards by the order of the tables. */
export interface MetadataCollector {
  dates: Map<string, string>;
  urls: Map<string, string>;
  outlets: Map<string, string>;
}

export function newMetadataCollector(): MetadataCollector {
  return { dates: new Map(), urls: new Map(), outlets: new Map() };
}

function attribute(element: Element, name: string): string | null {
  for (const attr of element.attrs) if (attr.name === name) return attr.value;
  return null;
}

function remember(map: Map<string, string>, key: string, value: string | null): void {
  const trimmed = value?.trim();
  if (trimmed && !map.has(key)) map.set(key, trimmed);
}

/** Notes what a `<meta>`, `<link>` or `itemprop` element says. */
export function collectElementMetadata(element: Element, collector: MetadataCollector): void {
  const tag = element.tagName;
  if (tag === "link") {
    const rel = attribute(element, "rel")?.toLowerCase().split(/\s+/) ?? [];
    if (rel.includes("canonical")) remember(collector.urls, "canonical", attribute(element, "href"));
    return;
  }
  const key = (
    attribute(element, "property") ??
    attribute(element, "name") ??
    attribute(element, "itemprop")
  )?.toLowerCase();
  if (!key) return;
  const value =
    attribute(element, "content") ?? attribute(element, "datetime") ?? (tag === "meta" ? null : null);
  if (HTML_DATE_META.includes(key)) remember(collector.dates, key, value);
  if (HTML_URL_META.includes(key)) remember(collector.urls, key, value);
  if (HTML_OUTLET_META.includes(key)) remember(collector.outlets, key, value);
}

function findInJson(value: unknown, key: string, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findInJson(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const direct = record[key];
  if (typeof direct === "string") return direct;
  if (direct && typeof direct === "object" && typeof (direct as Record<string, unknown>).name === "string") {
    return (direct as Record<string, unknown>).name as string;
  }
  for (const child of Object.values(record)) {
    const found = findInJson(child, key, depth + 1);
    if (found) return found;
  }
  return null;
}

function findJsonValue(value: unknown, key: string, depth: number): unknown {
  if (depth > 6 || value === null || typeof value !== "object") return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findJsonValue(item, key, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (key in record) return record[key];
  for (const child of Object.values(record)) {
    const found = findJsonValue(child, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A JSON-LD page reference: a URL string or an object with an `@id`. */
function pageAddress(value: unknown): string | null {
  if (typeof value === "string") return /^https?:\/\//i.test(value) ? value : null;
  if (value && typeof value === "object" && typeof (value as Record<string, unknown>)["@id"] === "string") {
    return pageAddress((value as Record<string, unknown>)["@id"]);
  }
  return null;
}

/** Notes what a JSON-LD script says (`datePublished`, `publisher`, `mainEntityOfPage`); ignores JSON that does not parse. */
export function collectJsonLd(json: string, collector: MetadataCollector): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  remember(collector.dates, "datepublished", findInJson(data, "datePublished", 0));
  remember(collector.outlets, "publisher", findInJson(data, "publisher", 0));
  remember(collector.urls, "mainentityofpage", pageAddress(findJsonValue(data, "mainEntityOfPage", 0)));
}

function best(
  map: Map<string, string>,
  order: readonly string[],
  extra: readonly string[] = [],
): string | null {
  for (const key of [...extra, ...order]) {
    const value = map.get(key);
    if (value) return value;
  }
  return null;
}

/** The best of each kind of metadata collected, by the ranking of the tables. */
export function resolveMetadata(collector: MetadataCollector): HtmlMetadata {
  return {
    published: best(collector.dates, HTML_DATE_META),
    url: best(collector.urls, HTML_URL_META, ["canonical"]) ?? collector.urls.get("mainentityofpage") ?? null,
    outlet: best(collector.outlets, HTML_OUTLET_META),
  };
}
