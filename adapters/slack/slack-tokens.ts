/**
 * Which bot token speaks for a workspace. Today one bot token (SLACK_BOT_TOKEN) serves the
 * one workspace the app is installed in; with OAuth (many workspaces) a source that reads the
 * installation store plugs in here and nothing else changes.
 */

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
