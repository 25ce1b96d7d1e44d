/**
 * The request gate's signature check decides as Bolt's isValidSlackRequest does, for fresh
 * timestamps: right signatures, tampered ones, other versions, odd headers.
 */
import { isValidSlackRequest } from "@slack/bolt";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSignedBySlack } from "../../../adapters/slack/transport/slack-signature.js";
import { signature as signBody } from "../../fakes/slack/slack-payloads.js";

const NOW_MS = 1_700_000_000_000;

function boltSays(signingSecret: string, timestamp: string, signature: string, body: string) {
  return isValidSlackRequest({
    signingSecret,
    body,
    headers: { "x-slack-signature": signature, "x-slack-request-timestamp": Number(timestamp) },
    nowMilliseconds: NOW_MS,
  });
}

/** A fresh timestamp as Slack sends it (within 5 minutes of NOW_MS), sometimes zero-padded. */
const timestamps = fc
  .tuple(fc.integer({ min: -299, max: 299 }), fc.boolean())
  .map(([skew, padded]) => `${padded ? "0" : ""}${NOW_MS / 1000 + skew}`);

/** A signature header: the right one, changed in one place, another version, or anything. */
function headers(secret: string, timestamp: string, body: string) {
  const right = signBody(secret, Number(timestamp), body);
  return fc.oneof(
    fc.constant(right),
    fc.constant(right.toUpperCase()),
    fc.constant(`${right}=extra`),
    fc.constant(right.replace("v0=", "v1=")),
    fc.constant(right.slice(0, -1)),
    fc.nat({ max: right.length - 4 }).map((i) => {
      const at = i + 3;
      const flipped = right[at] === "0" ? "1" : "0";
      return `${right.slice(0, at)}${flipped}${right.slice(at + 1)}`;
    }),
    fc.string(),
    fc.string().map((s) => `v0=${s}`),
  );
}

describe("Slack signature", () => {
  it("accepts and refuses exactly what Bolt's isValidSlackRequest does", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        timestamps,
        fc.string({ maxLength: 300 }),
        (secret, timestamp, body) => {
          fc.assert(
            fc.property(headers(secret, timestamp, body), (header) => {
              expect(
                isSignedBySlack({ signingSecret: secret, timestamp, signature: header, body }),
              ).toBe(boltSays(secret, timestamp, header, body));
            }),
            { numRuns: 20 },
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("accepts Slack's own signature of a slash command and refuses it under another secret", () => {
    const body = "command=%2Fct&text=financing&trigger_id=1.2";
    const timestamp = String(NOW_MS / 1000);
    const header = signBody("the-secret", Number(timestamp), body);
    expect(
      isSignedBySlack({ signingSecret: "the-secret", timestamp, signature: header, body }),
    ).toBe(true);
    expect(
      isSignedBySlack({ signingSecret: "other-secret", timestamp, signature: header, body }),
    ).toBe(false);
  });
});
