/**
 * `forums [name]`: the international forums the document names, or what it says about one.
 */
import type { CommandDefinition } from "./command.js";
import { lookupEntity } from "./lookup-entity.js";

export const forumsCommand: CommandDefinition = {
  name: "forums",
  names: { fr: "forums" },
  description:
    "The forums where France works against terrorism, or what the document says about one",
  usage: "forums [name]",
  options: [
    {
      name: "name",
      names: { fr: "nom" },
      description: "A forum, e.g. Security Council, G8",
      required: false,
      autocomplete: "forums",
      maxLength: 100,
    },
  ],
  examples: ["forums", "forums Security Council", "forums G8"],
  access: "everyone",
  lookup: true,
  run: (args, context) => lookupEntity("forum", "forums", args.name, context),
};
