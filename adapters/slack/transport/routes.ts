/**
 * The paths ct-bot serves for Slack on the shared HTTP server, in one place: the manifest
 * points Slack at them and the adapter registers them.
 */

/** Where Slack posts slash commands, buttons and events in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";

/** The install link people open to add ct-bot to a workspace (OAuth mode). */
export const SLACK_INSTALL_PATH = "/slack/install";

/** Where Slack sends the browser back after someone approves the install (OAuth mode). */
export const SLACK_OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";

/**
 * The public URL of `path` on the bot at `baseUrl` (e.g. `https://bot.example.org`). People
 * sometimes give the events URL itself as the base; its /slack/events is dropped first.
 *
 * @example
 * publicUrlFor("https://bot.example.org/", SLACK_OAUTH_REDIRECT_PATH);
 * // "https://bot.example.org/slack/oauth_redirect"
 */
export function publicUrlFor(baseUrl: string, path: string): string {
  let base = baseUrl.replace(/\/+$/u, "");
  if (base.endsWith(SLACK_EVENTS_PATH)) base = base.slice(0, -SLACK_EVENTS_PATH.length);
  return `${base}${path}`;
}
