/**
 * Which bot token speaks for a workspace: the one SLACK_BOT_TOKEN when the app serves one
 * workspace, or the workspace's own token from its installation when it serves many (OAuth).
 * The daily poster and the `/ct daily` checks ask here and nowhere else.
 */

import type { InstallationStore } from "../../../src/store/store.js";
import { botTokenOf } from "./installations.js";

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

/**
 * Many workspaces: each workspace's token from its installation in `store`, read on every
 * call rather than cached, so an uninstall seen by one replica stops every replica at once.
 * An org-wide (Enterprise Grid) install is filed under the org, not the workspace, so its
 * workspaces get undefined here: the manifest does not enable org-wide installs.
 */
export function installedWorkspaceTokens(store: InstallationStore): TokenSource {
  return async (workspaceId) => botTokenOf(await store.getInstallation("slack", workspaceId));
}
