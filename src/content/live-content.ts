/**
 * A {@link Content} that always reads the current content: each property is looked up on
 * `read()` when accessed. Long-lived parts that were handed content once (the daily service
 * and scheduler) see a reload without being rebuilt.
 */
import type { Content } from "./types.js";

/**
 * A live view over `read()`. Read a property once per use when a consistent snapshot
 * matters: two reads may straddle a reload.
 *
 * @example
 * const content = liveContent(() => bot.content);
 * createDailyService({ store, content, clock });
 */
export function liveContent(read: () => Content): Content {
  return {
    get sources() {
      return read().sources;
    },
    get passages() {
      return read().passages;
    },
    get topics() {
      return read().topics;
    },
    get entities() {
      return read().entities;
    },
    get facts() {
      return read().facts;
    },
    get concepts() {
      return read().concepts;
    },
    get glossary() {
      return read().glossary;
    },
    get sourceById() {
      return read().sourceById;
    },
    get passageById() {
      return read().passageById;
    },
    get topicById() {
      return read().topicById;
    },
    get entityById() {
      return read().entityById;
    },
    get factById() {
      return read().factById;
    },
  };
}
