/**
 * The console bot: type commands, read cited answers. Interactive with a prompt on a TTY;
 * with piped input, one command per line (with or without a leading /ct), then exit.
 */
import { createInterface } from "node:readline";
import type { Bot } from "../../src/commands/create-bot.js";
import type { Reply } from "../../src/replies/reply.js";
import { renderText } from "./render-text.js";

/** Streams and style for {@link runConsoleBot}. */
export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt and colours; false when input is piped. */
  interactive: boolean;
  color: boolean;
}

const MORE = /^(more|next|n)$/iu;
const QUIT = /^(quit|exit|q)$/iu;

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
  let last: Reply | undefined;
  const prompt = () => {
    if (interactive) {
      lines.setPrompt("ct> ");
      lines.prompt();
    }
  };

  if (interactive)
    output.write(
      "Type a command (help, principles, partners India, search financing…), or quit.\n",
    );
  prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (QUIT.test(text)) break;
    if (text === "") {
      prompt();
      continue;
    }
    let reply: Reply;
    if (MORE.test(text) && last && last.page.number < last.page.count) {
      reply = await bot.ask(last.invocation, {
        caller: { platform: "console" },
        page: last.page.number + 1,
      });
    } else {
      reply = await bot.ask(text, { caller: { platform: "console" } });
    }
    last = reply;
    output.write(renderText(reply, { color: options.color }));
    if (interactive) output.write("\n");
    prompt();
  }
  lines.close();
}
