/**
 * The App Home tab: what ct-bot does, its commands with examples (generated from the command
 * registry), the topics, and the source with its date, in one language. Built once per
 * process and language: it depends only on the content, the registry and the language.
 */

import { ROOT_COMMAND } from "../../../src/commands/command.js";
import type { Bot } from "../../../src/commands/create-bot.js";
import { describeCommand } from "../../../src/commands/describe-command.js";
import { formatExample, formatUsage } from "../../../src/commands/format-example.js";
import { DEFAULT_LANGUAGE, type Language } from "../../../src/i18n/language.js";
import { createTranslator } from "../../../src/i18n/translator.js";
import { clipRange, clipText, groupLines } from "../../../src/replies/clip-text.js";
import { topicTextIn } from "../../../src/replies/text-in.js";
import { contextBlock, headerBlock, type SlackBlock, sectionBlock } from "./block-kit.js";
import { SLACK_CONTEXT_TEXT_MAX, SLACK_HOME_BLOCKS_MAX, SLACK_SECTION_TEXT_MAX } from "./limits.js";
import { escapeMrkdwn } from "./mrkdwn.js";

/** A Home tab view for views.publish. */
export interface HomeView {
  type: "home";
  blocks: SlackBlock[];
}

/** What the Home tab says ct-bot is for (in English; `home.intro` in the catalogues). */
export const HOME_INTRO = createTranslator("en").t("home.intro", { root: ROOT_COMMAND });

/** Names and summaries are short; anything longer is cut so a line stays a line. */
const LINE_PART_MAX = 400;

/**
 * The Home tab for `bot`.
 *
 * @example
 * await client.views.publish({ user_id: event.user, view: renderHome(bot) });
 */
export function renderHome(
  bot: Pick<Bot, "commands" | "content">,
  language: Language = DEFAULT_LANGUAGE,
): HomeView {
  const { commands, content } = bot;
  const { t } = createTranslator(language);
  const example = (text: string) => formatExample(text, "slack", commands, language);
  const blocks: SlackBlock[] = [
    headerBlock("ct-bot"),
    sectionBlock(escapeMrkdwn(t("home.intro", { root: ROOT_COMMAND }))),
  ];

  blocks.push({ type: "divider" }, headerBlock(t("home.commands")));
  for (const command of commands.filter((c) => !c.hidden)) {
    const examples = command.examples.map((e) => `\`${escapeMrkdwn(example(e))}\``).join("  ·  ");
    const lines = [
      `*${escapeMrkdwn(formatUsage(command, "slack", language))}*`,
      escapeMrkdwn(describeCommand(command, language)),
      ...(examples === "" ? [] : [t("home.try", { examples })]),
    ];
    blocks.push(sectionBlock(fitSection(lines.join("\n"))));
  }

  if (content.topics.length > 0) {
    blocks.push({ type: "divider" }, headerBlock(t("home.topics")));
    const lines = content.topics.map((topic) => {
      const { title, summary } = topicTextIn(topic, language);
      return `• *${part(title)}* — ${part(summary)}  \`${escapeMrkdwn(example(`topics ${topic.id}`))}\``;
    });
    for (const group of groupLines(lines.map(fitSection), SLACK_SECTION_TEXT_MAX)) {
      blocks.push(sectionBlock(group.join("\n")));
    }
  }

  if (content.sources.length > 0) {
    blocks.push(
      { type: "divider" },
      headerBlock(t("home.sources", { count: content.sources.length })),
    );
    for (const source of content.sources) {
      const link = /^https?:\/\/[^\s<>|]+$/u.test(source.url ?? "")
        ? `\n<${source.url}|${escapeMrkdwn(t("home.readSource"))}>`
        : "";
      blocks.push(
        sectionBlock(
          fitSection(
            `*${part(source.title)}*\n${part(source.publisher)}, ${part(source.dateLabel)}${link}`,
          ),
        ),
        contextBlock(fitContext(t("home.verbatim", { rights: source.rights }))),
      );
    }
  }
  return { type: "home", blocks: blocks.slice(0, SLACK_HOME_BLOCKS_MAX) };
}

/** Escaped, cut to a line's share of a section. */
function part(text: string): string {
  return escapeMrkdwn(clipText(text.trim(), LINE_PART_MAX));
}

/** Already-escaped mrkdwn within a section's limit; cut only in absurd cases. */
function fitSection(text: string): string {
  return text.length <= SLACK_SECTION_TEXT_MAX ? text : cutLines(text, SLACK_SECTION_TEXT_MAX);
}

/** Plain text escaped within a context element's limit. */
function fitContext(text: string): string {
  return clipRange(text, 0, text.length, SLACK_CONTEXT_TEXT_MAX, (s, e) =>
    escapeMrkdwn(text.slice(s, e)),
  );
}

/** Whole lines of mrkdwn that fit in `max` characters (never splits markup mid-line). */
function cutLines(text: string, max: number): string {
  const [first = []] = groupLines(text.split("\n"), max);
  const kept = first.join("\n");
  return kept.length <= max ? kept : "…";
}
