/**
 * POST /slack/events answers every request, whatever its body: a signed body that is not a
 * Slack payload gets 400 (it used to end the process), a timestamp more than 5 minutes away in
 * either direction gets 401, Slack's unsigned SSL check gets 200 and runs nothing it carries,
 * and the adapter keeps answering afterwards.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandBody, postSigned, slashCommand } from "../../fakes/slack/slack-payloads.js";
import { SECRETS, type SlackHarness, startHarness } from "./slack-harness.js";

let h: SlackHarness;
beforeAll(async () => {
  h = await startHarness("http");
});
afterAll(async () => {
  await h?.close();
});

async function statusOf(body: string, contentType: string, timestamp?: number): Promise<number> {
  const response = await postSigned(h.eventsUrl, body, {
    secret: SECRETS.signingSecret,
    contentType,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
  await response.arrayBuffer();
  return response.status;
}

const JSON_TYPE = "application/json";
const FORM_TYPE = "application/x-www-form-urlencoded";

/** Types `/ct principles` and waits for the answer: the adapter still serves. */
async function stillAnswers(): Promise<void> {
  const sent = await h.command("principles");
  expect(sent.status).toBe(200);
  const answer = await h.response(sent.id);
  expect(JSON.stringify(answer.body)).toContain("principle");
}

describe("Slack events endpoint and bodies that are not Slack payloads", () => {
  it("answers a signed JSON null with 400 and keeps serving", async () => {
    expect(await statusOf("null", JSON_TYPE)).toBe(400);
    await stillAnswers();
  });

  it("answers a signed form payload=null with 400 and keeps serving", async () => {
    expect(await statusOf("payload=null", FORM_TYPE)).toBe(400);
    await stillAnswers();
  });

  it("answers any signed JSON value or form payload with a status below 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.boolean(), async (value, asForm) => {
        const text = JSON.stringify(value);
        const body = asForm ? new URLSearchParams({ payload: text }).toString() : text;
        const status = await statusOf(body, asForm ? FORM_TYPE : JSON_TYPE);
        expect(status).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
    await stillAnswers();
  });

  it("answers each Slack payload type with its fields missing or wrong, below 500", async () => {
    const types = [
      "block_actions",
      "event_callback",
      "view_submission",
      "shortcut",
      "url_verification",
    ];
    for (const type of types) {
      for (const extra of [{}, { actions: null, user: null, event: null, team: 5 }]) {
        const text = JSON.stringify({ type, ...extra });
        expect(await statusOf(`payload=${encodeURIComponent(text)}`, FORM_TYPE)).toBeLessThan(500);
        expect(await statusOf(text, JSON_TYPE)).toBeLessThan(500);
      }
    }
    await stillAnswers();
  }, 60_000);

  it("answers a signed body that is not JSON at all with 400", async () => {
    expect(await statusOf("{not json", JSON_TYPE)).toBe(400);
    expect(await statusOf("payload=%7B", FORM_TYPE)).toBe(400);
  });
});

describe("Slack request timestamps", () => {
  const now = () => Math.floor(Date.now() / 1000);
  const command = () => commandBody(slashCommand("principles", h.fake.responseUrl().url));

  it("refuses a slash command signed 6 minutes in the future with 401", async () => {
    expect(await statusOf(command(), FORM_TYPE, now() + 6 * 60)).toBe(401);
  });

  it("refuses any timestamp more than 5 minutes away either way, accepts one within", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 302, max: 10 * 365 * 24 * 3600 }),
        fc.boolean(),
        async (skew, future) => {
          expect(await statusOf(command(), FORM_TYPE, now() + (future ? skew : -skew))).toBe(401);
        },
      ),
      { numRuns: 20 },
    );
    expect(await statusOf(command(), FORM_TYPE, now() + 240)).toBe(200);
  });
});

describe("Slack's SSL check", () => {
  it("answers an unsigned ssl_check with 200 and runs no command smuggled beside it", async () => {
    const sink = h.fake.responseUrl();
    const smuggled = new URLSearchParams({
      ssl_check: "1",
      ...slashCommand("principles", sink.url),
    }).toString();
    const response = await fetch(h.eventsUrl, {
      method: "POST",
      headers: { "content-type": FORM_TYPE },
      body: smuggled,
    });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    // A command answered after it proves the adapter has had time to answer the smuggled one.
    await stillAnswers();
    expect(h.fake.responses.all.filter((post) => post.id === sink.id)).toEqual([]);
  });
});
