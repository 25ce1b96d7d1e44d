/**
 * The secret box: AES-256-GCM envelopes under a key ring. The first key seals, every key
 * opens; anything altered, moved to another context or sealed under a key the ring lacks is
 * refused with a stable code; and CT_ENCRYPTION_KEY is checked as 32 base64 bytes per key.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isSealed,
  type KeyRing,
  open,
  parseKeyRing,
  type SealedEnvelope,
  seal,
} from "../../src/runtime/secret-box.js";

const OLD_KEY = "FW+7Z+MMJeBFnDEDbbqWX8B2LPSaBvuekEYhLEVHd6w=";
const NEW_KEY = "6Gug3o6n3xCgs9yAexLvhh06C+Y3+ZPIZIsS5Gz8llg=";

function ringOf(value: string): KeyRing {
  const read = parseKeyRing(value);
  if (!("ring" in read)) throw new Error(read.problem);
  return read.ring;
}
const oldRing = ringOf(OLD_KEY);
const rotated = ringOf(`${NEW_KEY}, ${OLD_KEY}`);
const CONTEXT = "installation:slack:T1";
const SECRET = { bot: { token: "xoxb-secret-token", refreshToken: "xoxe-1-refresh" } };

/** `envelope` with one base64 field's first byte flipped. */
function flipped(envelope: SealedEnvelope, field: "iv" | "tag" | "ct"): SealedEnvelope {
  const bytes = Buffer.from(envelope[field], "base64");
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return { ...envelope, [field]: bytes.toString("base64") };
}

describe("the secret box", () => {
  it("round-trips any JSON value, and the envelope shows none of it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, context) => {
        const envelope = seal(oldRing, value, context);
        expect(isSealed(envelope)).toBe(true);
        expect(open(oldRing, envelope, context)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
    expect(JSON.stringify(seal(oldRing, SECRET, CONTEXT))).not.toMatch(/xox|token/u);
  });

  it("uses a fresh 12-byte IV and a 16-byte tag for every seal", () => {
    const envelopes = Array.from({ length: 50 }, () => seal(oldRing, SECRET, CONTEXT));
    expect(new Set(envelopes.map((e) => e.iv)).size).toBe(50);
    expect(new Set(envelopes.map((e) => e.ct)).size).toBe(50);
    for (const e of envelopes) {
      expect(Buffer.from(e.iv, "base64")).toHaveLength(12);
      expect(Buffer.from(e.tag, "base64")).toHaveLength(16);
      expect(e.v).toBe(1);
    }
  });

  it("seals under the first key and opens rows sealed under any key of the ring", () => {
    const before = seal(oldRing, SECRET, CONTEXT);
    const after = seal(rotated, SECRET, CONTEXT);
    expect(after.kid).not.toBe(before.kid);
    expect(after.kid).toBe(rotated.keys[0].id);
    expect(open(rotated, before, CONTEXT)).toEqual(SECRET);
    expect(open(rotated, after, CONTEXT)).toEqual(SECRET);
  });

  it("refuses a row sealed under a key the ring does not hold, naming the key id only", () => {
    const sealed = seal(rotated, SECRET, CONTEXT);
    expect(() => open(oldRing, sealed, CONTEXT)).toThrow(
      expect.objectContaining({ code: "secret_key_unknown" }),
    );
    expect(() => open(oldRing, { ...sealed, v: 2, kid: oldRing.keys[0].id }, CONTEXT)).toThrow(
      expect.objectContaining({ code: "secret_key_unknown" }),
    );
  });

  it.each(["iv", "tag", "ct"] as const)("refuses an envelope whose %s was altered", (field) => {
    const sealed = seal(oldRing, SECRET, CONTEXT);
    expect(() => open(oldRing, flipped(sealed, field), CONTEXT)).toThrow(
      expect.objectContaining({ code: "secret_undecryptable" }),
    );
  });

  it("refuses a truncated tag and an envelope moved to another context", () => {
    const sealed = seal(oldRing, SECRET, CONTEXT);
    const shortTag = {
      ...sealed,
      tag: Buffer.from(sealed.tag, "base64").subarray(0, 4).toString("base64"),
    };
    expect(() => open(oldRing, shortTag, CONTEXT)).toThrow(
      expect.objectContaining({ code: "secret_undecryptable" }),
    );
    expect(() => open(oldRing, sealed, "installation:slack:T2")).toThrow(
      expect.objectContaining({ code: "secret_undecryptable" }),
    );
  });

  it("tells a plaintext installation from an envelope", () => {
    expect(isSealed(SECRET)).toBe(false);
    expect(isSealed(null)).toBe(false);
    expect(isSealed("text")).toBe(false);
  });
});

describe("CT_ENCRYPTION_KEY", () => {
  it.each([
    ["", "the key must be 32 random bytes"],
    ["c2l4dGVlbi1ieXRlcy1rZQ==", "the key must be 32 random bytes"],
    [`${NEW_KEY}AAAA`, "the key must be 32 random bytes"],
    [NEW_KEY.replace("=", ""), "the key must be 32 random bytes"],
    [NEW_KEY.replace("+", "-"), "the key must be 32 random bytes"],
    [`${NEW_KEY},`, "key 2 of 2 must be 32 random bytes"],
    [`${OLD_KEY},${NEW_KEY},short`, "key 3 of 3 must be 32 random bytes"],
  ])("refuses %j without quoting it", (value, problem) => {
    const read = parseKeyRing(value);
    expect(read).toEqual({ problem: expect.stringContaining(problem) });
    if ("problem" in read && value !== "") expect(read.problem).not.toContain(value);
  });

  it("reads a comma-separated list, spaces allowed, first key first", () => {
    const ring = ringOf(` ${NEW_KEY} ,${OLD_KEY}`);
    expect(ring.keys.map((k) => k.key.toString("base64"))).toEqual([NEW_KEY, OLD_KEY]);
    expect(ring.keys[0].id).toMatch(/^[0-9a-f]{8}$/u);
    expect(ring.keys[0].id).not.toBe(ring.keys[1]?.id);
  });
});
