/**
 * Renders a {@link Reply} as Discord embeds: the title, the intro and each cited excerpt (matched
 * terms in bold) in descriptions, list entries as fields, citations in footers, and a link to
 * each excerpt in context (its citation's url) as the embed's author. Pure: no
 * network, no discord.js client, so daily posts and both transports share it.
 */

import type { APIEmbed } from "discord.js";
import { createTranslator, type Translator } from "../../../src/i18n/translator.js";
import { citationText } from "../../../src/replies/cite.js";
import { clipText } from "../../../src/replies/clip-text.js";
import type { Mark, Reply, ReplyItem } from "../../../src/replies/reply.js";
import {
  EMBED_AUTHOR_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  EMBEDS_MAX,
  EMBEDS_TOTAL_MAX,
} from "./limits.js";
import { renderMarked } from "./markdown.js";

/** Embed colours by kind of answer: the doctrine's blue, grey for notices, red for errors. */
export const EMBED_COLORS: Readonly<Record<Reply["kind"], number>> = {
  passages: 0x1f4e8c,
  fact: 0x1f4e8c,
  list: 0x1f4e8c,
  notice: 0x8a8f98,
  error: 0xc0392b,
};

// Discord rejects empty field names and values; a zero-width space shows nothing.
const BLANK = "\u200b";

/** A piece of embed text before it is fitted to the limits. */
interface TextSlot {
  text: string;
  marks: Mark[];
  max: number;
  /** Footers show text as typed, so only markdown slots are escaped. */
  markdown: boolean;
  out: string;
}

interface EmbedPlan {
  title?: TextSlot;
  /** The excerpt's source, linked to the passage in context (its citation's url). */
  author?: { name: TextSlot; url: string };
  description?: TextSlot;
  fields: Array<{ name: TextSlot; value: TextSlot }>;
  footer: string[];
}

/**
 * The embeds for `reply`, within every per-part limit, {@link EMBEDS_MAX} embeds and
 * {@link EMBEDS_TOTAL_MAX} characters in all.
 *
 * @example
 * const embeds = renderEmbeds(await bot.ask("partners India"));
 */
export function renderEmbeds(reply: Reply): APIEmbed[] {
  const { t } = createTranslator(reply.language);
  const plans = reply.items.length > 0 ? itemPlans(reply, t) : listPlans(reply, t);
  const last = plans.at(-1);
  if (last && reply.reference)
    last.footer.push(t("discord.reference", { reference: reply.reference }));
  if (last && reply.page.count > 1)
    last.footer.push(t("slack.page", { number: reply.page.number, count: reply.page.count }));
  const footers = plans.map((plan) =>
    plan.footer.length > 0 ? slot(plan.footer.join("\n"), [], EMBED_FOOTER_MAX, false) : undefined,
  );
  fitTotal([...plans.flatMap(slotsOf), ...footers.filter((f) => f !== undefined)]);
  return plans.map((plan, i) => assemble(plan, footers[i], EMBED_COLORS[reply.kind]));
}

/** One embed per excerpt; the first also carries the title and the intro. */
function itemPlans(reply: Reply, t: Translator["t"]): EmbedPlan[] {
  const shown = reply.items.slice(0, EMBEDS_MAX);
  return shown.map((item, i) => {
    const parts = i === 0 ? leadParts(reply, t) : [];
    parts.push(...itemParts(item, reply.kind === "fact"));
    const footer = [citationText(item)];
    const hidden = reply.items.length - shown.length;
    if (i === shown.length - 1 && hidden > 0)
      footer.push(t("discord.moreExcerpts", { count: hidden }));
    const { url, title } = item.citation;
    return {
      ...(i === 0 ? { title: titleSlot(reply) } : {}),
      ...(url !== undefined && /^https?:\/\//iu.test(url)
        ? {
            author: {
              name: slot(t("discord.readInContext", { title }), [], EMBED_AUTHOR_MAX, false),
              url,
            },
          }
        : {}),
      description: composed(parts, EMBED_DESCRIPTION_MAX),
      fields: [],
      footer,
    };
  });
}

/** Lists and notices: one embed, more when the entries need more than one embed's fields. */
function listPlans(reply: Reply, t: Translator["t"]): EmbedPlan[] {
  const plans: EmbedPlan[] = [];
  const lead = leadParts(reply, t);
  const fields = reply.entries.map((entry) => ({
    name: slot(entry.label, [], EMBED_FIELD_NAME_MAX, true),
    value: slot(entry.detail, [], EMBED_FIELD_VALUE_MAX, true),
  }));
  do {
    plans.push({
      ...(plans.length === 0 ? { title: titleSlot(reply) } : {}),
      ...(plans.length === 0 && lead.length > 0
        ? { description: composed(lead, EMBED_DESCRIPTION_MAX) }
        : {}),
      fields: fields.splice(0, EMBED_FIELDS_MAX),
      footer: [],
    });
  } while (fields.length > 0 && plans.length < EMBEDS_MAX);
  if (fields.length > 0)
    plans.at(-1)?.footer.push(t("discord.moreEntries", { count: fields.length }));
  return plans;
}

function titleSlot(reply: Reply): TextSlot {
  return slot(reply.title, [], EMBED_TITLE_MAX, true);
}

/** The intro paragraphs and the "did you mean" line. */
function leadParts(reply: Reply, t: Translator["t"]): Array<{ text: string; marks: Mark[] }> {
  const parts = reply.intro.filter((line) => line !== "").map((text) => ({ text, marks: [] }));
  if (reply.suggestions.length > 0)
    parts.push({
      text: t("discord.didYouMean", {
        suggested: reply.suggestions.map((s) => s.label).join(", "),
      }),
      marks: [],
    });
  return parts;
}

/** A fact's headline (ours, in bold) over its quote; a passage as it stands, marks in bold. */
function itemParts(item: ReplyItem, quoted: boolean): Array<{ text: string; marks: Mark[] }> {
  const parts: Array<{ text: string; marks: Mark[] }> = [];
  if (item.headline) parts.push({ text: item.headline, marks: [[0, item.headline.length]] });
  if (!quoted) return [...parts, { text: item.text, marks: item.marks }];
  const shifted = item.marks.map(([start, end]): Mark => [start + 1, end + 1]);
  return [...parts, { text: `“${item.text}”`, marks: shifted }];
}

/** Paragraphs joined by blank lines into one slot, marks moved to their place. */
function composed(parts: Array<{ text: string; marks: Mark[] }>, max: number): TextSlot {
  let text = "";
  const marks: Mark[] = [];
  for (const part of parts) {
    if (text !== "") text += "\n\n";
    marks.push(...part.marks.map(([start, end]): Mark => [start + text.length, end + text.length]));
    text += part.text;
  }
  return slot(text, marks, max, true);
}

function slot(text: string, marks: Mark[], max: number, markdown: boolean): TextSlot {
  const fitted = { text, marks, max, markdown, out: "" };
  fitted.out = render(fitted, max);
  return fitted;
}

function render(s: TextSlot, max: number): string {
  const out = s.markdown ? renderMarked(s.text, s.marks, max) : clipText(s.text, max);
  return out === "" ? BLANK : out;
}

function slotsOf(plan: EmbedPlan): TextSlot[] {
  return [
    ...(plan.title ? [plan.title] : []),
    ...(plan.author ? [plan.author.name] : []),
    ...(plan.description ? [plan.description] : []),
    ...plan.fields.flatMap((f) => [f.name, f.value]),
  ];
}

/** Shortens the longest texts until every embed together fits {@link EMBEDS_TOTAL_MAX}. */
function fitTotal(slots: TextSlot[]): void {
  let total = slots.reduce((sum, s) => sum + s.out.length, 0);
  while (total > EMBEDS_TOTAL_MAX) {
    const longest = slots.reduce((a, b) => (b.out.length > a.out.length ? b : a));
    // Every slot is down to one character: the total is far below the limit, so unreachable.
    if (longest.out.length <= 1) return;
    const before = longest.out.length;
    longest.out = render(longest, Math.max(1, before - (total - EMBEDS_TOTAL_MAX)));
    total -= before - longest.out.length;
  }
}

function assemble(plan: EmbedPlan, footer: TextSlot | undefined, color: number): APIEmbed {
  const embed: APIEmbed = { color };
  if (plan.title) embed.title = plan.title.out;
  if (plan.author) embed.author = { name: plan.author.name.out, url: plan.author.url };
  if (plan.description) embed.description = plan.description.out;
  if (plan.fields.length > 0)
    embed.fields = plan.fields.map((f) => ({ name: f.name.out, value: f.value.out }));
  if (footer) embed.footer = { text: footer.out };
  // An embed must show something.
  if (!plan.title && !plan.description && plan.fields.length === 0 && !footer)
    embed.description = BLANK;
  return embed;
}
