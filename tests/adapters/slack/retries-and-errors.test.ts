/**
 * Slack's retries never produce a second answer; failures answer with an apology whose
 * reference id is in the log. Both transports.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { CommandDefinition } from "../../../src/commands/command.js";
import { COMMANDS } from "../../../src/commands/registry.js";
import { buttonOf, contextTexts, headerText, sectionTexts } from "./message-parts.js";
import { type SlackHarness, startHarness, type Transport } from "./slack-harness.js";

/** A command that always throws, to exercise the failure path. */
const BOOM: CommandDefinition = {
  name: "boom",
  description: "Always fails",
  usage: "boom",
  options: [],
  examples: [],
  access: "everyone",
  lookup: false,
  hidden: true,
  run() {
    throw new Error("kaboom");
  },
};

function referenceIn(body: Record<string, unknown>): string {
  const match = /reference ([0-9a-f]{8})/u.exec(sectionTexts(body).join("\n"));
  if (!match?.[1]) throw new Error("no reference in the answer");
  return match[1];
}

describe.each<Transport>(["http", "socket"])("retries and errors over %s", (transport) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("a retried slash command (same body, retry number 1) gets no second answer", async () => {
    h = await startHarness(transport);
    const first = await h.command("principles");
    await h.response(first.id);
    const retry = await h.command("principles", { retryOf: first.payload, retryNum: 1 });
    expect(retry.status).toBe(200);
    expect(retry.id).toBe(first.id);
    // Stopping waits for work in progress, so anything the retry started has finished.
    await h.runtime.stop();
    expect(h.fake.responses.all.filter((post) => post.id === first.id)).toHaveLength(1);
    expect(h.logs.some((line) => line.msg === "ignored a repeated Slack delivery")).toBe(true);
  });

  it("a retried Share click posts publicly only once", async () => {
    h = await startHarness(transport);
    const asked = await h.command("source");
    const share = buttonOf((await h.response(asked.id)).body, "share");
    const click = await h.click(share);
    await h.response(click.id);
    const posted = h.fake.responses.all.at(-1);
    const again = await h.click(share, { retryOf: click.payload, retryNum: 1 });
    expect(again.status).toBe(200);
    await h.runtime.stop();
    expect(h.fake.responses.all.filter((post) => post.id === click.id)).toEqual([posted]);
  });

  it("a command that throws is answered with an apology and a reference id, logged with the error", async () => {
    h = await startHarness(transport, { commands: [...COMMANDS, BOOM] });
    const sent = await h.command("boom");
    const { body } = await h.response(sent.id);
    expect(body.response_type).toBe("ephemeral");
    expect(headerText(body)).toBe("Sorry, something went wrong");
    const reference = referenceIn(body);
    const logged = h.logs.find((line) => line.reference === reference);
    expect(logged?.level).toBe(50);
    expect(JSON.stringify(logged)).toContain("kaboom");
  });

  it("a failure inside the adapter is answered with an apology and a reference id, logged with the error", async () => {
    h = await startHarness(transport, {
      wrapBot: (bot) => ({
        ...bot,
        ask: () => Promise.reject(new Error("adapter-side failure")),
      }),
    });
    const sent = await h.command("principles");
    const { body } = await h.response(sent.id);
    expect(headerText(body)).toBe("Sorry, something went wrong");
    const reference = referenceIn(body);
    const logged = h.logs.find((line) => line.reference === reference);
    expect(logged?.msg).toBe("Slack answer failed");
    expect(JSON.stringify(logged)).toContain("adapter-side failure");
    expect(contextTexts(body)).toEqual([]);
  });
});
