/**
 * A core daily rig: the real daily service and scheduler over a real store, a manual clock,
 * and a channel port that answers as told (the platform edge): what a person sees in
 * `daily on` / `daily status` and which posts go out, without a platform.
 */
import type { DailyArgs } from "../../src/daily/daily-options.js";
import { createDailyService } from "../../src/daily/daily-service.js";
import type { ClaimOwner } from "../../src/daily/daily-store.js";
import type { DailyAccess, DailyPoster, SendResult } from "../../src/daily/port.js";
import { createScheduler, type Scheduler } from "../../src/daily/scheduler.js";
import type { Answer } from "../../src/replies/answers.js";
import type { Reply } from "../../src/replies/reply.js";
import { createManualClock } from "../../src/runtime/clock.js";
import { silentLogger } from "../../src/runtime/logger.js";
import type { Store } from "../../src/store/store.js";
import { bundledContent } from "../helpers/content.js";

/** The content every rig uses (the bundled pack). */
export const content = bundledContent();

/** A manual clock. */
export type ManualClock = ReturnType<typeof createManualClock>;

/** A rig over `store`. */
export function dailyRig(store: Store, at: string) {
  const clock = createManualClock(at);
  const posts: Array<{ channel: string; at: Date }> = [];
  const cards: Reply[] = [];
  let confirmResult: SendResult = { kind: "sent", messageId: "card" };
  const poster: DailyPoster = {
    platform: "slack",
    rateLimit: { requests: 1000, perMs: 1000 },
    async post(target) {
      posts.push({ channel: target.channelId, at: clock.now() });
      return { kind: "sent", messageId: `m${posts.length}` };
    },
  };
  const service = createDailyService({ store, content, clock });
  const access = (channel: string): DailyAccess => ({
    platform: "slack",
    target: { workspaceId: "T1", channelId: channel },
    userId: "U1",
    canManage: async () => ({ ok: true }),
    checkChannel: async () => ({ ok: true }),
    async confirm(card) {
      cards.push(card);
      return confirmResult;
    },
  });
  const scheduler = (owner?: ClaimOwner, isAlive?: (pid: number) => boolean): Scheduler =>
    createScheduler({
      store,
      content,
      clock,
      posters: [poster],
      logger: silentLogger(),
      sleep: async (ms) => clock.advance(ms),
      ...(owner ? { owner } : {}),
      ...(isAlive ? { isAlive } : {}),
    });
  return {
    clock,
    posts,
    cards,
    scheduler,
    /** The next confirmation card gets this answer from the platform. */
    confirmWith(result: SendResult) {
      confirmResult = result;
    },
    /** Runs `daily …` in `channel`; returns the answer flattened to text. */
    async daily(channel: string, args: DailyArgs): Promise<string> {
      return answerText(await service.run(args, access(channel), (text) => `/ct ${text}`));
    },
  };
}

/** Every title, line, label and detail of an answer, one per line. */
export function answerText(answer: Answer): string {
  const lines: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") lines.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") Object.values(value).forEach(visit);
  };
  visit(answer);
  return lines.join("\n");
}
