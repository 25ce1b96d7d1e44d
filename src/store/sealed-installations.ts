/**
 * Installations encrypted at rest: an {@link InstallationStore} that seals every document it
 * saves under the key ring's first key and opens it on read, over either database.
 *
 * Why here and not in the Slack adapter or inside each database: the whole installation
 * document is secret (bot token, refresh token, expiry), so it is sealed whole rather than
 * field by field; one wrapper serves SQLite and PostgreSQL alike and any platform that keeps
 * installations, and the databases stay plain row stores. The platform and key are bound into
 * the seal, so a row copied under another workspace does not open.
 *
 * Rows saved in plaintext before sealing existed are still read, and sealed on that first
 * read (or by `ct-bot secrets rotate`): never lost, never left readable.
 */
import type { Platform } from "../daily/daily-store.js";
import {
  isSealed,
  type KeyRing,
  open,
  type SealedEnvelope,
  SecretBoxError,
  seal,
  sealedUnderFirstKey,
} from "../runtime/secret-box.js";
import type { InstallationStore } from "./store.js";

/** The context an installation is sealed for: its platform and key. */
function contextOf(platform: Platform, key: string): string {
  return `installation:${platform}:${key}`;
}

/**
 * Wraps `store` so installations are sealed under `ring` at rest. Reads throw the
 * {@link SecretBoxError} of a row no key in the ring opens.
 *
 * @example
 * const installations = sealInstallations(store, config.slack.encryptionKeys);
 */
export function sealInstallations(
  store: InstallationStore,
  ring: KeyRing,
  now: () => Date = () => new Date(),
): InstallationStore {
  return {
    async saveInstallation(platform, key, data, at) {
      await store.saveInstallation(platform, key, seal(ring, data, contextOf(platform, key)), at);
    },
    async getInstallation(platform, key) {
      const data = await store.getInstallation(platform, key);
      if (data === undefined) return undefined;
      if (isSealed(data)) return open(ring, data, contextOf(platform, key));
      // A plaintext row from before sealing: seal it now, so the token is not left readable.
      await store.saveInstallation(
        platform,
        key,
        seal(ring, data, contextOf(platform, key)),
        now(),
      );
      return data;
    },
    deleteInstallation: (platform, key) => store.deleteInstallation(platform, key),
    listInstallationKeys: (platform) => store.listInstallationKeys(platform),
  };
}

/** What {@link rotateInstallations} did. */
export interface RotationReport {
  /** Installations re-encrypted under the first key: every one there is. */
  reencrypted: number;
  /** Of those, how many were plaintext rows from before encryption. */
  plaintext: number;
  /** Of those, how many were under another key of the ring. */
  olderKey: number;
}

/**
 * Re-encrypts every installation of `platform` under the ring's first key, each with a fresh
 * IV. Opens every row first, so a row no key opens stops the rotation before anything is
 * rewritten; the {@link SecretBoxError} thrown then names the row's key, never its data.
 */
export async function rotateInstallations(
  store: InstallationStore,
  ring: KeyRing,
  platform: Platform,
  now: Date,
): Promise<RotationReport> {
  const rows: Array<{ key: string; value: unknown }> = [];
  let plaintext = 0;
  let olderKey = 0;
  for (const key of await store.listInstallationKeys(platform)) {
    const data = await store.getInstallation(platform, key);
    if (data === undefined) continue;
    if (!isSealed(data)) {
      plaintext++;
      rows.push({ key, value: data });
      continue;
    }
    if (!sealedUnderFirstKey(ring, data)) olderKey++;
    rows.push({ key, value: openNamed(ring, data, platform, key) });
  }
  for (const { key, value } of rows) {
    await store.saveInstallation(platform, key, seal(ring, value, contextOf(platform, key)), now);
  }
  return { reencrypted: rows.length, plaintext, olderKey };
}

/** Opens a row, naming the installation (never its data) when no key opens it. */
function openNamed(ring: KeyRing, data: SealedEnvelope, platform: Platform, key: string): unknown {
  try {
    return open(ring, data, contextOf(platform, key));
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    throw new SecretBoxError(error.code, `${platform} installation ${key}: ${error.message}`, {
      cause: error,
    });
  }
}
