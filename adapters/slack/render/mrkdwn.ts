/**
 * Slack mrkdwn: escaping, and emphasis of matched terms. Everything shown in mrkdwn goes
 * through {@link escapeMrkdwn}, so `<!channel>`, `<@U123>` or `<http://x|y>` typed by a user
 * is displayed, never acted on.
 */

import { isGraphemeBoundary } from "../../../src/input/graphemes.js";
import type { Mark } from "../../../src/replies/reply.js";

/** Escapes `&`, `<` and `>`, the three characters Slack reads as markup. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * Undoes Slack's escaping of `&`, `<` and `>` in text it sends us (slash command text), so
 * the bot reads what the person typed. Safe because every reply escapes again.
 */
export function unescapeSlackText(text: string): string {
  return text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

/**
 * `url` safe inside a mrkdwn link `<url|text>`: `&` escaped as Slack asks, and the characters
 * that would end the link (`<`, `>`, `|`) percent-encoded; undefined for anything but http(s).
 */
export function linkUrl(url: string): string | undefined {
  if (!/^https?:\/\//iu.test(url)) return undefined;
  return url
    .replaceAll("&", "&amp;")
    .replaceAll("<", "%3C")
    .replaceAll(">", "%3E")
    .replaceAll("|", "%7C")
    .replace(/\s/gu, encodeURIComponent);
}

/** A Slack user id, safe to put inside `<@…>`. */
const USER_ID = /^[UW][A-Z0-9]{2,30}$/u;

/** A mention of user `userId` when it looks like a Slack user id, else the escaped text. */
export function mentionOf(userId: string): string {
  return USER_ID.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}

/**
 * Renders `text[start, end)` as mrkdwn with the marked ranges in bold. Marks outside the
 * range are ignored; marks that overlap it are cut to it. Bold wraps whole words only, since
 * Slack ignores `*` that touches a space on its inner side.
 */
export function markedMrkdwn(
  text: string,
  marks: readonly Mark[],
  start = 0,
  end = text.length,
): string {
  let out = "";
  let at = start;
  for (const [from, to] of [...marks].sort((a, b) => a[0] - b[0])) {
    const s = Math.max(from, at, start);
    const e = Math.min(to, end);
    if (e <= s || !isGraphemeBoundary(text, s) || !isGraphemeBoundary(text, e)) continue;
    const inner = text.slice(s, e);
    if (inner.trim() !== inner || inner.includes("*")) continue;
    out += `${escapeMrkdwn(text.slice(at, s))}*${escapeMrkdwn(inner)}*`;
    at = e;
  }
  return out + escapeMrkdwn(text.slice(at, end));
}
