/**
 * Slack's limits, in one place (../shared/PLATFORMS.md and Slack's Block Kit and manifest
 * references). Renderers and the manifest read these names; tests check output against them.
 * Lengths are counted in UTF-16 code units, which is never less than Slack's count.
 */

/** Blocks in one message. */
export const SLACK_BLOCKS_MAX = 50;
/** Blocks in a Home tab (and in modals). */
export const SLACK_HOME_BLOCKS_MAX = 100;
/** Characters in a section block's `text`. */
export const SLACK_SECTION_TEXT_MAX = 3000;
/** Characters in a header block's plain_text. */
export const SLACK_HEADER_TEXT_MAX = 150;
/** Characters in one context element's text. */
export const SLACK_CONTEXT_TEXT_MAX = 2000;
/** Elements in one context block. */
export const SLACK_CONTEXT_ELEMENTS_MAX = 10;
/** Elements in one actions block. */
export const SLACK_ACTIONS_PER_BLOCK_MAX = 25;
/** Characters in a button's label. */
export const SLACK_BUTTON_TEXT_MAX = 75;
/** Characters in an action_id. */
export const SLACK_ACTION_ID_MAX = 255;
/** Characters in a button's value. */
export const SLACK_BUTTON_VALUE_MAX = 2000;

/**
 * Our budget for a whole message, counted as the JSON length of its blocks. Slack documents
 * no total, but rejects messages with msg_blocks_too_long near 13,000 characters; the JSON
 * length over-counts what Slack measures, so this leaves a safe margin.
 */
export const SLACK_MESSAGE_BUDGET = 12_000;
/** Characters in a message's top-level `text` (the notification and screen-reader fallback). */
export const SLACK_FALLBACK_TEXT_MAX = 4000;

/** How old a signed request's timestamp may be before Slack's signature check rejects it. */
export const SLACK_SIGNATURE_MAX_AGE_S = 300;

/** Manifest: the app's name. */
export const SLACK_APP_NAME_MAX = 35;
/** Manifest: the app's short description. */
export const SLACK_APP_DESCRIPTION_MAX = 140;
/** Manifest: the app's long description, shortest accepted. */
export const SLACK_APP_LONG_DESCRIPTION_MIN = 175;
/** Manifest: the app's long description, longest accepted. */
export const SLACK_APP_LONG_DESCRIPTION_MAX = 4000;
/** Manifest: the bot user's display name. */
export const SLACK_BOT_NAME_MAX = 80;
/** Manifest: a slash command's description. */
export const SLACK_COMMAND_DESCRIPTION_MAX = 2000;
/** Manifest: a slash command's usage hint. */
export const SLACK_USAGE_HINT_MAX = 1000;

/**
 * Daily posts sent per second across all channels (our budget, not a published limit).
 * chat.postMessage allows about one message per second per channel, with short bursts, plus
 * a workspace-wide limit Slack does not publish. Each channel gets one post a day, so only
 * the workspace-wide limit matters: 10 a second (600 a minute) stays well clear of it and
 * still sends 1,000 channels' posts in under two minutes. A 429 is still handled (the
 * scheduler waits for Retry-After).
 */
export const SLACK_DAILY_POSTS_PER_SECOND = 10;
