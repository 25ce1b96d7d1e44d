/**
 * The store as the bot sees it while the database may still be unreachable: every call goes
 * to the real store once it is open, and fails with `store_unavailable` until then, so the
 * commands that need no store keep answering and the ones that do say the store is not ready.
 */
import { CtBotError } from "../../src/runtime/errors.js";
import type { Store } from "../../src/store/store.js";

/** The store is not open (yet): the database is unreachable at start-up. */
export class StoreUnavailableError extends CtBotError {
  constructor() {
    super("store_unavailable", "the store is not connected yet; try again in a moment");
  }
}

/** A stand-in store and the way to plug the real one in. */
export interface PendingStore {
  /** Forwards to the real store once attached; rejects with {@link StoreUnavailableError} before. */
  readonly store: Store;
  /** The real store, once attached. */
  readonly current: Store | undefined;
  attach(store: Store): void;
}

/**
 * Creates the stand-in. `kind` is the configured store's, known before it opens.
 *
 * @example
 * const pending = createPendingStore(config.databaseUrl ? "postgres" : "sqlite");
 * createBot({ daily: createDailyService({ store: pending.store, ... }) });
 * pending.attach(await openStore(config));
 */
export function createPendingStore(kind: Store["kind"]): PendingStore {
  let current: Store | undefined;
  const store = new Proxy({ kind } as Store, {
    get(target, property) {
      if (property === "kind") return kind;
      if (current !== undefined) {
        const value = Reflect.get(current, property) as unknown;
        return typeof value === "function" ? value.bind(current) : value;
      }
      if (property === "then") return undefined; // not a thenable
      if (property === "close") return async () => {};
      if (typeof property === "symbol") return Reflect.get(target, property);
      return async () => {
        throw new StoreUnavailableError();
      };
    },
  });
  return {
    store,
    get current() {
      return current;
    },
    attach(real) {
      current = real;
    },
  };
}
