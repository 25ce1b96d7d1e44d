/**
 * `ct-bot ask [--json] [text]`: one answer on stdout, or exactly one per stdin line when no
 * text argument is given, so batch output lines up with its input: a line ends at `\n` or `\r\n` (a lone CR is
 * part of the line), and a blank or whitespace-only line gets a notice with no items. In a
 * batch, `more` and `previous` page through the last answer, as in the console.
 */
import { StringDecoder } from "node:string_decoder";
import { createConsoleSession } from "../adapters/console/console-session.js";
import { renderText } from "../adapters/console/render-text.js";
import { outputWidth } from "../adapters/console/text-layout.js";
import type { Bot } from "../src/commands/create-bot.js";
import { DEFAULT_LANGUAGE, type Language } from "../src/i18n/language.js";
import { createTranslator } from "../src/i18n/translator.js";
import type { Reply } from "../src/replies/reply.js";

/**
 * Answers `text`, or every line of `input` when `text` is undefined (no text argument); writes
 * to `output`. An empty or blank `text` is answered like a blank stdin line (a `notice`).
 * `language` is the reader's (`--lang`, `LC_ALL`, `LANG`); absent, a French command name
 * answers in French.
 */
export async function ask(
  bot: Bot,
  text: string | undefined,
  json: boolean,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  language?: Language,
): Promise<void> {
  let written = 0;
  const write = (reply: Reply) => {
    if (json) output.write(`${JSON.stringify(reply)}\n`);
    else {
      if (written > 0) output.write("\n");
      output.write(renderText(reply, { color: false, width: askWidth(output) }));
    }
    written++;
  };
  const session = createConsoleSession(
    bot,
    language === undefined ? { platform: "cli" } : { platform: "cli", language },
  );
  const answer = async (line: string) =>
    line.trim() === "" ? blankLineReply(line, language) : session.answer(line);
  if (text !== undefined) {
    write(await answer(text));
    return;
  }
  for await (const line of inputLines(input)) write(await answer(line));
}

/**
 * The lines of `input`: split at `\n`, a `\r` just before it removed; a last line without a
 * line end still counts, an empty input has no lines.
 */
export async function* inputLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let end = pending.indexOf("\n");
    while (end !== -1) {
      yield withoutCr(pending.slice(0, end));
      pending = pending.slice(end + 1);
      end = pending.indexOf("\n");
    }
  }
  pending += decoder.end();
  if (pending !== "") yield withoutCr(pending);
}

function withoutCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** The reply to a blank line: no items, and a notice saying what to type. */
function blankLineReply(line: string, language: Language = DEFAULT_LANGUAGE): Reply {
  const { t } = createTranslator(language);
  const reply: Reply = {
    kind: "notice",
    title: t("cli.emptyLine.title"),
    intro: [t("cli.emptyLine.intro")],
    items: [],
    entries: [],
    suggestions: [],
    page: { number: 1, count: 1 },
    actions: [],
    invocation: line,
  };
  return language === DEFAULT_LANGUAGE ? reply : { ...reply, language };
}

/** Width of unwrapped output: wider than any passage, so each paragraph stays one line. */
export const UNWRAPPED_WIDTH = 1_000_000;

/**
 * The width `ask` wraps text at: the terminal's on a TTY; none when piped, since `ask` is the
 * scripting command and scripts grep whole sentences (the console bot, for people, wraps piped
 * output at 80 columns).
 */
function askWidth(output: NodeJS.WritableStream): number {
  const tty = (output as NodeJS.WritableStream & { isTTY?: boolean }).isTTY === true;
  return tty ? outputWidth(output) : UNWRAPPED_WIDTH;
}
