/**
 * In a real browser (Debian's headless Chromium, driven by playwright-core) against a real
 * ct-bot process: a citation's link from a Slack reply opens its source page scrolled to the
 * passage, highlighted; /sources lists every pack; a reload with invalid content keeps
 * serving and /readyz says `content: "stale"`. Chromium must be installed (.ci/run does it):
 * without it this test fails, it does not skip.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../fakes/slack/fake-slack.js";
import { commandBody, postSigned, slashCommand } from "../fakes/slack/slack-payloads.js";
import { type BotProcess, startBotProcess, stopBotProcess } from "../helpers/bot-process.js";
import { twoPackDir } from "../helpers/packs.js";

/** Where Debian's chromium package puts the browser. */
const CHROMIUM = "/usr/bin/chromium";
const SECRET = "source-pages-signing-secret";

let fake: FakeSlack | undefined;
let bot: BotProcess | undefined;
let browser: Browser | undefined;
let base = "";
let contentDir = "";

/** A port free right now on 127.0.0.1: PUBLIC_URL must name it before the bot starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (.ci/run does this before npm test)`,
    );
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  fake = await startFakeSlack();
  contentDir = twoPackDir();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  bot = startBotProcess({
    env: {
      PORT: String(port),
      PUBLIC_URL: base,
      CONTENT_DIR: contentDir,
      DATA_DIR: mkdtempSync(join(tmpdir(), "ct-pages-data-")),
      SLACK_BOT_TOKEN: "xoxb-source-pages",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
    },
  });
  await bot.port;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (bot && bot.child.exitCode === null) await stopBotProcess(bot);
  await fake?.close();
});

/** The little of the browser's DOM the page check reads (the project compiles without the DOM lib). */
interface PageElement {
  id: string;
  textContent: string | null;
  getBoundingClientRect(): { top: number; bottom: number };
}
interface PageWindow {
  document: {
    getElementById(id: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
  };
  innerHeight: number;
  scrollY: number;
  getComputedStyle(element: PageElement): { backgroundColor: string; borderLeftColor: string };
}

/** The links in a Slack reply's mrkdwn, as `<url|text>`, unescaped. */
function linksIn(body: Record<string, unknown>): string[] {
  return [...JSON.stringify(body).matchAll(/<(https?:[^|>]+)\|/gu)].map((m) =>
    (m[1] ?? "").replaceAll("&amp;", "&"),
  );
}

describe("source pages in a browser", () => {
  it("opens a citation's link scrolled to its passage, highlighted", {
    timeout: 60_000,
  }, async () => {
    if (!fake || !browser) throw new Error("not started");
    const sink = fake.responseUrl();
    const response = await postSigned(
      `${base}/slack/events`,
      commandBody(slashCommand("search Sahel", sink.url)),
      { secret: SECRET },
    );
    expect(response.status).toBe(200);
    const post = await fake.responses.waitFor((p) => p.id === sink.id);
    const links = linksIn(post.body);
    expect(links.length).toBeGreaterThan(0);
    const link = links.at(-1) ?? "";
    expect(link).toMatch(new RegExp(`^${base}/sources/fr-mfa-ct-2013#[a-z0-9-]+$`, "u"));
    const passageId = new URL(link).hash.slice(1);

    // A phone-sized window, so the passage is below the fold until the page scrolls to it.
    const page = await browser.newPage({ viewport: { width: 390, height: 600 } });
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(link);
    const seen = await page.evaluate((id) => {
      const window = globalThis as unknown as PageWindow;
      const { document, getComputedStyle } = window;
      const target = document.getElementById(id);
      const other = Array.from(document.querySelectorAll(".passage")).find((p) => p.id !== id);
      if (!target || !other) return undefined;
      const rect = target.getBoundingClientRect();
      return {
        top: rect.top,
        bottom: rect.bottom,
        height: window.innerHeight,
        scrolled: window.scrollY,
        background: getComputedStyle(target).backgroundColor,
        otherBackground: getComputedStyle(other).backgroundColor,
        border: getComputedStyle(target).borderLeftColor,
        otherBorder: getComputedStyle(other).borderLeftColor,
        text: target.textContent ?? "",
      };
    }, passageId);
    expect(seen).toBeDefined();
    if (!seen) return;
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.top).toBeLessThan(seen.height);
    expect(seen.scrolled).toBeGreaterThan(0);
    expect(seen.background).not.toBe(seen.otherBackground);
    expect(seen.border).not.toBe(seen.otherBorder);
    expect(seen.text).toMatch(/Sahel/u);
    // The CSP allows the one inline style sheet: nothing was blocked.
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists every pack on /sources, each link opening its page", { timeout: 60_000 }, async () => {
    if (!browser) throw new Error("not started");
    const page = await browser.newPage();
    await page.goto(`${base}/sources`);
    const titles = await page.locator("li a").allTextContents();
    expect(titles).toEqual([
      "The principles of France’s counter-terrorism action",
      "Fixture note on the UN strategy",
    ]);
    await page.locator("li a", { hasText: "Fixture note" }).click();
    await expect.poll(() => page.url()).toBe(`${base}/sources/un-fixture-2006`);
    expect(await page.locator("h1").textContent()).toBe("Fixture note on the UN strategy");
    await page.close();
  });

  it("keeps serving after an invalid reload, /readyz ready with content stale", {
    timeout: 60_000,
  }, async () => {
    if (!bot) throw new Error("not started");
    const readyz = async () => {
      const response = await fetch(`${base}/readyz`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect((await readyz()).body.content).toBe("current");
    writeFileSync(join(contentDir, "un-fixture-2006", "passages.yaml"), "- id: [broken\n");
    bot.child.kill("SIGHUP");
    await expect.poll(async () => (await readyz()).body.content, { timeout: 15_000 }).toBe("stale");
    const { status, body } = await readyz();
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ready", checks: { content: true, slack: true } });
    expect(bot.stderr()).toContain("un-fixture-2006/passages.yaml");
    expect((await fetch(`${base}/sources/un-fixture-2006`)).status).toBe(200);
  });
});
