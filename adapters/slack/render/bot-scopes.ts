/**
 * The Slack bot scopes ct-bot asks for, each with the feature that needs it: the OAuth install
 * asks for them, and the manifest lists them with their reasons.
 */

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
