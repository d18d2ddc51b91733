import type { BlockKind } from "../../schema/document.js";

/** Elements whose content is never readable article text. */
export const HTML_SKIPPED_ELEMENTS: readonly string[] = [
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "footer",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "button",
  "select",
  "textarea",
  "audio",
  "video",
  "map",
  "dialog",
];

/** Elements that start and end a block of text. */
export const HTML_BLOCK_ELEMENTS: readonly string[] = [
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "ul",
];

/** What an element says about the blocks inside it. */
export const HTML_ELEMENT_KINDS: Readonly<Record<string, BlockKind>> = {
  h1: "headline",
  h2: "heading",
  h3: "heading",
  h4: "heading",
  h5: "heading",
  h6: "heading",
  figcaption: "caption",
  aside: "related",
  address: "byline",
};

/**
 * Words in `class`/`id` attributes that say what a block is, as data (whole dash- or underscore-separated
 * parts of a class name, lower case).
 */
export const HTML_CLASS_KINDS: readonly { readonly words: readonly string[]; readonly kind: BlockKind }[] = [
  {
    words: ["caption", "figcaption", "credit", "credits", "photo-credit", "image-credit", "copyright"],
    kind: "caption",
  },
  { words: ["byline", "author", "authors", "contributor"], kind: "byline" },
  {
    words: [
      "share",
      "sharing",
      "social",
      "newsletter",
      "subscribe",
      "signup",
      "paywall",
      "advert",
      "advertisement",
      "ad",
      "ads",
      "promo",
      "cookie",
      "cookies",
      "consent",
    ],
    kind: "share",
  },
  {
    words: [
      "related",
      "recommended",
      "recirculation",
      "more-stories",
      "read-more",
      "most-read",
      "trending",
      "outbrain",
      "taboola",
      "breadcrumb",
      "breadcrumbs",
      "tags",
      "topics",
    ],
    kind: "related",
  },
  { words: ["dateline", "timestamp", "publish-date", "published", "date"], kind: "dateline" },
  {
    words: [
      "menu",
      "navbar",
      "navigation",
      "nav",
      "topbar",
      "site-nav",
      "main-nav",
      "skip-link",
      "pagination",
    ],
    kind: "related",
  },
  {
    words: ["logo", "masthead", "site-header", "site-footer", "footer", "copyright-notice"],
    kind: "metadata",
  },
];

/** `<meta>` names and properties that give the publication date, best first. */
export const HTML_DATE_META: readonly string[] = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "published-date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "dcterms.issued",
  "sailthru.date",
  "parsely-pub-date",
  "article.published",
  "og:published_time",
  "citation_publication_date",
];

/** `<meta>` names and properties that give the page's address. */
export const HTML_URL_META: readonly string[] = ["og:url", "twitter:url", "parsely-link"];

/** `<meta>` names and properties that give the outlet's name. */
export const HTML_OUTLET_META: readonly string[] = [
  "og:site_name",
  "application-name",
  "publisher",
  "dc.publisher",
];
