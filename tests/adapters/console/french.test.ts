/**
 * The console and `ct-bot ask` in French: `--lang fr` (or LC_ALL/LANG) answers in French,
 * pages with `suite`/`précédent`, and a French command name answers in French when no locale
 * settles the language; a bad `--lang` is a clear usage error naming the allowed values.
 */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsoleBot } from "../../../adapters/console/console-bot.js";
import { ask } from "../../../app/ask.js";
import { testBot } from "../../helpers/content.js";
import { runCli } from "../../helpers/run-cli.js";

const bot = testBot();

async function collect(run: (output: PassThrough) => Promise<void>): Promise<string> {
  const output = new PassThrough();
  let text = "";
  output.setEncoding("utf8").on("data", (chunk: string) => {
    text += chunk;
  });
  await run(output);
  return text;
}

const converse = (lines: string, language?: "en" | "fr") => {
  const input = new PassThrough();
  input.end(lines);
  return collect((output) =>
    runConsoleBot(bot, {
      input,
      output,
      interactive: false,
      color: false,
      ...(language === undefined ? {} : { language }),
    }),
  );
};

describe("the console in French", () => {
  it("answers in French with --lang fr, quotes verbatim, and pages with suite and précédent", async () => {
    const text = await converse("principles\nrecherche terrorism\nsuite\nsuite\nprécédent\n", "fr");
    expect(text).toContain("Les cinq principes de l’action de la France contre le terrorisme");
    expect(text).toContain("Extraits (en anglais) :");
    const english = await bot.ask("principles");
    for (const item of english.items)
      expect(text).toContain(item.text.split(" ").slice(0, 6).join(" "));
    expect(text).toContain("Résultats de la recherche");
    expect(text).toContain("Page 2 sur 2.");
    expect(text).toContain("Pas d’autre page");
    expect(text).not.toContain("Search results");
  });

  it("answers a French command name in French when no locale is set, English ones in English", async () => {
    const text = await converse("principes\nprinciples\n");
    expect(text).toContain("Les cinq principes");
    expect(text).toContain("The five principles");
  });

  it("keeps English with --lang en, even for a French command name", async () => {
    const text = await converse("principes\n", "en");
    expect(text).toContain("The five principles");
    expect(text).not.toContain("Extrait");
  });

  it("shows our French topic titles and fact headlines, the quotes verbatim in English", async () => {
    const text = await converse("sujets\nsujets principles\nfait\n", "fr");
    expect(text).toContain("Le financement du terrorisme");
    expect(text).toContain("Les principes sur lesquels repose l’action de la France");
    expect(text).not.toContain("The five principles");
    const condemn = bot.content.passageById.get("principle-condemn-terrorism");
    expect(text).toContain(condemn?.text.split(" ").slice(0, 6).join(" "));
    const fact = await bot.ask("fact");
    const [item] = fact.items;
    const shown = bot.content.facts.find((f) => f.quote === item?.text);
    expect(shown?.frenchHeadline).toBeDefined();
    expect(text).toContain(shown?.frenchHeadline);
    // The console wraps lines: compare with spaces folded.
    expect(text.replace(/\s+/gu, " ")).toContain(`“${shown?.quote}”`);
  });

  it("answers an empty line of ct-bot ask in French", async () => {
    const input = new PassThrough();
    input.end("\n");
    const text = await collect((output) => ask(bot, undefined, false, input, output, "fr"));
    expect(text).toContain("Ligne vide");
  });
});

describe("ct-bot ask --lang", () => {
  it("answers in French with --lang fr", async () => {
    const run = await runCli(["ask", "--lang", "fr", "aide"], { env: { LANG: "C", LC_ALL: "" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ct-bot : la doctrine antiterroriste de la France");
    expect(run.stdout).toContain("principes");
  });

  it("lists the topics with their French titles with --lang fr", async () => {
    const run = await runCli(["ask", "--lang", "fr", "sujets"], { env: { LANG: "C", LC_ALL: "" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Les cinq principes");
    expect(run.stdout).toContain("La coalition internationale contre Daech");
    expect(run.stdout).not.toContain("The global coalition against Daesh");
  });

  it("takes French from LANG when --lang is not given, and --lang en overrides it", async () => {
    const env = { LANG: "fr_FR.UTF-8", LC_ALL: "" };
    expect((await runCli(["ask", "sources"], { env })).stdout).toContain(
      "Cherchez dans l’une d’elles",
    );
    expect((await runCli(["ask", "--lang", "en", "sources"], { env })).stdout).toContain(
      "Search one with",
    );
  });

  it("says in French that this is the console bot, when the console runs in French", async () => {
    const run = await runCli(["--lang", "fr"], { stdin: "principes\n", env: { LANG: "C" } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("Aucun jeton Slack ni Discord : voici le bot en console");
    expect(run.stderr).not.toContain("No Slack or Discord tokens set");
  });

  it("takes a locale tag for --lang, as LANG is taken (fr-FR, FR, fr_CA.UTF-8)", async () => {
    const env = { LANG: "C", LC_ALL: "" };
    for (const tag of ["fr-FR", "FR", "fr_CA.UTF-8"]) {
      const run = await runCli(["ask", "--lang", tag, "aide"], { env });
      expect(run.code, tag).toBe(0);
      expect(run.stdout, tag).toContain("ct-bot : la doctrine antiterroriste de la France");
    }
  });

  it("refuses a language it does not speak, naming the ones it does", async () => {
    const run = await runCli(["ask", "--lang", "de", "help"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang "de" is not a language ct-bot speaks: use en or fr');
    expect(run.stdout).toBe("");
  });
});
