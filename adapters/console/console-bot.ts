/**
 * The console bot: type commands, read cited answers. Interactive with a prompt on a TTY;
 * with piped input, one command per line (with or without a leading /ct), then exit. Answers
 * are wrapped to the terminal's width (80 when piped) and separated by a blank line; `more`
 * and `previous` page through the last answer.
 */
import { createInterface } from "node:readline";
import type { Bot } from "../../src/commands/create-bot.js";
import type { Language } from "../../src/i18n/language.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createConsoleSession } from "./console-session.js";
import { renderText } from "./render-text.js";
import { outputWidth, wrapParagraph } from "./text-layout.js";

/** Streams and style for {@link runConsoleBot}. */
export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt and colours; false when input is piped. */
  interactive: boolean;
  color: boolean;
  /** The reader's language (`--lang`, `LC_ALL`, `LANG`); absent: the command names typed decide. */
  language?: Language;
}

const QUIT = /^(quit|exit|q|quitter)$/iu;

/**
 * Runs the console bot until end of input (or `quit`). Resolves when done.
 *
 * @example
 * await runConsoleBot(bot, { input: process.stdin, output: process.stdout, interactive: false, color: false });
 */
export async function runConsoleBot(bot: Bot, options: ConsoleOptions): Promise<void> {
  const { output, interactive } = options;
  const lines = createInterface({
    input: options.input,
    output: interactive ? output : undefined,
    terminal: interactive,
  });
  const session = createConsoleSession(
    bot,
    options.language === undefined
      ? { platform: "console" }
      : { platform: "console", language: options.language },
  );
  let answered = 0;
  const prompt = () => {
    if (interactive) {
      lines.setPrompt("ct> ");
      lines.prompt();
    }
  };

  if (interactive) {
    const hello = wrapParagraph(
      createTranslator(options.language).t("console.greeting"),
      outputWidth(output),
    );
    output.write(`${hello.join("\n")}\n`);
  }
  prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (QUIT.test(text)) break;
    if (text === "") {
      prompt();
      continue;
    }
    const reply = await session.answer(text);
    // A blank line between answers; the width is read each time, so a resized terminal reflows.
    if (answered++ > 0 && !interactive) output.write("\n");
    output.write(renderText(reply, { color: options.color, width: outputWidth(output) }));
    if (interactive) output.write("\n");
    prompt();
  }
  lines.close();
}
