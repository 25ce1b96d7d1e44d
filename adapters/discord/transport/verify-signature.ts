/**
 * Checks that an HTTP interaction comes from Discord: an Ed25519 signature, by the
 * application's public key, over the X-Signature-Timestamp header followed by the raw body.
 */
import { createPublicKey, type KeyObject, verify } from "node:crypto";

// DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it.
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const SIGNATURE_HEX = /^[0-9a-f]{128}$/iu;

/** A verifier for one application's public key. */
export type SignatureVerifier = (
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
) => boolean;

/**
 * Creates a verifier from the 64-hex-digit public key shown in the Developer Portal.
 *
 * @example
 * const isValid = createSignatureVerifier(config.discord.publicKey);
 * if (!isValid(headers["x-signature-ed25519"], headers["x-signature-timestamp"], body)) reply401();
 */
export function createSignatureVerifier(publicKeyHex: string): SignatureVerifier {
  const key: KeyObject = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, "hex")]),
    format: "der",
    type: "spki",
  });
  return (signature, timestamp, body) => {
    if (signature === undefined || timestamp === undefined || timestamp === "") return false;
    if (!SIGNATURE_HEX.test(signature)) return false;
    const signed = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
    return verify(null, signed, key, Buffer.from(signature, "hex"));
  };
}
