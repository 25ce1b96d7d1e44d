/**
 * `help [command]`: every command with an example, generated from the registry.
 */

import type { Language } from "../i18n/language.js";
import { echo } from "../input/clean-input.js";
import { listAnswer, noticeAnswer } from "../replies/answers.js";
import type { CommandDefinition } from "./command.js";
import { commandExamples, describeCommand, describeOption } from "./describe-command.js";
import { platformNote } from "./format-example.js";
import { localName } from "./parse-command.js";

export const helpCommand: CommandDefinition = {
  name: "help",
  names: { fr: "aide" },
  description: "What ct-bot can do, or how to use one command",
  usage: "help [command]",
  options: [
    {
      name: "command",
      names: { fr: "commande" },
      description: "A command, e.g. search",
      required: false,
      maxLength: 32,
    },
  ],
  examples: ["help", "help daily"],
  access: "everyone",
  lookup: false,
  run(args, context) {
    const { t, language } = context;
    const visible = context.commands.filter((c) => !c.hidden);
    const wanted = args.command?.toLowerCase();
    if (wanted === undefined || wanted === "") {
      const entries = visible.map((c) => ({
        label: context.usage(c),
        detail: [describeCommand(c, language), onlyThere(c, context.caller.platform, language)]
          .filter(Boolean)
          .join(" · "),
        command: `help ${c.name}`,
      }));
      return listAnswer(t("help.title"), entries, [t("help.intro")]);
    }
    const command = visible.find(
      (c) => c.name === wanted || Object.values(c.names ?? {}).includes(wanted),
    );
    if (command === undefined) {
      return noticeAnswer(t("help.noCommand.title"), [
        t("help.noCommand.intro", { name: echo(args.command ?? "", t) }),
        t("help.seeAll", { example: context.example("help") }),
      ]);
    }
    const entries = [
      ...command.options.map((o) => ({
        label: localName(o, language),
        detail: [
          describeOption(command, o, language),
          o.required ? t("help.required") : t("help.optional"),
          o.choices
            ? t("help.oneOf", {
                values: o.choices.map((c) => localName(c, language)).join(", "),
              })
            : "",
        ]
          .filter(Boolean)
          .join(" · "),
      })),
      ...commandExamples(command, language).map((example) => ({
        label: t("help.example"),
        detail: context.example(example),
        command: example,
      })),
    ];
    const access = command.access === "channel-managers" ? [t("help.managersOnly")] : [];
    const only = onlyThere(command, context.caller.platform, language);
    return listAnswer(context.usage(command), entries, [
      describeCommand(command, language),
      ...(only === "" ? [] : [t("help.works", { where: only })]),
      ...access,
    ]);
  },
};

/** Where a command works, said only where it does not (the console, for `daily`). */
function onlyThere(command: CommandDefinition, platform: string, language: Language): string {
  const only = command.platforms;
  if (only === undefined || only.some((p) => p === platform)) return "";
  return platformNote(command, language);
}
