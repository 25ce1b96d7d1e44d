/**
 * Mentions, channel references and links as people see them, not as platforms encode them:
 * Slack's `<@U…|name>`, `<!subteam^S…|@group>`, `<#C…|name>`, `<https://…|label>` and
 * Discord's `<@…>`, `<@!…>`, `<@&…>`, `<#…>` become plain tokens (`@name`, `@group`,
 * `#name`, the URL). Such tokens start with `@` or `#` or are URLs, and are never "corrected"
 * nor echoed as markup.
 */

const SLACK_USER = /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/gu;
const SLACK_GROUP = /<!subteam\^([A-Z0-9]+)(?:\|@?([^>]*))?>/gu;
const SLACK_SPECIAL = /<!(here|channel|everyone)(?:\|[^>]*)?>/gu;
const SLACK_CHANNEL = /<#([CG][A-Z0-9]+)(?:\|([^>]*))?>/gu;
const LINK = /<((?:https?|mailto):[^|>\s]+)(?:\|[^>]*)?>/gu;
const DISCORD_USER = /<@!?(\d{15,22})>/gu;
const DISCORD_ROLE = /<@&(\d{15,22})>/gu;
const DISCORD_CHANNEL = /<#(\d{15,22})>/gu;

/**
 * `text` with platform mention, channel and link markup turned into plain tokens.
 *
 * @example
 * plainMentions("search <!subteam^S0ADMINS|@admins> rules") // "search @admins rules"
 */
export function plainMentions(text: string): string {
  if (!text.includes("<")) return text;
  return text
    .replace(SLACK_USER, (_m, id: string, name?: string) => `@${name || id}`)
    .replace(SLACK_GROUP, (_m, id: string, name?: string) => `@${name || id}`)
    .replace(SLACK_SPECIAL, (_m, name: string) => `@${name}`)
    .replace(SLACK_CHANNEL, (_m, id: string, name?: string) => `#${name || id}`)
    .replace(LINK, (_m, url: string) => url)
    .replace(DISCORD_USER, (_m, id: string) => `@${id}`)
    .replace(DISCORD_ROLE, (_m, id: string) => `@&${id}`)
    .replace(DISCORD_CHANNEL, (_m, id: string) => `#${id}`);
}

/**
 * True when `word`, as it stands in `text`, is part of a mention, a channel reference or a
 * link: it must never be corrected.
 */
export function isProtectedWord(text: string, word: string): boolean {
  return text
    .split(/\s+/u)
    .some(
      (token) =>
        token.toLowerCase().includes(word.toLowerCase()) && /^[@#]|:\/\/|^mailto:/u.test(token),
    );
}
