/**
 * Where the bot serves each source as a page, when PUBLIC_URL is set: the address a citation
 * links to (`PUBLIC_URL/sources/<pack-id>#<passage-id>`).
 */
import type { Content } from "./types.js";

/** The path under which sources are served: `/sources` lists them, `/sources/<id>` shows one. */
export const SOURCES_PATH = "/sources";

/** The page of source `sourceId` under `publicUrl` (an http(s) URL, with or without a trailing slash). */
export function sourcePageUrl(publicUrl: string, sourceId: string): string {
  return `${publicUrl.replace(/\/+$/u, "")}${SOURCES_PATH}/${encodeURIComponent(sourceId)}`;
}

/**
 * `content` with each source's {@link Source.pageUrl} set under `publicUrl`; `content`
 * itself when `publicUrl` is undefined. The passages, topics and facts are shared.
 */
export function withSourcePages(content: Content, publicUrl: string | undefined): Content {
  if (publicUrl === undefined) return content;
  const sources = content.sources.map((source) => ({
    ...source,
    pageUrl: sourcePageUrl(publicUrl, source.id),
  }));
  return { ...content, sources, sourceById: new Map(sources.map((s) => [s.id, s])) };
}
