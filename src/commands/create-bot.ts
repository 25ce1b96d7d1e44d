/**
 * The bot: one entry point for every adapter. It parses, runs the command, pages the answer
 * and never throws: a failure becomes an apology with a reference id, logged with that id.
 */

import type { Content } from "../content/types.js";
import type { DailyService } from "../daily/daily-service.js";
import type { DailyAccess } from "../daily/port.js";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import { cleanInput } from "../input/clean-input.js";
import { excerptNote } from "../replies/fact-card.js";
import { failureReply, newReference } from "../replies/failure-reply.js";
import { copyReply, type Reply } from "../replies/reply.js";
import { toReply } from "../replies/to-reply.js";
import { type Clock, systemClock } from "../runtime/clock.js";
import { type Logger, silentLogger } from "../runtime/logger.js";
import { createSearchIndex, type SearchIndex } from "../search/search-index.js";
import { type Choice, completeOption } from "./autocomplete.js";
import type {
  AutocompleteSource,
  Caller,
  CommandContext,
  CommandDefinition,
  Invocation,
} from "./command.js";
import { formatExample, formatUsage } from "./format-example.js";
import { checkArgs, formatInvocation, localName, parseCommandText } from "./parse-command.js";
import { COMMANDS, findCommand } from "./registry.js";

/** What the bot is built from. Only `content` is required. */
export interface BotOptions {
  content: Content;
  index?: SearchIndex;
  /**
   * Build the search index on first use instead of now. For processes that may answer
   * without searching (the console's `help`, `ct-bot ask "principles"`): building it costs
   * about 90 ms of start-up (WordNet, the lexicon, the index). Servers leave it off, so the
   * index is ready before the first request and a bad index fails start-up.
   */
  deferIndex?: boolean;
  clock?: Clock;
  random?: () => number;
  logger?: Logger;
  commands?: readonly CommandDefinition[];
  /** Daily posts (needs a store); without it `daily` says it is not available. */
  daily?: DailyService;
  /** Told about every reply (metrics). */
  observe?: (event: ReplyEvent) => void;
}

/** What {@link BotOptions.observe} hears about each reply: no user text, only counts. */
export interface ReplyEvent {
  platform: Caller["platform"];
  command: string;
  /** `ok` for an answer, `notice` for "nothing found" or bad input, `error` for a failure. */
  outcome: "ok" | "notice" | "error";
  seconds: number;
  /** A search (explicit or implicit) that found nothing. */
  emptySearch: boolean;
}

/** Which page to show, and for whom. */
export interface AskOptions {
  caller?: Caller;
  /** 1-based; out-of-range pages show the nearest page. */
  page?: number;
  /** The platform's daily-post checks for this request's channel and caller. */
  dailyAccess?: DailyAccess;
}

/** The bot every adapter talks to. */
export interface Bot {
  /** The content answers come from now; {@link Bot.setContent} replaces it. */
  readonly content: Content;
  /** The search index over {@link Bot.content}. */
  readonly index: SearchIndex;
  /**
   * Builds the index over `content`, then swaps content and index in at once: requests
   * already running finish on the old pair, later ones read the new. Throws (and keeps the
   * running pair) when the index cannot be built.
   */
  setContent(content: Content): void;
  readonly commands: readonly CommandDefinition[];
  /** Answers command text such as `/ct partners India` or `financing`. Never throws. */
  ask(text: string, options?: AskOptions): Promise<Reply>;
  /** Runs an invocation built from platform options (Discord). Never throws. */
  run(invocation: Invocation, options?: AskOptions): Promise<Reply>;
  /**
   * Autocomplete choices for an option's source, given what was typed; names in `language`
   * (the person's) where the content has them.
   */
  complete(
    source: AutocompleteSource,
    typed: string,
    limit?: number,
    language?: Language,
  ): Choice[];
}

const CONSOLE: Caller = { platform: "console" };

/**
 * Creates the bot.
 *
 * @example
 * const bot = createBot({ content: loadContent([defaultContentDir()]) });
 * const reply = await bot.ask("principles");
 */
export function createBot(options: BotOptions): Bot {
  // Content and index change together on reload: one reference, read once per request.
  let current: ContentAndIndex = { content: options.content, index: options.index };
  if (options.deferIndex !== true) indexOf(current);
  const commands = options.commands ?? COMMANDS;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const logger = options.logger ?? silentLogger();

  const contextFor = (
    caller: Caller,
    language: Language,
    dailyAccess?: DailyAccess,
  ): CommandContext => {
    const translator = createTranslator(language);
    const pair = current;
    const context = new RequestContext(
      {
        content: pair.content,
        clock,
        random,
        caller,
        language,
        translator,
        t: translator.t,
        commands,
        example: (text) => formatExample(text, caller.platform, commands, language),
        usage: (definition) => formatUsage(definition, caller.platform, language),
      },
      () => indexOf(pair),
    );
    if (options.daily && dailyAccess)
      context.daily = { service: options.daily, access: dailyAccess };
    return context;
  };

  const execute = async (
    definition: CommandDefinition,
    invocation: Invocation,
    notes: string[],
    ask: AskOptions,
    language: Language,
  ): Promise<Reply> => {
    const caller = ask.caller ?? CONSOLE;
    const text = formatInvocation(definition, invocation.args);
    const started = performance.now();
    let reply: Reply;
    try {
      const context = contextFor(caller, language, ask.dailyAccess);
      const answer = await definition.run(invocation.args, context);
      reply = inLanguage(
        toReply({ ...answer, intro: [...notes, ...answer.intro] }, text, ask.page ?? 1, language),
        context,
      );
    } catch (error) {
      const reference = newReference();
      logger.error(
        { err: error, reference, command: definition.name, platform: caller.platform },
        "command failed",
      );
      reply = failureReply(reference, text, language);
    }
    options.observe?.({
      platform: caller.platform,
      command: definition.name,
      outcome: reply.kind === "error" ? "error" : reply.kind === "notice" ? "notice" : "ok",
      seconds: (performance.now() - started) / 1000,
      emptySearch: definition.name === "search" && reply.items.length === 0,
    });
    return reply;
  };

  return {
    get content() {
      return current.content;
    },
    get index() {
      return indexOf(current);
    },
    setContent(content) {
      current = { content, index: createSearchIndex(content) };
    },
    commands,
    async ask(text, ask = {}) {
      const parsed = parseCommandText(text, commands, ask.caller?.language);
      if (!parsed.ok)
        return problemReply(
          parsed.command,
          parsed.problem,
          parsed.notes,
          contextFor(ask.caller ?? CONSOLE, parsed.language),
        );
      const definition = findCommand(parsed.invocation.command, commands);
      if (definition === undefined) throw new Error("parser returned an unknown command");
      return execute(definition, parsed.invocation, parsed.notes, ask, parsed.language);
    },
    async run(invocation, ask = {}) {
      const definition = findCommand(invocation.command, commands);
      if (definition === undefined) return this.ask(invocation.command, ask);
      const language = ask.caller?.language ?? DEFAULT_LANGUAGE;
      const checked = checkArgs(definition, invocation.args, language);
      if (!checked.ok)
        return problemReply(
          definition,
          checked.problem,
          [],
          contextFor(ask.caller ?? CONSOLE, language),
        );
      return execute(
        definition,
        { command: definition.name, args: checked.args },
        checked.notes,
        ask,
        language,
      );
    },
    complete(source, typed, limit, language) {
      try {
        const pair = current;
        return completeOption(
          source,
          cleanInput(typed).text,
          pair.content,
          indexOf(pair),
          limit,
          language,
        );
      } catch (error) {
        // Autocomplete is best effort: an empty list beats an error popup.
        logger.warn({ err: error, source }, "autocomplete failed");
        return [];
      }
    },
  };
}

/** Content with its search index, built on first use when the bot defers it. */
interface ContentAndIndex {
  readonly content: Content;
  index: SearchIndex | undefined;
}

/** The pair's index, built now if it was deferred. */
function indexOf(pair: ContentAndIndex): SearchIndex {
  pair.index ??= createSearchIndex(pair.content);
  return pair.index;
}

/** The reply to arguments that do not parse: what was wrong and how to use the command. */
function problemReply(
  definition: CommandDefinition,
  problem: string,
  notes: string[],
  context: CommandContext,
): Reply {
  const reply: Reply = {
    kind: "notice",
    title: context.t("problem.title", { command: localName(definition, context.language) }),
    intro: [...notes, problem, context.t("problem.usage", { usage: context.usage(definition) })],
    items: [],
    entries: [],
    suggestions: [],
    page: { number: 1, count: 1 },
    actions: [],
    invocation: definition.name,
  };
  return context.language === DEFAULT_LANGUAGE
    ? reply
    : copyReply(reply, { language: context.language });
}

/**
 * Marks a reply as written in the context's language (English replies stay as they were) and,
 * when its excerpts are in another language than the reply, says so before them
 * ("Extrait (en anglais) :"): quotes are never translated.
 */
function inLanguage(reply: Reply, context: CommandContext): Reply {
  const intro = [...reply.intro, ...excerptNote(context.content, reply, context.language)];
  return context.language === DEFAULT_LANGUAGE
    ? copyReply(reply, { intro })
    : copyReply(reply, { intro, language: context.language });
}

/**
 * One request's {@link CommandContext}. A class, so that `index` is one getter on the
 * prototype: a getter made per object (`{ get index() {…} }`) gave each context a hidden class
 * of its own in old space, which kept every command's objects alive through young collections.
 */
class RequestContext implements CommandContext {
  readonly content: Content;
  readonly clock: Clock;
  readonly random: () => number;
  readonly caller: Caller;
  readonly language: Language;
  readonly translator: Translator;
  readonly t: Translator["t"];
  readonly commands: readonly CommandDefinition[];
  readonly example: (text: string) => string;
  readonly usage: (definition: CommandDefinition) => string;
  declare daily?: { service: DailyService; access: DailyAccess };
  readonly #index: () => SearchIndex;

  constructor(fields: Omit<CommandContext, "index" | "daily">, index: () => SearchIndex) {
    this.content = fields.content;
    this.clock = fields.clock;
    this.random = fields.random;
    this.caller = fields.caller;
    this.language = fields.language;
    this.translator = fields.translator;
    this.t = fields.t;
    this.commands = fields.commands;
    this.example = fields.example;
    this.usage = fields.usage;
    this.#index = index;
  }

  /** The search index, built on first read: commands that do not search (help) never build a deferred one. */
  get index(): SearchIndex {
    return this.#index();
  }
}
