/**
 * Ed25519 verification of HTTP interactions, with a key pair made for the test.
 */
import { sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSignatureVerifier } from "../../../adapters/discord/transport/verify-signature.js";
import { applicationKeys } from "./discord-harness.js";

const { publicKeyHex, privateKey } = applicationKeys();
const isSigned = createSignatureVerifier(publicKeyHex);
const body = Buffer.from('{"type":1}');
const timestamp = "1767225600";
const signature = sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString(
  "hex",
);

describe("createSignatureVerifier", () => {
  it("accepts a signature over the timestamp followed by the raw body", () => {
    expect(isSigned(signature, timestamp, body)).toBe(true);
  });

  it("rejects the same signature over a changed body or timestamp", () => {
    expect(isSigned(signature, timestamp, Buffer.from('{"type":2}'))).toBe(false);
    expect(isSigned(signature, "1767225601", body)).toBe(false);
  });

  it("rejects missing, short or non-hex signatures without throwing", () => {
    expect(isSigned(undefined, timestamp, body)).toBe(false);
    expect(isSigned(signature, undefined, body)).toBe(false);
    expect(isSigned(signature.slice(2), timestamp, body)).toBe(false);
    expect(isSigned("zz".repeat(64), timestamp, body)).toBe(false);
  });
});
