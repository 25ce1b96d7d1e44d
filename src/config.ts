/**
 * The core's configuration, read once from the environment and validated: logging, the HTTP
 * port, content and data locations, the database. Each platform adapter declares and
 * validates its own variables the same way (adapters/slack/config.ts,
 * adapters/discord/config.ts); the composition root (app/config.ts) reads them all and fails
 * start-up with one message naming every bad variable. Nothing else reads process.env.
 */
import { resolve } from "node:path";
import { z } from "zod";
import { type Language, languageOfLocale } from "./i18n/language.js";

/** The validated core configuration. */
export interface Config {
  logLevel: string;
  /** Whether LOG_LEVEL was set explicitly (the console bot is quiet otherwise). */
  logLevelSet: boolean;
  port: number;
  noColor: boolean;
  /** Content folders; the bundled content/ when unset. */
  contentDirs?: string[];
  dataDir: string;
  databaseUrl?: string;
  /**
   * Where this bot's HTTP server is reached from outside (PUBLIC_URL), an http(s) URL; when
   * set, citations link to the source pages it serves (`PUBLIC_URL/sources/<pack-id>#<passage-id>`).
   */
  publicUrl?: string;
  /** Reload content when its files change (CONTENT_WATCH=1); SIGHUP reloads either way. */
  contentWatch: boolean;
  /**
   * The terminal's language for the console and `ct-bot ask`: LC_ALL when set, else LANG, when
   * ct-bot speaks it (`fr_FR.UTF-8` → `fr`); absent otherwise (`C`, `de_DE`, unset). `--lang`
   * overrides it.
   */
  terminalLanguage?: Language;
}

/** One bad or missing variable. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

/** What a config reader found: the value (when the variables allow one) and every problem. */
export interface ConfigRead<T> {
  value: T;
  problems: ConfigProblem[];
}

/** An optional variable: trimmed, and empty counts as unset. */
export const optionalVar = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

/** An optional http(s) URL variable. */
export const urlVar = optionalVar.pipe(
  z.url({ protocol: /^https?$/u, message: "must be an http(s) URL" }).optional(),
);

/**
 * Parses `env` with `schema`, turning zod issues into {@link ConfigProblem}s named by variable.
 * Returns the parsed variables, or undefined with the problems.
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv,
): { data?: z.infer<S>; problems: ConfigProblem[] } {
  const parsed = schema.safeParse(env);
  if (parsed.success) return { data: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message })),
  };
}

const coreSchema = z.object({
  LOG_LEVEL: optionalVar.pipe(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  ),
  PORT: optionalVar.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/u, "must be a port number")
      .transform(Number)
      .pipe(z.number().max(65535))
      .optional(),
  ),
  NO_COLOR: z.string().optional(),
  LC_ALL: z.string().optional(),
  LANG: z.string().optional(),
  CONTENT_DIR: optionalVar,
  DATA_DIR: optionalVar,
  DATABASE_URL: optionalVar.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//u, "must be a postgres:// URL")
      .optional(),
  ),
  PUBLIC_URL: urlVar,
  CONTENT_WATCH: optionalVar.pipe(z.enum(["0", "1"], { message: "must be 0 or 1" }).optional()),
});

/** Reads the core variables from `env`; see {@link Config}. */
export function readCoreConfig(env: NodeJS.ProcessEnv): ConfigRead<Config | undefined> {
  const { data: e, problems } = parseEnv(coreSchema, env);
  if (e === undefined) return { value: undefined, problems };
  const contentDirs = contentDirsOf(e.CONTENT_DIR);
  return {
    value: {
      logLevel: e.LOG_LEVEL ?? "info",
      logLevelSet: e.LOG_LEVEL !== undefined,
      port: e.PORT ?? 3000,
      noColor: e.NO_COLOR !== undefined && e.NO_COLOR !== "",
      ...(contentDirs === undefined ? {} : { contentDirs }),
      dataDir: resolve(e.DATA_DIR ?? "data"),
      ...defined({ databaseUrl: e.DATABASE_URL, publicUrl: e.PUBLIC_URL }),
      contentWatch: e.CONTENT_WATCH === "1",
      ...terminalLanguageOf(e.LC_ALL, e.LANG),
    },
    problems,
  };
}

/**
 * The content folders a CONTENT_DIR value names: comma-separated, each trimmed and resolved
 * against the working directory; undefined when the value is unset or blank (the bundled
 * content/ then). The bot and `ct-bot content check` both read CONTENT_DIR through this.
 *
 * @example
 * contentDirsOf("content, /srv/packs"); // ["/app/content", "/srv/packs"]
 */
export function contentDirsOf(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  return value
    .trim()
    .split(",")
    .map((dir) => resolve(dir.trim()));
}

/** `{ terminalLanguage }` from LC_ALL (when set and not empty), else LANG; `{}` when unknown. */
function terminalLanguageOf(
  lcAll: string | undefined,
  lang: string | undefined,
): { terminalLanguage?: Language } {
  const locale = lcAll !== undefined && lcAll !== "" ? lcAll : lang;
  const language = languageOfLocale(locale);
  return language === undefined ? {} : { terminalLanguage: language };
}

/** Drops the undefined values of `record` (exactOptionalPropertyTypes forbids them). */
export function defined<T extends Record<string, string | undefined>>(
  record: T,
): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: string;
  };
}
