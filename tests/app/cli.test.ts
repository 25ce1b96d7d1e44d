/**
 * The `ct-bot` command line, run as a separate process the way people and scripts use it.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("ct-bot start with no platform variables", () => {
  it("runs the console bot on piped input: principles prints the five principles, cited", async () => {
    const run = await runCli([], { stdin: "principles\n" });
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n")).toEqual([
      "No Slack or Discord tokens set: this is the console bot (see README).",
    ]);
    // Lines are wrapped at 80 columns when piped: read the text with line breaks folded.
    const shown = run.stdout.replace(/\s+/gu, " ");
    expect(shown).toContain(
      "condemning terrorism in all its forms, whoever the perpetrators and whatever their motives;",
    );
    expect(shown).toContain(
      "avoiding any reductionist confusion of terrorism with organised crime",
    );
    // Five excerpts of one section share one citation, printed once after the last.
    expect(
      shown.match(/French Ministry of Foreign Affairs and International Development, March 2013/gu),
    ).toHaveLength(1);
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("answers one command per line, with or without /ct, then exits at end of input", async () => {
    const run = await runCli(["start"], { stdin: "/ct partners India\nsource\n\nmore\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("What the document says about India");
    expect(run.stdout).toContain("All rights reserved");
  });
});

describe("ct-bot ask", () => {
  it("prints the plain-text reply", async () => {
    const run = await runCli(["ask", "partners India"]);
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/gu, " ")).toContain(
      "Nigeria, Pakistan and India in particular).",
    );
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("prints the reply model as one JSON object with items of text and citation", async () => {
    const run = await runCli(["ask", "--json", "partners India"]);
    const reply = JSON.parse(run.stdout) as {
      items: Array<{ text: string; citation: { date: string } }>;
    };
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(reply.items[0]?.text).toContain("India in particular");
    expect(reply.items[0]?.text).not.toMatch(/[*_<>]/u);
    expect(reply.items[0]?.citation.date).toBe("March 2013");
  });

  it("gives each citation the url of its passage's page with PUBLIC_URL, none without", async () => {
    type Urls = { items: Array<{ passageId: string; citation: { url?: string } }> };
    const linked = JSON.parse(
      (
        await runCli(["ask", "--json", "search Sahel"], {
          env: { PUBLIC_URL: "https://ct.example.org/" },
        })
      ).stdout,
    ) as Urls;
    expect(linked.items.length).toBeGreaterThan(0);
    for (const item of linked.items)
      expect(item.citation.url).toBe(
        `https://ct.example.org/sources/fr-mfa-ct-2013#${item.passageId}`,
      );
    const plain = JSON.parse((await runCli(["ask", "--json", "search Sahel"])).stdout) as Urls;
    expect(plain.items.map((i) => i.citation.url)).toEqual(plain.items.map(() => undefined));
    const bad = await runCli(["ask", "--json", "search Sahel"], {
      env: { PUBLIC_URL: "javascript:alert(1)" },
    });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("PUBLIC_URL");
    expect(bad.stderr).not.toMatch(/\n\s+at /u);
  });

  it("prints empty items when nothing matched", async () => {
    const run = await runCli(["ask", "--json", "zebra pizza"]);
    expect((JSON.parse(run.stdout) as { items: unknown[] }).items).toEqual([]);
  });

  it("reads commands from stdin with --json and no text, one JSON object per line, in order", async () => {
    const run = await runCli(["ask", "--json"], {
      stdin: "principles\n/ct forums G8\nsearch ISIS\n",
    });
    const replies = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { invocation: string; items: unknown[] });
    expect(replies.map((r) => r.invocation)).toEqual(["principles", "forums G8", "search ISIS"]);
    expect(replies.every((r) => r.items.length > 0)).toBe(true);
  });
});

describe("ct-bot content check and errors", () => {
  it("checks the bundled content", async () => {
    const run = await runCli(["content", "check"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^content ok: 1 source, \d+ passages/u);
  });

  it("fails with the path when a content folder does not exist", async () => {
    const run = await runCli(["content", "check", "--dir", "/nonexistent/ct"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("/nonexistent/ct: content directory not found");
  });

  it("fails start-up naming each bad variable, without echoing secrets", async () => {
    const run = await runCli(["ask", "help"], {
      env: { PORT: "eighty", SLACK_APP_TOKEN: "xoxp-not-an-app-token-secret" },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("PORT: must be a port number");
    expect(run.stderr).toContain("SLACK_APP_TOKEN: must be an app-level token");
    expect(run.stderr).not.toContain("xoxp-not-an-app-token-secret");
  });

  it("rejects an unknown command with usage and exit code 2", async () => {
    const run = await runCli(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command: frobnicate");
  });
});
