import type { ClaimExtractor } from "../../plugin.js";
import type { OutletProfile } from "../../schema/outlet.js";

/**
 * The extractors that run on one article: every extractor that no outlet profile claims, plus those the
 * article's own profile lists in `extractors`. Order is the registry's order.
 *
 * @example
 * selectExtractors(corroborator.extractors, corroborator.outlets, document.outletProfile ?? null);
 */
export function selectExtractors(
  extractors: readonly ClaimExtractor[],
  outlets: readonly OutletProfile[],
  outletProfile: string | null,
): ClaimExtractor[] {
  const claimed = new Set(outlets.flatMap((profile) => profile.extractors));
  const own = new Set(outlets.find((profile) => profile.id === outletProfile)?.extractors ?? []);
  return extractors.filter((extractor) => !claimed.has(extractor.meta.id) || own.has(extractor.meta.id));
}
