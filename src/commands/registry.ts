/**
 * The command registry: every command ct-bot answers, in the order help lists them.
 * Add a command here and it appears in help, in the Discord command and in the Slack manifest.
 */
import { type CommandDefinition, findIn } from "./command.js";
import { dailyCommand } from "./daily.js";
import { factCommand } from "./fact.js";
import { forumsCommand } from "./forums.js";
import { helpCommand } from "./help.js";
import { partnersCommand } from "./partners.js";
import { passageCommand } from "./passage.js";
import { principlesCommand } from "./principles.js";
import { relatedCommand } from "./related.js";
import { searchCommand } from "./search.js";
import { sourceCommand } from "./source.js";
import { sourcesCommand } from "./sources.js";
import { topicsCommand } from "./topics.js";

/** Every command, visible ones first in help order. */
export const COMMANDS: readonly CommandDefinition[] = [
  helpCommand,
  principlesCommand,
  partnersCommand,
  forumsCommand,
  topicsCommand,
  searchCommand,
  factCommand,
  dailyCommand,
  sourcesCommand,
  sourceCommand,
  passageCommand,
  relatedCommand,
];

/** The command called `name` in `commands` (the registry by default), if any. */
export function findCommand(
  name: string,
  commands: readonly CommandDefinition[] = COMMANDS,
): CommandDefinition | undefined {
  return findIn(commands, name);
}
