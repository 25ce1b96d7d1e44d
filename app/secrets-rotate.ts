/**
 * `ct-bot secrets rotate`: re-encrypts every Slack installation in the store under the first
 * key of CT_ENCRYPTION_KEY. Rotating a key: put the new key first and keep the old one after
 * it (`CT_ENCRYPTION_KEY=NEW,OLD`), run this once, then drop the old key. Rows saved in
 * plaintext by an older ct-bot are encrypted too.
 */
import type { CliIo } from "../adapters/platform.js";
import { SecretBoxError } from "../src/runtime/secret-box.js";
import { openStore } from "../src/store/create-store.js";
import { rotateInstallations } from "../src/store/sealed-installations.js";
import type { AppConfig } from "./config.js";

/** What `ct-bot secrets` prints for help and after a usage error. */
export const SECRETS_CLI_USAGE = `Usage: ct-bot secrets rotate

  rotate   Re-encrypt every Slack installation under the first key of CT_ENCRYPTION_KEY
           (list the new key first and the old ones after it, run this, then drop them)
`;

/**
 * Runs `ct-bot secrets <args>` against the configured store; returns the exit code (2 for a
 * usage error, 1 when it cannot rotate, with one line saying why: never a key or a token).
 */
export async function secretsCli(
  args: string[],
  config: AppConfig,
  io: Pick<CliIo, "out" | "err">,
): Promise<number> {
  const [command, ...rest] = args;
  if (command === "help" || command === "--help" || command === "-h") {
    io.out.write(SECRETS_CLI_USAGE);
    return 0;
  }
  if (command !== "rotate" || rest.length > 0) {
    const problem =
      command === undefined
        ? "missing secrets command"
        : `unknown secrets command: ${[command, ...rest].join(" ")}`;
    io.err.write(`ct-bot: ${problem}\n\n${SECRETS_CLI_USAGE}`);
    return 2;
  }
  const ring = config.slack?.encryptionKeys;
  if (ring === undefined) {
    io.err.write(
      "ct-bot: secrets rotate needs CT_ENCRYPTION_KEY and the Slack OAuth variables (SLACK_CLIENT_ID…), as `ct-bot start` has them\n",
    );
    return 1;
  }
  const store = await openStore(config);
  try {
    const report = await rotateInstallations(store, ring, "slack", new Date());
    const s = report.reencrypted === 1 ? "" : "s";
    io.out.write(
      `Re-encrypted ${report.reencrypted} Slack installation${s} under key ${ring.keys[0].id} ` +
        `(${report.plaintext} plaintext, ${report.olderKey} under an older key before)\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    io.err.write(`ct-bot: nothing re-encrypted: ${error.message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
