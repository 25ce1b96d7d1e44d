/**
 * `partners [name]`: the partners the document names, or what it says about one.
 */
import type { CommandDefinition } from "./command.js";
import { lookupEntity } from "./lookup-entity.js";

export const partnersCommand: CommandDefinition = {
  name: "partners",
  names: { fr: "partenaires" },
  description: "France's counter-terrorism partners, or what the document says about one",
  usage: "partners [name]",
  options: [
    {
      name: "name",
      names: { fr: "nom" },
      description: "A partner, e.g. India, UN, GCTF",
      required: false,
      autocomplete: "partners",
      maxLength: 100,
    },
  ],
  examples: ["partners", "partners India", "partners GCTF"],
  access: "everyone",
  lookup: true,
  run: (args, context) => lookupEntity("partner", "partners", args.name, context),
};
