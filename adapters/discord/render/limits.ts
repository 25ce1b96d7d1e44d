/**
 * Discord's documented limits, in one place. Renderers and tests read these names; no other
 * file in the Discord adapter writes a limit as a bare number.
 */

/** Embed title. */
export const EMBED_TITLE_MAX = 256;
/** Embed description. */
export const EMBED_DESCRIPTION_MAX = 4096;
/** Fields in one embed. */
export const EMBED_FIELDS_MAX = 25;
/** Embed field name. */
export const EMBED_FIELD_NAME_MAX = 256;
/** Embed field value. */
export const EMBED_FIELD_VALUE_MAX = 1024;
/** Embed footer text. */
export const EMBED_FOOTER_MAX = 2048;
/** Embed author name. */
export const EMBED_AUTHOR_MAX = 256;
/** Characters across every embed of one message (titles, descriptions, fields, footers, authors). */
export const EMBEDS_TOTAL_MAX = 6000;
/** Embeds in one message. */
export const EMBEDS_MAX = 10;
/** Message content. */
export const CONTENT_MAX = 2000;
/** A component's custom_id. */
export const CUSTOM_ID_MAX = 100;
/** Action rows in one message. */
export const ACTION_ROWS_MAX = 5;
/** Buttons in one action row. */
export const BUTTONS_PER_ROW_MAX = 5;
/** Button label. */
export const BUTTON_LABEL_MAX = 80;
/** Autocomplete choices in one answer. */
export const CHOICES_MAX = 25;
/** Autocomplete choice name and string value (at least 1). */
export const CHOICE_TEXT_MAX = 100;
/** Command and option names. */
export const COMMAND_NAME_MAX = 32;
/** Command and option descriptions (at least 1). */
export const COMMAND_DESCRIPTION_MAX = 100;
/** Options (or subcommands) of one command. */
export const COMMAND_OPTIONS_MAX = 25;
/** Time Discord waits for the first answer to an interaction, in milliseconds. */
export const INTERACTION_RESPONSE_MS = 3000;
/** REST requests a bot token may make per second, across routes (interaction callbacks excluded). */
export const GLOBAL_REQUESTS_PER_SECOND = 50;
/** A message nonce, in its string form. */
export const NONCE_MAX = 25;
