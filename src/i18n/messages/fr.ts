import type { Catalogue, CommandTexts } from "./catalogues.js";
import { en } from "./en.js";
export const fr: Catalogue = { ...en };
export const frCommands: CommandTexts = {};
