/**
 * The Slack adapter's variables, declared and validated here: the transport (Socket Mode,
 * HTTP, or HTTP with OAuth installs), its credentials, SLACK_API_URL, CT_DAILY_ADMINS,
 * CT_ENCRYPTION_KEY (the keys installations are encrypted under, required with OAuth) and
 * SLACK_DEFAULT_LANG (the language of channel posts: `en` or `fr`, default `en`).
 */
import { z } from "zod";
import { type ConfigRead, defined, optionalVar, parseEnv, urlVar } from "../../src/config.js";
import type { DailyStore } from "../../src/daily/daily-store.js";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../../src/i18n/language.js";
import { type KeyRing, parseKeyRing } from "../../src/runtime/secret-box.js";
import type { InstallationStore, SeenEventStore } from "../../src/store/store.js";
import type { PlatformDeps } from "../platform.js";

/** Slack settings, present when Slack is configured. */
export interface SlackConfig {
  /** socket: SLACK_APP_TOKEN set; http: SLACK_SIGNING_SECRET without it; oauth: many workspaces. */
  mode: "socket" | "http" | "oauth";
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  /** Web API base URL, e.g. https://slack.com/api/ (GovSlack and tests use another). */
  apiUrl?: string;
  clientId?: string;
  clientSecret?: string;
  stateSecret?: string;
  /** Slack member ids allowed to manage daily posts besides workspace admins (CT_DAILY_ADMINS). */
  dailyAdmins: string[];
  /**
   * CT_ENCRYPTION_KEY: the keys installations are encrypted under at rest (the first
   * encrypts, every one decrypts). Required, so always present, in OAuth mode.
   */
  encryptionKeys?: KeyRing;
  /** CT_ENCRYPTION_KEY as given, for scrubbing logs. */
  encryptionKeyText?: string;
  /**
   * SLACK_DEFAULT_LANG (`en` or `fr`): the workspace's language, for what nobody's locale
   * settles: daily cards (unless `daily on … lang:` says otherwise) and answers when Slack does
   * not give the person's locale. Slack has no workspace language a bot can read reliably, so
   * it is configured. Default `en`.
   */
  defaultLanguage: Language;
}

const slackSchema = z.object({
  SLACK_BOT_TOKEN: optionalVar.pipe(
    z.string().startsWith("xoxb-", "must be a bot token (xoxb-…)").optional(),
  ),
  SLACK_APP_TOKEN: optionalVar.pipe(
    z.string().startsWith("xapp-", "must be an app-level token (xapp-…)").optional(),
  ),
  SLACK_SIGNING_SECRET: optionalVar,
  SLACK_API_URL: urlVar,
  SLACK_CLIENT_ID: optionalVar,
  SLACK_CLIENT_SECRET: optionalVar,
  SLACK_STATE_SECRET: optionalVar,
  CT_DAILY_ADMINS: optionalVar,
  CT_ENCRYPTION_KEY: optionalVar,
  SLACK_DEFAULT_LANG: optionalVar.pipe(
    z.enum(LANGUAGES as [Language, ...Language[]], `must be ${LANGUAGES.join(" or ")}`).optional(),
  ),
});

/** Reads Slack's variables from `env`; the value is undefined when Slack is not configured. */
export function readSlackConfig(env: NodeJS.ProcessEnv): ConfigRead<SlackConfig | undefined> {
  const { data: e, problems } = parseEnv(slackSchema, env);
  if (e === undefined) return { value: undefined, problems };
  const need = (variable: string, value: string | undefined, when: string) => {
    if (value === undefined) problems.push({ variable, message: `required when ${when}` });
  };
  let encryptionKeys: KeyRing | undefined;
  if (e.CT_ENCRYPTION_KEY !== undefined) {
    const read = parseKeyRing(e.CT_ENCRYPTION_KEY);
    if ("ring" in read) encryptionKeys = read.ring;
    else problems.push({ variable: "CT_ENCRYPTION_KEY", message: read.problem });
  }
  let mode: SlackConfig["mode"] | undefined;
  const oauth =
    e.SLACK_CLIENT_ID !== undefined ||
    e.SLACK_CLIENT_SECRET !== undefined ||
    e.SLACK_STATE_SECRET !== undefined;
  if (oauth) {
    need("SLACK_CLIENT_ID", e.SLACK_CLIENT_ID, "Slack OAuth is configured");
    need("SLACK_CLIENT_SECRET", e.SLACK_CLIENT_SECRET, "Slack OAuth is configured");
    need("SLACK_STATE_SECRET", e.SLACK_STATE_SECRET, "Slack OAuth is configured");
    need("SLACK_SIGNING_SECRET", e.SLACK_SIGNING_SECRET, "Slack OAuth is configured");
    // Installed workspaces' tokens are encrypted at rest under it.
    need("CT_ENCRYPTION_KEY", e.CT_ENCRYPTION_KEY, "Slack OAuth is configured");
    mode = "oauth";
  } else if (e.SLACK_APP_TOKEN !== undefined) {
    need("SLACK_BOT_TOKEN", e.SLACK_BOT_TOKEN, "SLACK_APP_TOKEN is set");
    mode = "socket";
  } else if (e.SLACK_SIGNING_SECRET !== undefined) {
    need("SLACK_BOT_TOKEN", e.SLACK_BOT_TOKEN, "SLACK_SIGNING_SECRET is set");
    mode = "http";
  } else if (e.SLACK_BOT_TOKEN !== undefined) {
    problems.push({
      variable: "SLACK_APP_TOKEN",
      message: "set it (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) with SLACK_BOT_TOKEN",
    });
  }
  if (mode === undefined) return { value: undefined, problems };
  return {
    value: {
      mode,
      ...defined({
        botToken: e.SLACK_BOT_TOKEN,
        appToken: e.SLACK_APP_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET,
        apiUrl: e.SLACK_API_URL,
        clientId: e.SLACK_CLIENT_ID,
        clientSecret: e.SLACK_CLIENT_SECRET,
        stateSecret: e.SLACK_STATE_SECRET,
        encryptionKeyText: e.CT_ENCRYPTION_KEY,
      }),
      ...(encryptionKeys ? { encryptionKeys } : {}),
      defaultLanguage: e.SLACK_DEFAULT_LANG ?? DEFAULT_LANGUAGE,
      dailyAdmins: (e.CT_DAILY_ADMINS ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    },
    problems,
  };
}

/** The secret values of a Slack configuration, for scrubbing logs. */
export function slackSecrets(slack: SlackConfig | undefined): string[] {
  return [
    slack?.botToken,
    slack?.appToken,
    slack?.signingSecret,
    slack?.clientSecret,
    slack?.stateSecret,
    slack?.encryptionKeyText,
    ...(slack?.encryptionKeys?.keys ?? []).map((k) => k.key.toString("base64")),
  ].filter((s): s is string => s !== undefined);
}

/** The parts of the store Slack uses: daily posts, installations (OAuth), seen events (retries). */
export type SlackStore = DailyStore & InstallationStore & SeenEventStore;

/** What the Slack adapter is started with. */
export type SlackDeps = PlatformDeps<{ slack?: SlackConfig }, SlackStore>;
