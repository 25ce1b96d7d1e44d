/**
 * The language each Slack user reads, from their locale (users.info with `include_locale`),
 * remembered in a bounded cache with a time to live so a busy workspace costs one lookup per
 * person per hour, and a changed locale is picked up within the hour.
 */
import type { App } from "@slack/bolt";
import { LRUCache } from "lru-cache";
import { type Language, languageOfLocale } from "../../../src/i18n/language.js";
import type { Logger } from "../../../src/runtime/logger.js";

/** People remembered at most (about 100 bytes each). */
export const USER_LANGUAGES_MAX = 10_000;
/** How long a person's language is trusted before users.info is asked again: one hour. */
export const USER_LANGUAGE_TTL_MS = 60 * 60 * 1000;
/**
 * How long a failed lookup answers the fallback before users.info is tried again: five
 * minutes, so an install without users:read, or a rate-limited workspace, costs one call per
 * person per five minutes, not one per command.
 */
export const USER_LANGUAGE_FAILURE_TTL_MS = 5 * 60 * 1000;
/**
 * How long a reply waits for users.info: 1.5 s. The Web API client retries network errors
 * and waits out rate limits for minutes; the reply goes out in the fallback language instead.
 */
export const USER_LANGUAGE_WAIT_MS = 1500;

/** Finds the language of a Slack user. */
export interface UserLanguages {
  /**
   * The language of `userId` in `teamId` read through `client` (users.info, `include_locale`),
   * or `fallback` when Slack gives no locale ct-bot speaks or the lookup fails. Never throws.
   */
  of(
    client: SlackClient,
    teamId: string | undefined,
    userId: string,
    fallback: Language,
  ): Promise<Language>;
}

/** Bolt's Web API client (the one a listener gets, authorized for its workspace). */
export type SlackClient = App["client"];

/**
 * Creates the cache. A failed or slow lookup (missing scope, rate limit, network) answers
 * `fallback` and is remembered for {@link USER_LANGUAGE_FAILURE_TTL_MS}: the reply must not
 * wait long on, or fail with, a language lookup.
 *
 * @example
 * const languages = createUserLanguages(logger);
 * const language = await languages.of(client, command.team_id, command.user_id, "en");
 */
export function createUserLanguages(
  logger: Logger,
  options: { max?: number; ttlMs?: number; failureTtlMs?: number; waitMs?: number } = {},
): UserLanguages {
  // The cached value is the locale's language, or null when Slack gave none ct-bot speaks.
  const cache = new LRUCache<string, { language: Language | null }>({
    max: options.max ?? USER_LANGUAGES_MAX,
    ttl: options.ttlMs ?? USER_LANGUAGE_TTL_MS,
  });
  return {
    async of(client, teamId, userId, fallback) {
      const key = `${teamId ?? ""}:${userId}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached.language ?? fallback;
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error("users.info did not answer in time")),
          options.waitMs ?? USER_LANGUAGE_WAIT_MS,
        );
        timer.unref();
      });
      try {
        const info = await Promise.race([
          client.users.info({ user: userId, include_locale: true }),
          waited,
        ]);
        const language = languageOfLocale(info.user?.locale) ?? null;
        cache.set(key, { language });
        return language ?? fallback;
      } catch (error) {
        logger.warn({ err: error, platform: "slack" }, "could not read a Slack user's locale");
        cache.set(
          key,
          { language: null },
          { ttl: options.failureTtlMs ?? USER_LANGUAGE_FAILURE_TTL_MS },
        );
        return fallback;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
