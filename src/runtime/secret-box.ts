/**
 * Encryption at rest for stored secrets (a Slack workspace's tokens): AES-256-GCM from
 * node:crypto under a key ring read from CT_ENCRYPTION_KEY. The first key seals; every key
 * opens, so keys rotate without losing a row: add the new key in front, run
 * `ct-bot secrets rotate`, then drop the old one.
 *
 * A sealed value is a small JSON envelope: the format version, the id of the key that sealed
 * it, a random 12-byte IV, GCM's 16-byte authentication tag and the ciphertext (base64). The
 * caller's `context` (e.g. `slack:T0123`) is bound in as additional authenticated data, so a
 * sealed row copied under another workspace's key does not open.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { CtBotError } from "./errors.js";

/** Key length of AES-256, in bytes. */
export const SECRET_KEY_BYTES = 32;
/** GCM's recommended IV length (NIST SP 800-38D, 8.2), in bytes. */
const IV_BYTES = 12;
/** GCM's full tag length, in bytes; shorter tags are refused. */
const TAG_BYTES = 16;
/** The envelope format this module writes. */
const ENVELOPE_VERSION = 1;

/** One encryption key and its id (derived from the key, so it names it without revealing it). */
export interface SecretKey {
  id: string;
  key: Buffer;
}

/** The keys from CT_ENCRYPTION_KEY: `keys[0]` seals, every key opens. Never empty. */
export interface KeyRing {
  readonly keys: readonly [SecretKey, ...SecretKey[]];
}

/** A sealed value as stored: every field but `v` is text, the binary ones base64. */
export interface SealedEnvelope {
  /** Envelope format version. */
  v: number;
  /** Id of the key that sealed it. */
  kid: string;
  iv: string;
  tag: string;
  ct: string;
}

/** A value could not be sealed or opened; codes `secret_key_unknown`, `secret_undecryptable`. */
export class SecretBoxError extends CtBotError {}

/** Why CT_ENCRYPTION_KEY was refused, or the ring it holds. */
export type KeyRingRead = { ring: KeyRing } | { problem: string };

/**
 * Reads a comma-separated list of base64 keys (each 32 random bytes), e.g. made with
 * `openssl rand -base64 32`. The problem never quotes the value.
 */
export function parseKeyRing(value: string): KeyRingRead {
  const parts = value.split(",").map((part) => part.trim());
  const keys: SecretKey[] = [];
  for (const [index, part] of parts.entries()) {
    const key = Buffer.from(part, "base64");
    const canonical = /^[A-Za-z0-9+/]+={0,2}$/u.test(part) && part.length % 4 === 0;
    if (!canonical || key.length !== SECRET_KEY_BYTES) {
      const which = parts.length > 1 ? `key ${index + 1} of ${parts.length}` : "the key";
      return {
        problem: `${which} must be ${SECRET_KEY_BYTES} random bytes in base64 (openssl rand -base64 32)`,
      };
    }
    keys.push({ id: keyIdOf(key), key });
  }
  const [first, ...rest] = keys;
  if (first === undefined) return { problem: "must hold at least one key" };
  return { ring: { keys: [first, ...rest] } };
}

/** A short public id for `key`: 8 hex digits of a hash, enough to tell a ring's keys apart. */
function keyIdOf(key: Buffer): string {
  return createHash("sha256").update("ct-bot key id\0").update(key).digest("hex").slice(0, 8);
}

/** Whether `data` is a sealed envelope (anything else is a plaintext row from before sealing). */
export function isSealed(data: unknown): data is SealedEnvelope {
  if (typeof data !== "object" || data === null) return false;
  const e = data as Record<string, unknown>;
  return (
    typeof e.v === "number" &&
    typeof e.kid === "string" &&
    typeof e.iv === "string" &&
    typeof e.tag === "string" &&
    typeof e.ct === "string"
  );
}

/** Seals the JSON of `value` under the ring's first key, bound to `context`. */
export function seal(ring: KeyRing, value: unknown, context: string): SealedEnvelope {
  const { id, key } = ring.keys[0];
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ct = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return {
    v: ENVELOPE_VERSION,
    kid: id,
    iv: iv.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    ct: ct.toString("base64"),
  };
}

/**
 * Opens `envelope` (sealed for `context`) with whichever ring key sealed it.
 * Throws {@link SecretBoxError}: `secret_key_unknown` when no key in the ring has its id,
 * `secret_undecryptable` when the tag does not verify (tampered, or another context).
 */
export function open(ring: KeyRing, envelope: SealedEnvelope, context: string): unknown {
  const entry = ring.keys.find((k) => k.id === envelope.kid);
  if (envelope.v !== ENVELOPE_VERSION || entry === undefined) {
    throw new SecretBoxError(
      "secret_key_unknown",
      `sealed under key ${envelope.kid}, which CT_ENCRYPTION_KEY does not hold`,
    );
  }
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      entry.key,
      Buffer.from(envelope.iv, "base64"),
      {
        authTagLength: TAG_BYTES,
      },
    );
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(envelope.tag, "base64"));
    const text = Buffer.concat([
      decipher.update(Buffer.from(envelope.ct, "base64")),
      decipher.final(),
    ]).toString("utf8");
    return JSON.parse(text) as unknown;
  } catch (error) {
    // The cause is node's "Unsupported state or unable to authenticate data": nothing secret.
    throw new SecretBoxError(
      "secret_undecryptable",
      `does not decrypt under key ${entry.id} (altered, or stored under another name)`,
      { cause: error },
    );
  }
}

/** Whether `envelope` is already sealed under the ring's first key. */
export function sealedUnderFirstKey(ring: KeyRing, envelope: SealedEnvelope): boolean {
  return envelope.kid === ring.keys[0].id && envelope.v === ENVELOPE_VERSION;
}
