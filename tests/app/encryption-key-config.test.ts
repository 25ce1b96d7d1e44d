/**
 * CT_ENCRYPTION_KEY in the configuration: required with Slack OAuth, 32 base64 bytes per key,
 * named (never quoted) when refused, and scrubbed from logs with each of its keys.
 */
import { describe, expect, it } from "vitest";
import { loadConfig, secretsOf } from "../../app/config.js";

const KEY = "NFAOfI0SnSIqHK+vOn2wEoBX27NdtE+cQo311mCpfd4=";
const OLD = "FW+7Z+MMJeBFnDEDbbqWX8B2LPSaBvuekEYhLEVHd6w=";
const OAUTH = {
  SLACK_CLIENT_ID: "1111.2222",
  SLACK_CLIENT_SECRET: "client-secret",
  SLACK_STATE_SECRET: "state-secret",
  SLACK_SIGNING_SECRET: "signing-secret",
};

/** The ConfigError `env` raises, as the start-up message shows it. */
function refusal(env: Record<string, string>): { variables: string[]; message: string } {
  try {
    loadConfig(env);
  } catch (error) {
    return error as { variables: string[]; message: string };
  }
  throw new Error("the configuration was accepted");
}

describe("CT_ENCRYPTION_KEY", () => {
  it("is required when Slack OAuth is configured", () => {
    const error = refusal(OAUTH);
    expect(error.variables).toEqual(["CT_ENCRYPTION_KEY"]);
    expect(error.message).toContain("CT_ENCRYPTION_KEY: required when Slack OAuth is configured");
  });

  it.each([
    ["16 bytes", "c2l4dGVlbi1ieXRlcy1rZQ=="],
    ["48 bytes", `${KEY}${KEY.slice(0, 20)}AA==`],
    ["hex instead of base64", "ab".repeat(32)],
    ["a bad second key", `${KEY},${OLD.slice(0, 20)}`],
  ])("refuses a key of %s, naming the variable but not the value", (_, value) => {
    for (const env of [{ ...OAUTH, CT_ENCRYPTION_KEY: value }, { CT_ENCRYPTION_KEY: value }]) {
      const error = refusal(env);
      expect(error.variables).toEqual(["CT_ENCRYPTION_KEY"]);
      expect(error.message).toMatch(/must be 32 random bytes in base64/u);
      expect(error.message).not.toContain(value);
    }
  });

  it("accepts a list, the first key encrypting, and scrubs the variable and each key from logs", () => {
    const config = loadConfig({ ...OAUTH, CT_ENCRYPTION_KEY: `${KEY}, ${OLD}` });
    expect(config.slack?.encryptionKeys?.keys.map((k) => k.key.toString("base64"))).toEqual([
      KEY,
      OLD,
    ]);
    expect(secretsOf(config)).toEqual(expect.arrayContaining([`${KEY}, ${OLD}`, KEY, OLD]));
  });
});
