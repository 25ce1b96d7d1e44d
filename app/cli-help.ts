/**
 * The `ct-bot` commands' help: one declaration per command (its synopsis, what it does, and
 * each option in one line), from which both `ct-bot help` and `ct-bot <command> --help` are
 * printed, so the two cannot drift. Loads nothing else: `help` must stay instant.
 */

/** One option of a command, as `--help` lists it. */
export interface CliOption {
  /** The option as typed, with its value's placeholder: `--dir DIR`. */
  flag: string;
  /** What it does, one line. */
  description: string;
}

/** One command of the `ct-bot` executable. */
export interface CliCommand {
  /** The words that name it: `content check`. */
  name: string;
  /** Its synopsis lines, the first starting with `name`; later lines continue the first. */
  synopsis: readonly string[];
  /** What it does, in lines of at most about 60 characters. */
  summary: readonly string[];
  options: readonly CliOption[];
}

const LANG: CliOption = {
  flag: "--lang fr|en",
  description: "the reader's language (else LC_ALL, then LANG; a French command answers in French)",
};

/** Every `ct-bot` command, in the order `ct-bot help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  {
    name: "start",
    synopsis: ["start [--lang fr|en]"],
    summary: [
      "Run the bot: Slack and/or Discord when their variables are set,",
      "else the console bot (the default command; --lang, else",
      "LC_ALL/LANG, sets the console's language)",
    ],
    options: [LANG],
  },
  {
    name: "serve",
    synopsis: ["serve"],
    summary: [
      "Run the HTTP server and every configured platform, never the",
      "console; exits 1 when no platform is configured (containers)",
    ],
    options: [],
  },
  {
    name: "ask",
    synopsis: ["ask [--json] [--lang fr|en] [text]"],
    summary: [
      'Answer one command, e.g. ct-bot ask "partners India";',
      "with no text, answer each line of stdin",
    ],
    options: [
      {
        flag: "--json",
        description: "print the reply model as one JSON object (one per line from stdin)",
      },
      LANG,
    ],
  },
  {
    name: "content check",
    synopsis: ["content check [--dir DIR]"],
    summary: ["Validate the content packs (DIR may repeat)"],
    options: [
      {
        flag: "--dir DIR",
        description:
          "check DIR (repeatable) instead of what the bot loads: CONTENT_DIR, else content/",
      },
    ],
  },
  {
    name: "content import",
    synopsis: [
      "content import FILE [--id ID] [--title T] [--publisher P] [--date D] [--url URL]",
      "               [--rights R] [--out DIR] [--dry-run] [--force]",
    ],
    summary: ["Make a content pack from a .txt, .md, .html, .pdf or .docx"],
    options: [
      { flag: "--id ID", description: "the pack's id (default: made from the title)" },
      { flag: "--title T", description: "the document's title (default: what the document says)" },
      { flag: "--publisher P", description: "who published it (default: what the document says)" },
      {
        flag: "--date D",
        description: "its date, YYYY, YYYY-MM or YYYY-MM-DD (default: the document's)",
      },
      { flag: "--url URL", description: "the original's http(s) address" },
      { flag: "--rights R", description: 'its rights notice, e.g. "© Ministry, 2024"' },
      { flag: "--out DIR", description: "the content folder the pack goes in (default: content/)" },
      { flag: "--dry-run", description: "show what would be imported; write nothing" },
      { flag: "--force", description: "replace a pack that holds a document with another title" },
    ],
  },
  {
    name: "slack manifest",
    synopsis: ["slack manifest [--http URL]"],
    summary: ["Print the Slack app manifest (Socket Mode, or HTTP at URL)"],
    options: [
      {
        flag: "--http URL",
        description: "HTTP mode: Slack posts to URL/slack/events (URL: the bot's https:// address)",
      },
    ],
  },
  {
    name: "discord register",
    synopsis: ["discord register [--guild ID]"],
    summary: ["Register the /ct command globally or in one server"],
    options: [
      {
        flag: "--guild ID",
        description: "register in this server only (instant), not globally (up to an hour)",
      },
    ],
  },
  {
    name: "discord shards",
    synopsis: ["discord shards"],
    summary: [
      "Run the Discord gateway as several shard processes",
      "(bots in thousands of servers); needs DISCORD_TOKEN",
    ],
    options: [],
  },
  {
    name: "secrets rotate",
    synopsis: ["secrets rotate"],
    summary: ["Re-encrypt stored Slack installations under the first", "key of CT_ENCRYPTION_KEY"],
    options: [],
  },
  { name: "help", synopsis: ["help"], summary: ["Show this help"], options: [] },
];

/** Where the summary column starts in `ct-bot help`. */
const SUMMARY_COLUMN = 29;
const HELP_OPTION: CliOption = { flag: "-h, --help", description: "show this help" };

/** The text of `ct-bot help`: every command with its synopsis and what it does. */
export function cliUsage(): string {
  const lines = ["Usage: ct-bot [command]", ""];
  for (const command of CLI_COMMANDS) {
    const synopsis = command.synopsis.map((line) => `  ${line}`);
    const last = synopsis.length - 1;
    const [first = "", ...more] = command.summary;
    // A short synopsis shares its line with the summary; a long one gets the summary below it.
    if ((synopsis[last] ?? "").length < SUMMARY_COLUMN - 1)
      synopsis[last] = `${(synopsis[last] ?? "").padEnd(SUMMARY_COLUMN)}${first}`;
    else synopsis.push(`${" ".repeat(SUMMARY_COLUMN)}${first}`);
    lines.push(...synopsis, ...more.map((line) => `${" ".repeat(SUMMARY_COLUMN)}${line}`));
  }
  lines.push(
    "",
    "Every command takes --help (or -h) for its own options.",
    "Environment variables are listed in the README.",
  );
  return `${lines.join("\n")}\n`;
}

/** The command named `name` (`content check`), or undefined. */
export function cliCommand(name: string): CliCommand | undefined {
  return CLI_COMMANDS.find((command) => command.name === name);
}

/**
 * The text of `ct-bot <command> --help`: its synopsis, what it does, and one line per option
 * (with `-h, --help` last).
 *
 * @example
 * commandHelp(cliCommand("content check")!); // "Usage: ct-bot content check [--dir DIR]\n…"
 */
export function commandHelp(command: CliCommand): string {
  const [first = "", ...more] = command.synopsis;
  const options = [...command.options, HELP_OPTION];
  const width = Math.max(...options.map((option) => option.flag.length)) + 2;
  return [
    `Usage: ct-bot ${first}`,
    ...more.map((line) => `${" ".repeat("Usage: ct-bot ".length)}${line}`),
    "",
    ...command.summary,
    "",
    "Options:",
    ...options.map((option) => `  ${option.flag.padEnd(width)}${option.description}`),
    "",
  ].join("\n");
}

/**
 * The help of the commands under `group` (`content`: content check and content import), or
 * undefined when no command starts with it.
 */
export function groupHelp(group: string): string | undefined {
  const commands = CLI_COMMANDS.filter((command) => command.name.startsWith(`${group} `));
  if (commands.length === 0) return undefined;
  return commands.map(commandHelp).join("\n");
}

/**
 * Whether `args` ask for help: `--help` or `-h` before any `--` (after it, they are text).
 *
 * @example
 * wantsHelp(["--json", "-h"]); // true
 * wantsHelp(["--", "--help"]); // false: `ask -- --help` asks about "--help"
 */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}
