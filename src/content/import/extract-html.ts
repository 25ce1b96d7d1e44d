/**
 * Saved web pages (.html): linkedom parses the page, Mozilla Readability keeps the main
 * content (dropping navigation, header, footer and sidebars), and the meta tags give the
 * metadata.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { blocksToText, type DocumentMetadata, type ExtractedDocument } from "./document-model.js";
import { type DomNode, htmlBlocks } from "./html-blocks.js";
import { ImportError } from "./import-error.js";
import { toIsoDate } from "./iso-date.js";

/** Meta tags (name or property, lower case) that state each field, most specific first. */
const META: Record<Exclude<keyof DocumentMetadata, "language" | "url">, string[]> = {
  title: ["og:title", "dc.title", "dcterms.title", "citation_title", "twitter:title"],
  publisher: [
    "dc.publisher",
    "dcterms.publisher",
    "citation_publisher",
    "publisher",
    "og:site_name",
    // Who wrote the page: the publisher when nothing names one (an office, a ministry).
    "author",
  ],
  date: [
    "article:published_time",
    "dcterms.issued",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "citation_publication_date",
    "date",
    "pubdate",
  ],
  rights: ["dcterms.rights", "dc.rights", "copyright", "rights"],
};

interface HtmlDocument {
  documentElement: { getAttribute(name: string): string | null } | null;
  title: string;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
}

/**
 * Extracts the main text and metadata of an HTML page.
 *
 * @throws {ImportError} `import_html_no_main_text` when Readability finds no article text.
 */
export function extractHtml(html: string, fileName: string): ExtractedDocument {
  const { document } = parseHTML(html) as unknown as { document: HtmlDocument };
  // Read metadata first: Readability rewrites the document it parses.
  const metadata = metadataOf(document);
  const article = new Readability<DomNode>(document as never, {
    charThreshold: 0,
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  const blocks = article?.content ? htmlBlocks(article.content) : [];
  if (!blocks.some((block) => block.kind !== "heading"))
    throw new ImportError("import_html_no_main_text", `${fileName} has no main text to import`);
  const title = metadata.title ?? (article?.title?.trim() || undefined);
  const publisher = metadata.publisher ?? (article?.siteName?.trim() || undefined);
  const date = metadata.date ?? toIsoDate(article?.publishedTime);
  return {
    format: "html",
    blocks,
    text: blocksToText(blocks),
    metadata: {
      ...metadata,
      ...(title === undefined ? {} : { title }),
      ...(publisher === undefined ? {} : { publisher }),
      ...(date === undefined ? {} : { date }),
    },
  };
}

function metadataOf(document: HtmlDocument): DocumentMetadata {
  const meta = new Map<string, string>();
  for (const tag of Array.from(document.querySelectorAll("meta"))) {
    const key = (tag.getAttribute("name") ?? tag.getAttribute("property") ?? "").toLowerCase();
    const content = tag.getAttribute("content")?.trim();
    if (key !== "" && content && !meta.has(key)) meta.set(key, content);
  }
  const first = (keys: string[]) => keys.map((key) => meta.get(key)).find((v) => v !== undefined);
  const result: DocumentMetadata = {};
  const title = first(META.title) ?? (document.title.trim() || undefined);
  if (title) result.title = title;
  const publisher = first(META.publisher);
  if (publisher && !/^https?:/u.test(publisher)) result.publisher = publisher;
  const date = toIsoDate(first(META.date));
  if (date) result.date = date;
  const rights = first(META.rights);
  if (rights) result.rights = rights;
  const language =
    document.documentElement?.getAttribute("lang") ??
    meta.get("content-language") ??
    meta.get("og:locale");
  if (language) result.language = language.replace("_", "-");
  const canonical = Array.from(document.querySelectorAll('link[rel="canonical"]'))[0]?.getAttribute(
    "href",
  );
  const url = canonical ?? meta.get("og:url");
  if (url && /^https?:\/\//u.test(url)) result.url = url;
  return result;
}
