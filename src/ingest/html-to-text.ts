import { type DefaultTreeAdapterMap, parse, parseFragment } from "parse5";
import type { BlockKind } from "../schema/document.js";
import { type DraftBlock, isSpaceCode } from "./draft-block.js";
import {
  collectElementMetadata,
  collectJsonLd,
  type HtmlMetadata,
  newMetadataCollector,
  resolveMetadata,
} from "./html-metadata.js";
import {
  HTML_BLOCK_ELEMENTS,
  HTML_CLASS_KINDS,
  HTML_ELEMENT_KINDS,
  HTML_SKIPPED_ELEMENTS,
} from "./tables/html.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];
type TextNode = DefaultTreeAdapterMap["textNode"];

/** Readable text of an HTML page, with the map back to the file and the blocks the markup makes. */
export interface HtmlText {
  text: string;
  /** `offsets[i]` is the file offset of `text[i]`; the last entry is the end of the last character. */
  offsets: number[];
  blocks: DraftBlock[];
  metadata: HtmlMetadata;
}

const SKIPPED = new Set(HTML_SKIPPED_ELEMENTS);
const BLOCKS = new Set(HTML_BLOCK_ELEMENTS);
/** Elements whose hint only counts when they hold little text (a class on a wrapper says little). */
const MAX_HINTED_TEXT = 1500;

interface Hint {
  kind: BlockKind;
  /** Tag hints (`<h1>`, `<figcaption>`) always count; class hints only for small elements. */
  trusted: boolean;
  textStart: number;
  textEnd: number;
}

function classKind(element: Element): BlockKind | null {
  let words: string[] | null = null;
  for (const attr of element.attrs) {
    if (attr.name !== "class" && attr.name !== "id") continue;
    words ??= [];
    for (const token of attr.value.toLowerCase().split(/\s+/)) {
      words.push(token);
      for (const part of token.split(/[-_]+/)) words.push(part);
    }
  }
  if (!words) return null;
  for (const { words: markers, kind } of HTML_CLASS_KINDS)
    if (markers.some((marker) => words.includes(marker))) return kind;
  return null;
}

/** Elements the page never shows: `hidden`, `aria-hidden="true"`, or an inline `display: none`. */
function isHidden(element: Element): boolean {
  for (const attr of element.attrs) {
    if (attr.name === "hidden") return true;
    if (attr.name === "aria-hidden" && attr.value.trim().toLowerCase() === "true") return true;
    if (attr.name === "style" && /display\s*:\s*none/i.test(attr.value)) return true;
  }
  return false;
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/** Builds the readable text one character at a time, collapsing spaces and separating blocks. */
class TextBuilder {
  /** Finished parts of the text; `codes` holds the part being built, as UTF-16 code units. */
  private readonly parts: string[] = [];
  private codes: number[] = [];
  readonly offsets: number[] = [];
  readonly blocks: DraftBlock[] = [];
  readonly blockHints: Hint[][] = [];
  readonly hints: Hint[] = [];
  length = 0;
  private blockStart = -1;
  private pendingSpace = -1;
  private lastEnd = 0;

  private push(code: number, offset: number): void {
    this.codes.push(code);
    this.offsets.push(offset);
    this.length++;
    if (this.codes.length >= 8192) this.flush();
  }

  private flush(): void {
    if (this.codes.length === 0) return;
    this.parts.push(String.fromCharCode(...this.codes));
    this.codes = [];
  }

  add(code: number, offset: number, end: number): void {
    if (isSpaceCode(code)) {
      if (this.blockStart !== -1 && this.pendingSpace === -1) this.pendingSpace = offset;
      return;
    }
    if (this.blockStart === -1) {
      if (this.length > 0) {
        this.push(0x0a, offset);
        this.push(0x0a, offset);
      }
      this.blockStart = this.length;
    } else if (this.pendingSpace !== -1) {
      this.push(0x20, this.pendingSpace);
    }
    this.pendingSpace = -1;
    this.push(code, offset);
    this.lastEnd = end;
  }

  closeBlock(): void {
    if (this.blockStart === -1) return;
    this.blocks.push({ start: this.blockStart, end: this.length, hint: null });
    this.blockHints.push([...this.hints].reverse());
    this.blockStart = -1;
    this.pendingSpace = -1;
  }

  finish(): { text: string; offsets: number[] } {
    this.closeBlock();
    this.flush();
    this.offsets.push(this.lastEnd);
    return { text: this.parts.join(""), offsets: this.offsets };
  }
}

const ENTITY_SOURCE = "&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)";

/**
 * Feeds the characters of a text node to the builder, each with the file offset it came from. parse5
 * gives the node's value (entities decoded, CR LF made LF) and where its source starts and ends; the
 * two are walked side by side, entities decoded with parse5 itself, and markup that parse5 merged into
 * one text node (a stray end tag) skipped.
 */
function addTextNode(
  node: TextNode,
  fileText: string,
  builder: TextBuilder,
  decode: (entity: string) => string,
  entity: RegExp,
  fallback: number,
): void {
  const value = node.value;
  const location = node.sourceCodeLocation;
  const end = location?.endOffset ?? fallback;
  let at = location?.startOffset ?? fallback;
  let index = 0;
  while (index < value.length) {
    const code = value.charCodeAt(index);
    if (at >= end) {
      builder.add(code, end, end);
      index++;
      continue;
    }
    const raw = fileText.charCodeAt(at);
    if (raw === 0x26) {
      entity.lastIndex = at;
      const match = entity.exec(fileText);
      if (match && match.index + match[0].length <= end) {
        const decoded = decode(match[0]);
        if (decoded !== match[0] && value.startsWith(decoded, index)) {
          const entityEnd = at + match[0].length;
          for (let k = 0; k < decoded.length; k++) builder.add(decoded.charCodeAt(k), at, entityEnd);
          index += decoded.length;
          at = entityEnd;
          continue;
        }
      }
    }
    if (raw === code) {
      builder.add(code, at, at + 1);
      index++;
      at++;
    } else if (raw === 0x0d) {
      at++;
    } else if (raw === 0x3c) {
      const close = fileText.indexOf(">", at);
      at = close === -1 || close >= end ? end : close + 1;
    } else {
      builder.add(code, at, at + 1);
      index++;
      at++;
    }
  }
}

function textOf(element: Element): string {
  return element.childNodes
    .map((child) => ("value" in child && child.nodeName === "#text" ? child.value : ""))
    .join("");
}

type Step = { node: Node; exit: false } | { node: Element; exit: true };

/**
 * Turns an HTML page into readable text with parse5 (with source locations): block elements become
 * blocks, scripts, styles, navigation and footers are skipped, entities are decoded, and `offsets` maps
 * every character back to the file. Also collects the page's metadata (`<meta>`, canonical link, JSON-LD).
 *
 * @example
 * const html = "<p>Tom &amp; <b>Jerry</b></p>";
 * const { text, offsets } = htmlToText(html);
 * text; // "Tom & Jerry"
 * html.slice(offsets[4], offsets[5]); // "&amp; "
 */
export function htmlToText(fileText: string): HtmlText {
  const document = parse(fileText, { sourceCodeLocationInfo: true });
  const builder = new TextBuilder();
  const collector = newMetadataCollector();
  const entity = new RegExp(ENTITY_SOURCE, "y");
  const decoded = new Map<string, string>();
  const decode = (raw: string): string => {
    let value = decoded.get(raw);
    if (value === undefined) {
      const fragment = parseFragment(raw);
      value = fragment.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
      decoded.set(raw, value);
    }
    return value;
  };
  const hintOf = new Map<Element, Hint>();
  let titleBlock = -1;
  let titleEntry = -1;
  let hasH1 = false;
  let lastOffset = 0;
  const stack: Step[] = [{ node: document, exit: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.exit) {
      const element = step.node;
      if (BLOCKS.has(element.tagName)) builder.closeBlock();
      if (element.tagName === "title" && titleBlock === -1 && builder.blocks.length > titleEntry)
        titleBlock = titleEntry;
      const hint = hintOf.get(element);
      if (hint) {
        hint.textEnd = builder.length;
        builder.hints.pop();
      }
      continue;
    }
    const node = step.node;
    if (node.nodeName === "#text") {
      addTextNode(node as TextNode, fileText, builder, decode, entity, lastOffset);
      lastOffset = (node as TextNode).sourceCodeLocation?.endOffset ?? lastOffset;
      continue;
    }
    if (!("childNodes" in node)) continue;
    if (isElement(node)) {
      const tag = node.tagName;
      lastOffset = node.sourceCodeLocation?.startOffset ?? lastOffset;
      if (tag === "meta" || tag === "link" || node.attrs.some((attr) => attr.name === "itemprop")) {
        collectElementMetadata(node, collector);
      }
      if (
        tag === "script" &&
        /ld\+json/i.test(node.attrs.find((attr) => attr.name === "type")?.value ?? "")
      ) {
        collectJsonLd(textOf(node), collector);
      }
      if (SKIPPED.has(tag) || isHidden(node)) continue;
      if (BLOCKS.has(tag)) builder.closeBlock();
      if (tag === "h1") hasH1 = true;
      if (tag === "title") titleEntry = builder.blocks.length;
      const tagKind = tag === "title" ? "headline" : HTML_ELEMENT_KINDS[tag];
      const kind = tagKind ?? classKind(node);
      if (kind) {
        const hint: Hint = {
          kind,
          trusted: tagKind !== undefined && tag !== "aside",
          textStart: builder.length,
          textEnd: -1,
        };
        hintOf.set(node, hint);
        builder.hints.push(hint);
      }
      stack.push({ node, exit: true });
    }
    const children = node.childNodes as Node[];
    for (let index = children.length - 1; index >= 0; index--)
      stack.push({ node: children[index]!, exit: false });
  }
  const { text, offsets } = builder.finish();
  const blocks = builder.blocks.map((block, index) => ({
    ...block,
    hint: chooseHint(builder.blockHints[index] ?? []),
  }));
  const title = blocks[titleBlock];
  if (title && hasH1) title.hint = "metadata";
  return { text, offsets, blocks, metadata: resolveMetadata(collector) };
}

function chooseHint(hints: readonly Hint[]): BlockKind | null {
  for (const hint of hints) {
    if (hint.trusted || hint.textEnd - hint.textStart <= MAX_HINTED_TEXT) return hint.kind;
  }
  return null;
}
