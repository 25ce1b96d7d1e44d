/**
 * Every message catalogue, by language. English is the reference: its keys are the
 * {@link MessageKey}s and every other catalogue must have them all (the type checks it, and
 * tests/i18n/catalogues.test.ts formats every message of every catalogue).
 * Adding a language: one catalogue file here, and the language in LANGUAGES.
 */
import type { Language } from "../language.js";
import { en } from "./en.js";
import { fr, frCommands } from "./fr.js";

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

/** The catalogues by language. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr };

/**
 * Command and option descriptions by language, for languages other than English (English
 * descriptions live in the command registry, next to each command).
 */
export const COMMAND_TEXTS: Readonly<Partial<Record<Language, CommandTexts>>> = {
  fr: frCommands,
};
