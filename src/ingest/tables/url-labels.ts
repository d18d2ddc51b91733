/**
 * Labels of lines that give the article's own address, as data: `Original url: https://…`, the URL
 * possibly on the next line. Regular-expression sources, matched case-insensitively at the start of a line.
 */
export const URL_LABELS: readonly string[] = [
  String.raw`original\s+url`,
  String.raw`source\s+url`,
  String.raw`canonical\s+url`,
  String.raw`article\s+url`,
  "url",
  "link",
  "source",
  String.raw`originally\s+published\s+(?:at|on)`,
  String.raw`read\s+the\s+original(?:\s+article)?(?:\s+(?:at|on|here))?`,
];
