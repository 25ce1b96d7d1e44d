/**
 * `ct-bot ask [--json] [text]`: one answer on stdout, or one per stdin line when no text.
 */
import { createInterface } from "node:readline";
import { renderText } from "../adapters/console/render-text.js";
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
  const write = (reply: Reply) =>
    output.write(json ? `${JSON.stringify(reply)}\n` : renderText(reply, { color: false }));
  if (text.trim() !== "") {
    write(await bot.ask(text, { caller: { platform: "cli" } }));
    return;
  }
  for await (const line of createInterface({ input, terminal: false })) {
    if (line.trim() === "") continue;
    write(await bot.ask(line, { caller: { platform: "cli" } }));
  }
}
