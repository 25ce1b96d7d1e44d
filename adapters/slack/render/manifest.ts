/**
 * The Slack app manifest, generated from the command registry so the `/ct` description and
 * usage hint cannot drift from what the bot answers. Socket Mode by default; with a public
 * URL, HTTP mode with every request URL pointing at POST /slack/events and the OAuth redirect
 * URL at GET /slack/oauth_redirect (used when the bot serves many workspaces).
 *
 * English only: a Slack manifest has one description per field and no localized variants, so
 * the app's descriptions and the `/ct` hint stay in English. Everything the bot writes
 * afterwards (answers, Home tab) follows each person's Slack locale.
 */
import { Document, isScalar, isSeq } from "yaml";
import type { CommandDefinition } from "../../../src/commands/command.js";
import { ROOT_COMMAND } from "../../../src/commands/command.js";
import { formatExample } from "../../../src/commands/format-example.js";
import { COMMANDS } from "../../../src/commands/registry.js";
import { clipText } from "../../../src/replies/clip-text.js";
import {
  publicUrlFor,
  SLACK_EVENTS_PATH,
  SLACK_OAUTH_REDIRECT_PATH,
} from "../transport/receivers.js";
import { HOME_INTRO } from "./home.js";
import {
  SLACK_APP_DESCRIPTION_MAX,
  SLACK_APP_LONG_DESCRIPTION_MAX,
  SLACK_COMMAND_DESCRIPTION_MAX,
  SLACK_USAGE_HINT_MAX,
} from "./limits.js";

/** The bot scopes, each with the feature that needs it. Nothing else is requested. */
export const BOT_SCOPES: ReadonlyArray<{ scope: string; why: string }> = [
  { scope: "commands", why: "the /ct slash command" },
  {
    scope: "chat:write",
    why: "posting daily facts and their confirmation card as the bot; answers and shares use response_url, which needs no scope",
  },
  {
    scope: "users:read",
    why: "daily on/off: users.info tells whether the person is a workspace admin or owner",
  },
  {
    scope: "channels:read",
    why: "daily on: conversations.info tells whether the bot is in a public channel",
  },
  {
    scope: "groups:read",
    why: "daily on: conversations.info on a private channel the bot was invited to",
  },
  {
    scope: "channels:join",
    why: "daily on: joining a public channel so the bot can post there without an invitation",
  },
];

/**
 * The events the bot subscribes to; none needs a scope. app_uninstalled and tokens_revoked
 * are subscribed in every mode: when a workspace removes the bot, its daily posts can never
 * be delivered again, so ct-bot forgets them (and, with OAuth, the workspace's token) at
 * once instead of failing for three days and pausing.
 */
export const BOT_EVENTS = ["app_home_opened", "app_uninstalled", "tokens_revoked"] as const;

/** The app's name in Slack. */
export const APP_NAME = "ct-bot";

/** A generated manifest, as plain data (serialised by {@link manifestYaml}). */
export type SlackManifest = Record<string, unknown>;

/**
 * The manifest for `commands`. With `requestUrl` (the public base URL, e.g.
 * `https://bot.example.org`), the app uses HTTP mode; without it, Socket Mode.
 */
export function slackManifest(
  commands: readonly CommandDefinition[] = COMMANDS,
  requestUrl?: string,
): SlackManifest {
  const visible = commands.filter((c) => !c.hidden);
  const eventsUrl = requestUrl === undefined ? undefined : eventsUrlFor(requestUrl);
  const url = eventsUrl === undefined ? {} : { request_url: eventsUrl };
  // Only OAuth installs (many workspaces) use it; with one workspace it is never visited.
  const redirect =
    requestUrl === undefined
      ? {}
      : { redirect_urls: [publicUrlFor(requestUrl, SLACK_OAUTH_REDIRECT_PATH)] };
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: APP_NAME,
      description: clipText(
        "France's counter-terrorism doctrine, quoted word for word and cited.",
        SLACK_APP_DESCRIPTION_MAX,
      ),
      long_description: longDescription(visible, commands),
      background_color: "#1d3557",
    },
    features: {
      app_home: {
        home_tab_enabled: true,
        // Nobody talks to the bot in DMs: commands work anywhere, answers come via response_url.
        messages_tab_enabled: false,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: APP_NAME, always_online: false },
      slash_commands: [
        {
          command: `/${ROOT_COMMAND}`,
          ...(eventsUrl === undefined ? {} : { url: eventsUrl }),
          description: commandDescription(visible),
          usage_hint: usageHint(visible),
          // Raw text: the adapter escapes everything it shows back.
          should_escape: false,
        },
      ],
    },
    oauth_config: { ...redirect, scopes: { bot: BOT_SCOPES.map((s) => s.scope) } },
    settings: {
      event_subscriptions: { ...url, bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...url },
      org_deploy_enabled: false,
      socket_mode_enabled: eventsUrl === undefined,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as YAML, with comments saying why each scope is there. */
export function manifestYaml(
  commands: readonly CommandDefinition[] = COMMANDS,
  requestUrl?: string,
): string {
  const doc = new Document(slackManifest(commands, requestUrl));
  doc.commentBefore =
    " Slack app manifest for ct-bot, generated by `ct-bot slack manifest`" +
    (requestUrl === undefined ? " (Socket Mode)." : ` (HTTP mode at ${requestUrl}).`);
  const scopes = doc.getIn(["oauth_config", "scopes", "bot"], true);
  if (isSeq(scopes)) {
    scopes.items.forEach((item, index) => {
      const why = BOT_SCOPES[index]?.why;
      if (isScalar(item) && why !== undefined) item.comment = ` ${why}`;
    });
  }
  return doc.toString({ lineWidth: 0 });
}

/** The URL Slack posts to: the base URL plus /slack/events (unless it already ends so). */
export function eventsUrlFor(baseUrl: string): string {
  return publicUrlFor(baseUrl, SLACK_EVENTS_PATH);
}

function commandDescription(visible: readonly CommandDefinition[]): string {
  const names = visible.map((c) => c.name).join(", ");
  return clipText(
    `Cited excerpts of France's counter-terrorism doctrine: ${names}`,
    SLACK_COMMAND_DESCRIPTION_MAX,
  );
}

function usageHint(visible: readonly CommandDefinition[]): string {
  const names = visible.map((c) => c.name).join(" | ");
  return clipText(`[${names}] or words to search`, SLACK_USAGE_HINT_MAX);
}

function longDescription(
  visible: readonly CommandDefinition[],
  commands: readonly CommandDefinition[],
): string {
  const lines = visible.map(
    (c) => `• ${formatExample(c.usage, "slack", commands)}: ${c.description}`,
  );
  return clipText(
    `${HOME_INTRO}\n\nCommands:\n${lines.join("\n")}`,
    SLACK_APP_LONG_DESCRIPTION_MAX,
  );
}
