/**
 * Slack OAuth test rig: the fake Slack, a shared store, and several replicas of the real
 * Slack adapter in OAuth mode (real Bolt over HTTP, each on its own server), as behind a load
 * balancer. A "browser" walks the install flow: the install link on one replica, the fake's
 * authorize page, then the redirect URL the manifest declares, routed to any replica, with
 * the state cookie the browser was given.
 */
import { createHmac } from "node:crypto";
import type { PlatformRuntime } from "../../../adapters/platform.js";
import { startSlack } from "../../../adapters/slack/index.js";
import { slackManifest } from "../../../adapters/slack/render/manifest.js";
import {
  SLACK_EVENTS_PATH,
  SLACK_INSTALL_PATH,
} from "../../../adapters/slack/transport/receivers.js";
import { loadConfig } from "../../../app/config.js";
import { createHttpServer, type HttpServer } from "../../../app/http/http-server.js";
import { createBot } from "../../../src/commands/create-bot.js";
import { COMMANDS } from "../../../src/commands/registry.js";
import { createDailyService } from "../../../src/daily/daily-service.js";
import { createManualClock } from "../../../src/runtime/clock.js";
import { createLogger } from "../../../src/runtime/logger.js";
import { sealInstallations } from "../../../src/store/sealed-installations.js";
import type { InstallationStore, Store } from "../../../src/store/store.js";
import { FAKE_APP, FAKE_TEAMS } from "../../fakes/slack/fake-app.js";
import { type FakeSlack, startFakeSlack } from "../../fakes/slack/fake-slack.js";
import {
  type CommandFrom,
  commandBody,
  postSigned,
  slashCommand,
} from "../../fakes/slack/slack-payloads.js";
import { type ManualClock, MONDAY_MORNING, textOf } from "./daily-setup.js";
import { collect, ENCRYPTION_KEY, SECRETS, testContent } from "./slack-harness.js";

/** The bot's public address, as the operator gives it to `ct-bot slack manifest --http`. */
export const PUBLIC_URL = "https://ct-bot.example.org";

/** SLACK_STATE_SECRET in the tests. */
export const STATE_SECRET = "test-state-secret-4d2a9b7c";

/** One replica: its runtime and where it listens. */
export interface Replica {
  readonly runtime: PlatformRuntime;
  /** e.g. http://127.0.0.1:1234 */
  readonly url: string;
}

/** What opening the install link gave the browser. */
export interface InstallStart {
  status: number;
  /** Slack's authorize URL (on the fake). */
  location: URL;
  /** The `name=value` of the state cookie, as the browser would send it back. */
  cookie: string | undefined;
}

/** A page the browser got: status and body text. */
export interface Page {
  status: number;
  body: string;
}

/** The replicas, the fake and the store, and ways to act as a browser or as Slack. */
export interface OAuthRig {
  readonly fake: FakeSlack;
  /** The store of replica 0 (all replicas share one database); installations as stored (encrypted). */
  readonly store: Store;
  /** The store's installations decrypted with the test CT_ENCRYPTION_KEY. */
  readonly installations: InstallationStore;
  readonly clock: ManualClock;
  readonly replicas: readonly Replica[];
  /** Every replica's log lines, together. */
  logText(): string;
  /** Opens the install link on replica `at`. */
  openInstall(at?: number): Promise<InstallStart>;
  /** Presses Allow on Slack's authorize page in workspace `teamId`; returns where Slack sends the browser. */
  approve(start: InstallStart, teamId?: string): Promise<URL>;
  /** Follows `redirect` to replica `at` with `cookie` (the browser's, by default none). */
  finish(redirect: URL, at: number, cookie: string | undefined): Promise<Page>;
  /** The whole flow for `teamId`: started on replica `from`, finished on replica `to`. */
  install(teamId?: string, from?: number, to?: number): Promise<Page>;
  /** Sends `/ct <text>` to replica `at`, as Slack does (a retry when `retryNum` is set). */
  command(
    at: number,
    text: string,
    from?: CommandFrom,
    retry?: { retryOf: Record<string, string>; retryNum: number },
  ): Promise<{ status: number; id: string; payload: Record<string, string> }>;
  /** `/ct <text>` on replica `at`, and the text of the private answer. */
  ask(at: number, from: CommandFrom, text: string): Promise<string>;
  /** Posts an Events API callback to replica `at`. */
  event(at: number, payload: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts the fake and one replica per store in `stores` (the same store object several times
 * is one database shared in-process; separate PostgreSQL stores on one schema are separate
 * connections to it). The rig closes each distinct store.
 */
export async function startOAuthRig(stores: readonly Store[]): Promise<OAuthRig> {
  const fake = await startFakeSlack();
  const manifest = slackManifest(COMMANDS, PUBLIC_URL) as {
    oauth_config: { redirect_urls: string[] };
  };
  fake.oauth.redirectUrl = manifest.oauth_config.redirect_urls[0];
  const config = loadConfig({
    SLACK_CLIENT_ID: FAKE_APP.clientId,
    SLACK_CLIENT_SECRET: FAKE_APP.clientSecret,
    SLACK_STATE_SECRET: STATE_SECRET,
    SLACK_SIGNING_SECRET: SECRETS.signingSecret,
    SLACK_API_URL: fake.apiUrl,
    CT_ENCRYPTION_KEY: ENCRYPTION_KEY,
    LOG_LEVEL: "debug",
  });
  const clock = createManualClock(MONDAY_MORNING);
  const lines: string[] = [];
  const servers: HttpServer[] = [];
  const replicas: Replica[] = [];
  for (const store of stores) {
    // No literal secrets to scrub: the tests check that the adapter itself logs none.
    const logger = createLogger({ level: "debug", destination: collect(lines) });
    const content = testContent();
    const daily = createDailyService({ store, content, clock });
    const bot = createBot({ content, logger, clock, daily });
    const http = createHttpServer(logger);
    const runtime = await startSlack({ config, bot, logger, http, store });
    const port = await http.listen(0, "127.0.0.1");
    servers.push(http);
    replicas.push({ runtime, url: `http://127.0.0.1:${port}` });
  }
  const at = (index: number): Replica => {
    const replica = replicas[index];
    if (replica === undefined) throw new Error(`no replica ${index}`);
    return replica;
  };

  const keys = config.slack?.encryptionKeys;
  if (keys === undefined) throw new Error("the rig's configuration has no CT_ENCRYPTION_KEY");
  const rig: OAuthRig = {
    fake,
    store: stores[0] as Store,
    installations: sealInstallations(stores[0] as Store, keys),
    clock,
    replicas,
    logText: () => lines.join(""),
    async openInstall(index = 0) {
      const response = await fetch(`${at(index).url}${SLACK_INSTALL_PATH}`, { redirect: "manual" });
      await response.arrayBuffer();
      return {
        status: response.status,
        location: new URL(response.headers.get("location") ?? "about:blank"),
        cookie: response.headers.get("set-cookie")?.split(";")[0],
      };
    },
    async approve(start, teamId = FAKE_TEAMS.home.id) {
      const authorize = new URL(start.location);
      authorize.searchParams.set("team", teamId);
      const response = await fetch(authorize, { redirect: "manual" });
      const text = await response.text();
      const location = response.headers.get("location");
      if (location === null) throw new Error(`the fake refused the authorization: ${text}`);
      return new URL(location);
    },
    async finish(redirect, index, cookie) {
      // The load balancer: the public host routes to whichever replica.
      const response = await fetch(`${at(index).url}${redirect.pathname}${redirect.search}`, {
        redirect: "manual",
        headers: cookie === undefined ? {} : { cookie },
      });
      return { status: response.status, body: await response.text() };
    },
    async install(teamId = FAKE_TEAMS.home.id, from = 0, to = from) {
      const start = await rig.openInstall(from);
      return rig.finish(await rig.approve(start, teamId), to, start.cookie);
    },
    async command(index, text, from = {}, retry) {
      const payload = retry?.retryOf ?? slashCommand(text, fake.responseUrl().url, from);
      const response = await postSigned(
        `${at(index).url}${SLACK_EVENTS_PATH}`,
        commandBody(payload),
        {
          secret: SECRETS.signingSecret,
          ...(retry ? { retryNum: retry.retryNum } : {}),
        },
      );
      await response.arrayBuffer();
      return {
        status: response.status,
        id: String(payload.response_url).split("/").at(-1) ?? "",
        payload,
      };
    },
    async ask(index, from, text) {
      const sent = await rig.command(index, text, from);
      const { body } = await fake.responses.waitFor((post) => post.id === sent.id);
      return textOf(body);
    },
    async event(index, payload) {
      const response = await postSigned(
        `${at(index).url}${SLACK_EVENTS_PATH}`,
        JSON.stringify(payload),
        {
          secret: SECRETS.signingSecret,
          contentType: "application/json",
        },
      );
      await response.arrayBuffer();
      return response.status;
    },
    async close() {
      await Promise.all(replicas.map((r) => r.runtime.stop()));
      await Promise.all(servers.map((s) => s.close()));
      await fake.close();
      await Promise.all([...new Set(stores)].map((s) => s.close()));
    },
  };
  return rig;
}

/**
 * A state parameter as Bolt's default state store makes one: an HS256 JWT of the install
 * options and the time, signed with `secret`. Lets tests forge, replay and age states.
 */
export function signedState(secret: string, at: Date): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const claims = { installOptions: { scopes: [] }, now: at.toJSON(), random: 1 };
  const unsigned = `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}`;
  return `${unsigned}.${createHmac("sha256", secret).update(unsigned).digest("base64url")}`;
}
