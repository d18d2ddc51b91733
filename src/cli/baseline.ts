/**
 * Reads the ids of accepted findings from a baseline file: an earlier report (`{ findings: [{ id }] }`)
 * or a plain array of ids. Returns an error message instead of throwing.
 */
export function parseBaseline(text: string): { ok: true; ids: Set<string> } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: "the baseline is not valid JSON" };
  }
  const list = Array.isArray(data) ? data : (data as { findings?: unknown })?.findings;
  if (!Array.isArray(list))
    return { ok: false, error: "the baseline holds neither a findings list nor an array of ids" };
  const ids = list
    .map((item) => (typeof item === "string" ? item : (item as { id?: unknown })?.id))
    .filter((id): id is string => typeof id === "string");
  return { ok: true, ids: new Set(ids) };
}
