/**
 * Slack installations and the bot token that speaks for a workspace. Bolt's InstallationStore
 * over the store's installations: each workspace's installation (its bot token, bot user and
 * scopes, and with token rotation its refresh token and expiry) is one row in the shared
 * database, encrypted at rest (the caller passes a sealed store, see
 * src/store/sealed-installations.ts), so an install completed on one replica authorizes that
 * workspace's requests on every replica at once. The daily poster and the `/ct daily` checks
 * ask {@link TokenSource} for a workspace's token and nowhere else: the one SLACK_BOT_TOKEN for
 * one workspace, or the workspace's own installation with OAuth (refreshed when it rotates).
 */
import type {
  InstallationStore as BoltInstallationStore,
  HTTPReceiver,
  Installation,
} from "@slack/bolt";
import type { Logger } from "../../../src/runtime/logger.js";
import type { InstallationStore } from "../../../src/store/store.js";
import { SlackAdapterError } from "../errors.js";

/** Which workspace (or Enterprise Grid org) an installation or a request belongs to. */
export interface InstallationPlace {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}

/**
 * The store key of an installation: the enterprise id for an org-wide install (one token
 * serves every workspace of the org), else the team id. Slack ids say what they are (T…,
 * E…), so the two kinds never collide. Undefined when the place names neither.
 */
export function installationKey(place: InstallationPlace): string | undefined {
  return place.isEnterpriseInstall ? place.enterpriseId : place.teamId;
}

/** The bot token of a stored installation; undefined when it has none or is not one. */
export function botTokenOf(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const bot: unknown = (data as { bot?: unknown }).bot;
  if (typeof bot !== "object" || bot === null) return undefined;
  const token: unknown = (bot as { token?: unknown }).token;
  return typeof token === "string" && token !== "" ? token : undefined;
}

/** What {@link createSlackInstallationStore} needs. */
export interface SlackInstallationStoreDeps {
  store: InstallationStore;
  logger: Logger;
  /** When an installation is saved; the system clock by default. */
  now?: () => Date;
}

/**
 * Creates the installation store Bolt's OAuth installer saves to and its `authorize` reads.
 *
 * @example
 * const installationStore = createSlackInstallationStore({ store, logger });
 * createOAuthReceiver(config.slack, installationStore, boltLogger);
 */
export function createSlackInstallationStore(
  deps: SlackInstallationStoreDeps,
): BoltInstallationStore {
  const now = deps.now ?? (() => new Date());
  return {
    async storeInstallation(installation) {
      const place = placeOf(installation);
      const key = installationKey(place);
      if (key === undefined || botTokenOf(installation) === undefined) {
        throw new SlackAdapterError(
          "slack_installation_invalid",
          "Slack's install response has no workspace or no bot token",
        );
      }
      await deps.store.saveInstallation("slack", key, withoutUserToken(installation), now());
      deps.logger.info(
        {
          platform: "slack",
          ...place,
          scopes: installation.bot?.scopes,
          ...(installation.bot?.expiresAt === undefined
            ? {}
            : { tokenExpiresAt: new Date(installation.bot.expiresAt * 1000).toISOString() }),
        },
        "Slack workspace installed",
      );
    },
    async fetchInstallation(query) {
      const key = installationKey(query);
      const data = key === undefined ? undefined : await deps.store.getInstallation("slack", key);
      if (botTokenOf(data) === undefined) {
        throw new SlackAdapterError(
          "slack_not_installed",
          `ct-bot is not installed in Slack workspace ${key ?? "(unknown)"}`,
        );
      }
      return data as Installation;
    },
    async deleteInstallation(query) {
      const key = installationKey(query);
      if (key !== undefined) await deps.store.deleteInstallation("slack", key);
    },
  };
}

function placeOf(installation: Installation): InstallationPlace {
  return {
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
  };
}

/**
 * The installation minus the installing person's own token. ct-bot asks for no user scopes,
 * so Slack should issue none; should one come anyway (a changed app configuration), ct-bot
 * has no use for it and does not keep it.
 */
function withoutUserToken(installation: Installation): unknown {
  const { user, ...rest } = installation;
  return { ...rest, user: { id: user.id, scopes: user.scopes } };
}

/** The bot token for a Slack workspace (team id); undefined when the app is not installed there. */
export type TokenSource = (workspaceId: string) => Promise<string | undefined>;

/**
 * A single-workspace install: every workspace id gets `botToken`. A subscription saved under
 * another workspace (after the token was swapped) then fails with Slack's own error, which
 * the scheduler records and `daily status` shows.
 */
export function singleWorkspaceTokens(botToken: string): TokenSource {
  return async () => botToken;
}

/** Bolt's OAuth installer, which authorizes requests from the installation store. */
export type SlackInstaller = NonNullable<HTTPReceiver["installer"]>;

/**
 * Many workspaces: each workspace's token through the installer's `authorize`, the same path
 * Bolt takes for incoming requests. With token rotation (an installation with a refresh token
 * and `expiresAt`), the installer refreshes a token that expires within two hours through
 * oauth.v2.access (grant_type=refresh_token) and saves the new one before answering. Read on
 * every call rather than cached, so an uninstall seen by one replica stops every replica at
 * once. An org-wide (Enterprise Grid) install is filed under the org, not the workspace, so
 * its workspaces get undefined here: the manifest does not enable org-wide installs.
 */
export function authorizedWorkspaceTokens(installer: SlackInstaller): TokenSource {
  return async (workspaceId) => {
    try {
      const auth = await installer.authorize({
        teamId: workspaceId,
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      });
      return auth.botToken;
    } catch (error) {
      // The installer wraps the store's error in its own AuthorizationError, as `original`.
      const original: unknown = (error as { original?: unknown }).original;
      if ((original as { code?: unknown } | undefined)?.code === "slack_not_installed") {
        return undefined;
      }
      throw error;
    }
  };
}
