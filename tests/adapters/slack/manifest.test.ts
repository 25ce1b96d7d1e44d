/**
 * `ct-bot slack manifest`: the app manifest generated from the registry, both transports,
 * and usage errors.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { slackCli } from "../../../adapters/slack/cli.js";
import {
  SLACK_APP_DESCRIPTION_MAX,
  SLACK_APP_LONG_DESCRIPTION_MAX,
  SLACK_APP_LONG_DESCRIPTION_MIN,
  SLACK_APP_NAME_MAX,
  SLACK_BOT_NAME_MAX,
  SLACK_USAGE_HINT_MAX,
} from "../../../adapters/slack/render/limits.js";
import { COMMANDS } from "../../../src/commands/registry.js";

interface Manifest {
  display_information: { name: string; description: string; long_description: string };
  features: {
    app_home: Record<string, boolean>;
    bot_user: { display_name: string };
    slash_commands: Array<{
      command: string;
      description: string;
      usage_hint: string;
      url?: string;
      should_escape: boolean;
    }>;
  };
  oauth_config: { scopes: { bot: string[] }; redirect_urls?: string[] };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await slackCli(args, {
    out: sink((t) => {
      out += t;
    }),
    err: sink((t) => {
      err += t;
    }),
  });
  return { code, out, err };
}

describe("ct-bot slack manifest", () => {
  it("prints a Socket Mode manifest with /ct, its usage hint from the registry, the home tab and minimal scopes", async () => {
    const { code, out, err } = await run(["manifest"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const manifest = parse(out) as Manifest;

    const info = manifest.display_information;
    expect(info.name.length).toBeLessThanOrEqual(SLACK_APP_NAME_MAX);
    expect(info.description.length).toBeLessThanOrEqual(SLACK_APP_DESCRIPTION_MAX);
    expect(info.long_description.length).toBeGreaterThanOrEqual(SLACK_APP_LONG_DESCRIPTION_MIN);
    expect(info.long_description.length).toBeLessThanOrEqual(SLACK_APP_LONG_DESCRIPTION_MAX);

    const [command, ...others] = manifest.features.slash_commands;
    expect(others).toEqual([]);
    expect(command?.command).toBe("/ct");
    expect(command?.url).toBeUndefined();
    expect(command?.should_escape).toBe(false);
    expect(command?.usage_hint.length).toBeLessThanOrEqual(SLACK_USAGE_HINT_MAX);
    for (const definition of COMMANDS) {
      const listed = command?.usage_hint.includes(definition.name) ?? false;
      expect(listed, definition.name).toBe(!definition.hidden);
      expect(command?.description.includes(definition.name), definition.name).toBe(
        !definition.hidden,
      );
    }

    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: false,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.features.bot_user.display_name).toBe("ct-bot");
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(SLACK_BOT_NAME_MAX);
    expect(manifest.oauth_config.scopes.bot).toEqual([
      "commands",
      "chat:write",
      "users:read",
      "channels:read",
      "groups:read",
      "channels:join",
    ]);
    expect(manifest.settings.event_subscriptions).toEqual({
      bot_events: ["app_home_opened", "app_uninstalled", "tokens_revoked"],
    });
    expect(manifest.oauth_config.redirect_urls).toBeUndefined();
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it("says in a YAML comment why each scope is requested", async () => {
    const { out } = await run(["manifest"]);
    const scopeLines = out.split("\n").filter((line) => /^\s+- [a-z]+:?[a-z]*\b/u.test(line));
    const commented = scopeLines.filter((line) => line.includes(" # "));
    expect(commented.map((line) => line.trim().split(" ")[1])).toEqual(
      (parse(out) as Manifest).oauth_config.scopes.bot,
    );
  });

  it("with --http URL, turns Socket Mode off and points every request URL at URL/slack/events", async () => {
    const { code, out } = await run(["manifest", "--http", "https://bot.example.org/"]);
    expect(code).toBe(0);
    const manifest = parse(out) as Manifest;
    const url = "https://bot.example.org/slack/events";
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.event_subscriptions.request_url).toBe(url);
    expect(manifest.settings.interactivity.request_url).toBe(url);
    expect(manifest.features.slash_commands[0]?.url).toBe(url);
  });

  it.each([
    "https://bot.example.org",
    "https://bot.example.org/",
    "https://bot.example.org/slack/events",
  ])("with --http %s, sets the OAuth redirect URL to URL/slack/oauth_redirect", async (base) => {
    const manifest = parse((await run(["manifest", "--http", base])).out) as Manifest;
    expect(manifest.oauth_config.redirect_urls).toEqual([
      "https://bot.example.org/slack/oauth_redirect",
    ]);
    // The scopes' explanatory comments still line up with the scopes.
    expect(manifest.oauth_config.scopes.bot).toContain("commands");
  });

  it.each([
    [["manifest", "--bogus"], "--bogus"],
    [["manifest", "--http"], "--http"],
    [["manifest", "--http", "http://bot.example.org"], "https://"],
    [["manifest", "--http", "not a url"], "https://"],
    [["manifest", "extra"], "extra"],
    [["register"], "unknown slack command: register"],
    [[], "missing slack command"],
  ])("rejects %j with exit code 2 and a message naming the problem", async (args, problem) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(problem);
    expect(err).toContain("Usage: ct-bot slack manifest [--http URL]");
  });

  it("prints its usage for help", async () => {
    const { code, out } = await run(["help"]);
    expect(code).toBe(0);
    expect(out).toContain("manifest --http URL");
  });
});
