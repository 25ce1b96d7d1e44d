/**
 * The App Home tab: what ct-bot does, its commands with examples (generated from the command
 * registry), the topics, and the source with its date. Built once per process: it depends
 * only on the content and the registry.
 */

import { ROOT_COMMAND } from "../../../src/commands/command.js";
import type { Bot } from "../../../src/commands/create-bot.js";
import { formatExample } from "../../../src/commands/format-example.js";
import { clipRange, clipText, groupLines } from "../../../src/replies/clip-text.js";
import { contextBlock, headerBlock, type SlackBlock, sectionBlock } from "./block-kit.js";
import { SLACK_CONTEXT_TEXT_MAX, SLACK_HOME_BLOCKS_MAX, SLACK_SECTION_TEXT_MAX } from "./limits.js";
import { escapeMrkdwn } from "./mrkdwn.js";

/** A Home tab view for views.publish. */
export interface HomeView {
  type: "home";
  blocks: SlackBlock[];
}

/** What the Home tab says ct-bot is for. */
export const HOME_INTRO = `ct-bot answers questions about France's counter-terrorism doctrine with excerpts quoted word for word, each with its citation. Type /${ROOT_COMMAND} and a command, or any words to search. Answers are visible only to you until you press Share in channel.`;

/** Names and summaries are short; anything longer is cut so a line stays a line. */
const LINE_PART_MAX = 400;

/**
 * The Home tab for `bot`.
 *
 * @example
 * await client.views.publish({ user_id: event.user, view: renderHome(bot) });
 */
export function renderHome(bot: Pick<Bot, "commands" | "content">): HomeView {
  const { commands, content } = bot;
  const example = (text: string) => formatExample(text, "slack", commands);
  const blocks: SlackBlock[] = [headerBlock("ct-bot"), sectionBlock(escapeMrkdwn(HOME_INTRO))];

  blocks.push({ type: "divider" }, headerBlock("Commands"));
  for (const command of commands.filter((c) => !c.hidden)) {
    const examples = command.examples.map((e) => `\`${escapeMrkdwn(example(e))}\``).join("  ·  ");
    const lines = [
      `*${escapeMrkdwn(example(command.usage))}*`,
      escapeMrkdwn(command.description),
      ...(examples === "" ? [] : [`Try ${examples}`]),
    ];
    blocks.push(sectionBlock(fitSection(lines.join("\n"))));
  }

  if (content.topics.length > 0) {
    blocks.push({ type: "divider" }, headerBlock("Topics"));
    const lines = content.topics.map(
      (t) =>
        `• *${part(t.title)}* — ${part(t.summary)}  \`${escapeMrkdwn(example(`topics ${t.id}`))}\``,
    );
    for (const group of groupLines(lines.map(fitSection), SLACK_SECTION_TEXT_MAX)) {
      blocks.push(sectionBlock(group.join("\n")));
    }
  }

  if (content.sources.length > 0) {
    blocks.push(
      { type: "divider" },
      headerBlock(content.sources.length === 1 ? "Source" : "Sources"),
    );
    for (const source of content.sources) {
      const link = /^https?:\/\/[^\s<>|]+$/u.test(source.url ?? "")
        ? `\n<${source.url}|Read the source>`
        : "";
      blocks.push(
        sectionBlock(
          fitSection(
            `*${part(source.title)}*\n${part(source.publisher)}, ${part(source.dateLabel)}${link}`,
          ),
        ),
        contextBlock(
          fitContext(`Every excerpt is quoted verbatim from this source. ${source.rights}`),
        ),
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
