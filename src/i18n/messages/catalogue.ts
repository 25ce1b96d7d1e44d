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
 * What a catalogue says about each command besides messages: its description and each
 * option's, by command name and option name. English descriptions are the registry's own.
 */
export type CommandTexts = Readonly<
  Record<string, { description: string; options?: Readonly<Record<string, string>> }>
>;
