/**
 * `ct-bot ask [--json] [text]`: one answer on stdout, or one per stdin line when no text
 * (where `more` and `previous` page through the last answer, as in the console).
 */
import { createInterface } from "node:readline";
import { createConsoleSession } from "../adapters/console/console-session.js";
import { renderText } from "../adapters/console/render-text.js";
import { outputWidth } from "../adapters/console/text-layout.js";
import type { Bot } from "../src/commands/create-bot.js";
import type { Reply } from "../src/replies/reply.js";

/** Answers `text`, or every line of `input` when `text` is empty; writes to `output`. */
export async function ask(
  bot: Bot,
  text: string,
  json: boolean,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<void> {
  let written = 0;
  const write = (reply: Reply) => {
    if (json) output.write(`${JSON.stringify(reply)}\n`);
    else {
      if (written > 0) output.write("\n");
      output.write(renderText(reply, { color: false, width: outputWidth(output) }));
    }
    written++;
  };
  const session = createConsoleSession(bot, { platform: "cli" });
  if (text.trim() !== "") {
    write(await session.answer(text));
    return;
  }
  for await (const line of createInterface({ input, terminal: false })) {
    if (line.trim() === "") continue;
    write(await session.answer(line));
  }
}
