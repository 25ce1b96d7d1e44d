/**
 * Every message catalogue, by language. English is the reference: its keys are the
 * {@link MessageKey}s and every other catalogue must have them all (the type checks it, and
 * tests/i18n/catalogues.test.ts formats every message of every catalogue).
 * Adding a language: one catalogue file here, and the language in LANGUAGES.
 */
import type { Language } from "../language.js";
import type { Catalogue, CommandTexts } from "./catalogue.js";
import { en } from "./en.js";
import { fr, frCommands } from "./fr.js";

export type { Catalogue, CommandTexts, MessageKey } from "./catalogue.js";

/** The catalogues by language. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr };

/**
 * Command and option descriptions by language, for languages other than English (English
 * descriptions live in the command registry, next to each command).
 */
export const COMMAND_TEXTS: Readonly<Partial<Record<Language, CommandTexts>>> = {
  fr: frCommands,
};
