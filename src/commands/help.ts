/**
 * `help [command]`: every command with an example, generated from the registry.
 */
import { echo } from "../input/clean-input.js";
import { listAnswer, noticeAnswer } from "../replies/answers.js";
import type { CommandDefinition } from "./command.js";
import { platformNote } from "./format-example.js";

export const helpCommand: CommandDefinition = {
  name: "help",
  description: "What ct-bot can do, or how to use one command",
  usage: "help [command]",
  options: [
    { name: "command", description: "A command, e.g. search", required: false, maxLength: 32 },
  ],
  examples: ["help", "help daily"],
  access: "everyone",
  lookup: false,
  run(args, context) {
    const visible = context.commands.filter((c) => !c.hidden);
    const wanted = args.command?.toLowerCase();
    if (wanted === undefined || wanted === "") {
      const entries = visible.map((c) => ({
        label: context.usage(c),
        detail: [c.description, onlyThere(c, context.caller.platform)].filter(Boolean).join(" · "),
        command: `help ${c.name}`,
      }));
      return listAnswer("ct-bot: France's counter-terrorism doctrine, quoted and cited", entries, [
        "Every answer quotes the source word for word, with its citation. Anything that is not a command is searched.",
      ]);
    }
    const command = visible.find((c) => c.name === wanted);
    if (command === undefined) {
      return noticeAnswer("No such command", [
        `There is no command called ${echo(args.command ?? "")}.`,
        `See them all with ${context.example("help")}.`,
      ]);
    }
    const entries = [
      ...command.options.map((o) => ({
        label: o.name,
        detail: [
          o.description,
          o.required ? "required" : "optional",
          o.choices ? `one of ${o.choices.map((c) => c.value).join(", ")}` : "",
        ]
          .filter(Boolean)
          .join(" · "),
      })),
      ...command.examples.map((example) => ({
        label: "Example",
        detail: context.example(example),
        command: example,
      })),
    ];
    const access =
      command.access === "channel-managers"
        ? ["Only people who manage the channel can change it."]
        : [];
    const only = onlyThere(command, context.caller.platform);
    return listAnswer(context.usage(command), entries, [
      command.description,
      ...(only === "" ? [] : [`Works ${only}.`]),
      ...access,
    ]);
  },
};

/** Where a command works, said only where it does not (the console, for `daily`). */
function onlyThere(command: CommandDefinition, platform: string): string {
  const only = command.platforms;
  if (only === undefined || only.some((p) => p === platform)) return "";
  return platformNote(command);
}
