/**
 * GET /sources (the list) and GET /sources/<pack-id> (one source, whole): the pages every
 * citation links to when PUBLIC_URL is set. Pages read the bot's current content per request,
 * so a reload shows at once. Unknown packs get 404; other methods 405, as elsewhere.
 */
import type { ServerResponse } from "node:http";
import { SOURCES_PATH } from "../../src/content/source-pages.js";
import type { Content } from "../../src/content/types.js";
import { escapeHtml } from "./escape-html.js";
import type { HttpServer } from "./http-server.js";
import { PAGE_STYLE_HASH, renderSourceList, renderSourcePage } from "./render-source-page.js";

/**
 * The headers of every page: no script may run, nothing loads but the inline style, no
 * framing, no MIME sniffing, no referrer to the original document's site.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": `default-src 'none'; style-src ${PAGE_STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  // Content can be reloaded at any time.
  "cache-control": "no-cache",
};

/**
 * Adds the source pages to `http`.
 *
 * @example
 * addSourcePages(http, () => bot.content);
 */
export function addSourcePages(
  http: Pick<HttpServer, "route" | "routePrefix">,
  read: () => Content,
): void {
  http.route("GET", SOURCES_PATH, (_request, response) => {
    sendHtml(response, 200, renderSourceList(read()));
  });
  http.routePrefix("GET", `${SOURCES_PATH}/`, (request, response) => {
    const path = (request.url ?? "").split(/[?#]/u)[0] ?? "";
    const id = decodeId(path.slice(SOURCES_PATH.length + 1));
    const content = read();
    if (id === "") {
      // `/sources/`: the list lives at `/sources`, where its relative links resolve.
      response.writeHead(301, { ...PAGE_HEADERS, location: "../sources", "content-length": 0 });
      response.end();
      return;
    }
    const source = id === undefined ? undefined : content.sourceById.get(id);
    if (source === undefined) return sendHtml(response, 404, notFound(id ?? ""));
    sendHtml(response, 200, renderSourcePage(content, source));
  });
}

/** The id in a path segment, or undefined when it is not valid percent-encoding. */
function decodeId(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { ...PAGE_HEADERS, "content-length": Buffer.byteLength(html) });
  response.end(html);
}

function notFound(id: string): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>No such source</title></head>",
    `<body><h1>No such source</h1><p>No source has the id “${escapeHtml(id)}”.</p>`,
    '<p><a href="../sources">All sources</a></p></body></html>',
  ].join("\n");
}
