/**
 * Shows a command the way each platform types it: `partners India` in the terminal,
 * `/ct partners India` in Slack, `/ct partners name:India` in Discord.
 */
import type { Caller, CommandDefinition } from "./command.js";
import { parseCommandText } from "./parse-command.js";
import { ROOT_COMMAND } from "./registry.js";

/** Formats command text `text` for `platform`. */
export function formatExample(
  text: string,
  platform: Caller["platform"],
  commands: readonly CommandDefinition[],
): string {
  if (platform === "console" || platform === "cli") return text;
  if (platform === "slack") return `/${ROOT_COMMAND} ${text}`;
  const parsed = parseCommandText(text, commands);
  const name = text.split(" ")[0] ?? "";
  if (!parsed.ok || parsed.invocation.command !== name) return `/${ROOT_COMMAND} ${text}`;
  const definition = commands.find((c) => c.name === name);
  const options = (definition?.options ?? []).flatMap((o) => {
    const value = parsed.invocation.args[o.name];
    return value === undefined ? [] : [`${o.name}:${value}`];
  });
  return [`/${ROOT_COMMAND}`, name, ...options].join(" ");
}
