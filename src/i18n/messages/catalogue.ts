/**
 * The shape every message catalogue has: the English catalogue's keys, each an ICU message;
 * and the shape of a language's command descriptions. Kept apart from the catalogues' index
 * (catalogues.ts) so a catalogue file can name its type without an import loop.
 */
import type { en } from "./en.js";

/** A message's id, e.g. `help.title`. */
export type MessageKey = keyof typeof en;

/** One language's messages (ICU MessageFormat), every key present. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/**
 * What a catalogue says about each command besides messages, by command name: its
 * description and each option's (by option name); its usage line in text form, written with
 * this language's command, option and choice names (`fait [aujourd’hui|hasard]`); and the
 * examples help shows, written with the registry's (English) names, which replies then show
 * in this language (`search financement` → `recherche financement`). English texts are the
 * registry's own; a missing usage or examples falls back to them.
 */
export type CommandTexts = Readonly<
  Record<
    string,
    {
      description: string;
      options?: Readonly<Record<string, string>>;
      usage?: string;
      examples?: readonly string[];
    }
  >
>;
