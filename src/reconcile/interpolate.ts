/**
 * Fills `{{name}}` placeholders from data; unknown placeholders are left as they are.
 *
 * @example
 * interpolate("{{a}} and {{b}}", { a: "TASS", b: "AFP" }); // "TASS and AFP"
 */
export function interpolate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
