/**
 * GET /sources and /sources/<pack-id> on the real HTTP server: every pack listed, the whole
 * source with each passage under its own id, everything escaped, safe headers, 404 for an
 * unknown pack and 405 for another method.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../app/http/http-server.js";
import { addSourcePages } from "../../app/http/source-pages.js";
import { createBot } from "../../src/commands/create-bot.js";
import { loadContent } from "../../src/content/load-content.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { twoPackDir, writePack } from "../helpers/packs.js";

const HOSTILE = `<script>alert("x")</script> & 'quoted'`;
let http: HttpServer;
let base: string;

beforeAll(async () => {
  const dir = twoPackDir();
  writePack(dir, {
    id: "hostile",
    title: `Title ${HOSTILE}`,
    date: "2025-02",
    dateLabel: "February 2025",
    rights: `Rights ${HOSTILE}`,
    url: "https://example.org/a?b=1&c=2",
    passages: [
      { id: "hostile-one", section: `Section ${HOSTILE}`, text: `Passage ${HOSTILE} ends.` },
    ],
  });
  const bot = createBot({ content: loadContent([dir]) });
  http = createHttpServer(silentLogger());
  addSourcePages(http, () => bot.content);
  base = `http://127.0.0.1:${await http.listen(0, "127.0.0.1")}`;
});

afterAll(() => http.close());

describe("source pages", () => {
  it("lists every pack with its date and passage count, newest first, linking to its page", async () => {
    const response = await fetch(`${base}/sources`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const links = [...html.matchAll(/<a href="(sources\/[^"]+)">/gu)].map((m) => m[1]);
    expect(links).toEqual(["sources/hostile", "sources/fr-mfa-ct-2013", "sources/un-fixture-2006"]);
    expect(html).toContain("ct-bot test fixtures · September 2006 · 2 passages");
    for (const link of links) expect((await fetch(`${base}/${link}`)).status).toBe(200);
  });

  it("shows a whole source: metadata, original link, section headings, every passage under its id", async () => {
    const html = await (await fetch(`${base}/sources/fr-mfa-ct-2013`)).text();
    const content = loadContent([twoPackDir()]);
    const ids = content.passages.filter((p) => p.sourceId === "fr-mfa-ct-2013").map((p) => p.id);
    const shown = [...html.matchAll(/<p class="passage" id="([^"]+)">/gu)].map((m) => m[1]);
    expect(shown).toEqual(ids);
    expect(html).toContain("<h1>The principles of France’s counter-terrorism action</h1>");
    expect(html).toContain(
      "French Ministry of Foreign Affairs and International Development · March 2013",
    );
    expect(html).toContain("Rights: All rights reserved");
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/u);
    expect(html).toMatch(/<h2>[^<]+<\/h2>/u);
  });

  it("escapes every piece of content and links the original address", async () => {
    const html = await (await fetch(`${base}/sources/hostile`)).text();
    const escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;";
    expect(html).not.toContain("<script");
    expect(html).toContain(`<h1>Title ${escaped}</h1>`);
    expect(html).toContain(`<h2>Section ${escaped}</h2>`);
    expect(html).toContain(`Rights: Rights ${escaped}`);
    expect(html).toContain(`<p class="passage" id="hostile-one">Passage ${escaped} ends.</p>`);
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">',
    );
  });

  it("sends safe headers: a CSP with no script, nosniff, no referrer, no framing", async () => {
    for (const path of ["/sources", "/sources/hostile", "/sources/nope"]) {
      const { headers } = await fetch(`${base}${path}`);
      expect(headers.get("content-type")).toBe("text/html; charset=utf-8");
      const csp = headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'/u);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("script-src");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("no-referrer");
      expect(headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("answers 404 for an unknown or malformed pack id, escaped, and 405 for another method", async () => {
    for (const path of ["/sources/nope", "/sources/%E0%A4%A", "/sources/fr-mfa-ct-2013/x"]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
    const hostile = await (await fetch(`${base}/sources/%3Cb%3Ehi`)).text();
    expect(hostile).toContain("&lt;b&gt;hi");
    expect((await fetch(`${base}/sources/hostile`, { method: "POST" })).status).toBe(405);
    expect((await fetch(`${base}/sources`, { method: "POST" })).status).toBe(405);
    const slash = await fetch(`${base}/sources/`, { redirect: "manual" });
    expect([slash.status, slash.headers.get("location")]).toEqual([301, "../sources"]);
  });
});
