import { type DraftBlock, trimRange } from "./draft-block.js";
import { type FrontMatter, readFrontMatter } from "./front-matter.js";
import type { HtmlMetadata } from "./html-metadata.js";
import { htmlToText } from "./html-to-text.js";
import { plainTextBlocks } from "./plain-blocks.js";

/** The readable text of a file and its blocks, before their kinds are decided. */
export interface Layout {
  text: string;
  /** File offset of each character of `text` (HTML); null when `text` is the file text. */
  offsets: number[] | null;
  blocks: DraftBlock[];
  /** Where the article itself starts in `text` (after front matter). */
  bodyStart: number;
  frontMatter: FrontMatter;
  /** What an HTML page's markup says; null for plain text. */
  html: HtmlMetadata | null;
}

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const HTML_START =
  /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/**
 * True when a file is HTML: by its extension, or because it starts like an HTML page. Text that merely
 * contains tags (`<u>told</u>`) is not HTML.
 *
 * @example
 * looksLikeHtml(".txt", "<!DOCTYPE html><html>…"); // true
 */
export function looksLikeHtml(extension: string, fileText: string): boolean {
  return HTML_EXTENSIONS.has(extension) || HTML_START.test(fileText.slice(0, 4096));
}

/**
 * Lays out a decoded file: HTML through parse5 (text, offset map, blocks, metadata); plain text and
 * Markdown as they are, front matter read and kept as a metadata block.
 */
export function readLayout(fileText: string, extension: string): Layout {
  const noFrontMatter: FrontMatter = {
    fields: { id: null, url: null, outlet: null, published: null },
    end: 0,
    warnings: [],
  };
  if (looksLikeHtml(extension, fileText)) {
    const html = htmlToText(fileText);
    return {
      text: html.text,
      offsets: html.offsets,
      blocks: html.blocks,
      bodyStart: 0,
      frontMatter: noFrontMatter,
      html: html.metadata,
    };
  }
  const frontMatter = readFrontMatter(fileText);
  const blocks = plainTextBlocks(fileText, frontMatter.end, extension);
  const header = frontMatter.end > 0 ? trimRange(fileText, 0, frontMatter.end) : null;
  if (header) blocks.unshift({ ...header, hint: "metadata" });
  return { text: fileText, offsets: null, blocks, bodyStart: frontMatter.end, frontMatter, html: null };
}
