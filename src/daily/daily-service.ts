/**
 * `/ct daily on|off|status|preview` against the store: who may, whether the bot can post,
 * the confirmation card, and what status says.
 */
import { randomBytes } from "node:crypto";
import type { Content } from "../content/types.js";
import { type Answer, listAnswer, noticeAnswer } from "../replies/answers.js";
import { factAnswer } from "../replies/fact-card.js";
import type { Reply } from "../replies/reply.js";
import { toReply } from "../replies/to-reply.js";
import type { Clock } from "../runtime/clock.js";
import {
  type DailyArgs,
  type DailyDays,
  DEFAULT_DAILY_DAYS,
  DEFAULT_DAILY_TIME,
  DEFAULT_DAILY_TIMEZONE,
} from "./daily-options.js";
import {
  type DailyStore,
  type Delivery,
  type Subscription,
  subscriptionId,
} from "./daily-store.js";
import type { DailyAccess } from "./port.js";
import { factsLeft, nextFact } from "./rotation.js";
import { localDateAt, nextPostSlot } from "./schedule.js";
import { toZoned } from "./zoned-time.js";

/** The daily command's logic, shared by every platform. */
export interface DailyService {
  /**
   * Answers one `daily` request. `example` shows command text (e.g. `daily on`) in the
   * caller's platform syntax, for the hints in the answer (the command context's `example`).
   */
  run(args: DailyArgs, access: DailyAccess, example: (text: string) => string): Promise<Answer>;
}

const DAYS_LABEL: Readonly<Record<DailyDays, string>> = {
  everyday: "every day",
  weekdays: "on weekdays (Monday to Friday)",
};

/** Creates the service over a store. */
export function createDailyService(deps: {
  store: DailyStore;
  content: Content;
  clock: Clock;
}): DailyService {
  const { store, content, clock } = deps;
  const factIds = () => content.facts.map((f) => f.id);

  const describeWhen = (s: Pick<Subscription, "time" | "timeZone" | "days">) =>
    `${s.time} ${s.timeZone}, ${DAYS_LABEL[s.days]}`;
  const latestDelivery = async (id: string): Promise<Delivery | undefined> =>
    (await store.listDeliveries(id, 1))[0];
  /** When the next post goes out, from the schedule and what was already delivered. */
  const nextPostLabel = (s: Subscription, latest: Delivery | undefined) => {
    const schedule = { time: s.time, timeZone: s.timeZone, days: s.days };
    const now = clock.now();
    if (latest?.localDate === localDateAt(schedule, now) && latest.state === "claimed")
      return `${formatLocal(latest.claimedAt, s.timeZone)}, due and waiting to be sent`;
    if (latest?.localDate === localDateAt(schedule, now) && latest.state === "sending")
      return "being sent now";
    return formatLocal(nextPostSlot(schedule, now, latest?.localDate).at, s.timeZone);
  };
  const lastProblem = async (s: Subscription) => {
    const problem = (await store.listDeliveries(s.id, 14)).find(
      (d) => d.state === "failed" || d.state === "unknown",
    );
    if (!problem) return [];
    const what =
      problem.state === "unknown"
        ? "outcome unknown, not retried so as never to post twice"
        : "failed";
    return [
      {
        label: "Last problem",
        detail: `${formatLocal(problem.updatedAt, s.timeZone)}: ${what} (${problem.error ?? "no reason recorded"})`,
      },
    ];
  };

  const on = async (
    args: DailyArgs,
    access: DailyAccess,
    existing: Subscription | undefined,
    target: NonNullable<DailyAccess["target"]>,
    example: (text: string) => string,
  ) => {
    const allowed = await access.canManage(existing);
    if (!allowed.ok)
      return noticeAnswer("Not allowed", [
        `Only ${allowed.who} can set up daily posts in this channel.`,
      ]);
    const check = await access.checkChannel();
    if (!check.ok)
      return noticeAnswer("I can't post in this channel yet", [
        check.problem,
        `To fix it: ${check.fix}. Then run ${example("daily on")} again.`,
      ]);

    const now = clock.now();
    const latest = existing ? await latestDelivery(existing.id) : undefined;
    const time = args.time ?? existing?.time ?? DEFAULT_DAILY_TIME;
    const timeZone = args.timezone ?? existing?.timeZone ?? DEFAULT_DAILY_TIMEZONE;
    const days = (args.days as DailyDays | undefined) ?? existing?.days ?? DEFAULT_DAILY_DAYS;
    const subscription: Subscription = {
      id: subscriptionId(access.platform, target.workspaceId, target.channelId),
      platform: access.platform,
      workspaceId: target.workspaceId,
      channelId: target.channelId,
      time,
      timeZone,
      days,
      active: true,
      createdBy: existing?.createdBy ?? access.userId,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      nextPostAt: nextPostSlot({ time, timeZone, days }, now, latest?.localDate).at,
      // Turning it on again resumes a paused subscription; the rotation carries on.
      pausedReason: null,
      pausedFix: null,
      failureCount: 0,
      lastError: null,
      seed: existing?.seed ?? randomBytes(8).toString("hex"),
      cycle: existing?.cycle ?? 0,
      position: existing?.position ?? 0,
      cycleSize: existing?.cycleSize ?? 0,
    };
    const when = describeWhen(subscription);
    const first = nextPostLabel(subscription, latest);
    // Saved first: nothing is announced in the channel that the store did not keep.
    try {
      await store.saveSubscription(subscription);
    } catch {
      return noticeAnswer("Daily facts are not on", [
        "The bot could not save this channel's subscription (its storage is not accepting writes). Nothing changed; try again in a few minutes.",
      ]);
    }
    const verb =
      existing?.active && !existing.pausedReason ? "updated" : existing ? "back on" : "on";
    const confirmation = await access.confirm(confirmationCard(when, first));
    const lines = [`This channel gets one cited fact a day at ${when}.`, `Next post: ${first}.`];
    if (confirmation.kind !== "sent") {
      const why = confirmation.kind === "permanent" ? confirmation.fix : "try again in a moment";
      lines.push(
        `The confirmation card could not be posted in the channel; the subscription is saved all the same. To fix it: ${why}. Turn it off with daily off.`,
      );
    }
    return noticeAnswer(`Daily facts are ${verb}`, lines);
  };

  return {
    async run(args, access, example) {
      const target = access.target;
      if (target === undefined)
        return noticeAnswer("Daily posts need a channel", [
          "Daily facts post in a channel, not in direct messages.",
        ]);
      const existing = await store.getSubscription(
        subscriptionId(access.platform, target.workspaceId, target.channelId),
      );
      switch (args.action) {
        case "on":
          return on(args, access, existing, target, example);
        case "off": {
          if (!existing?.active)
            return noticeAnswer("Daily facts are already off", [
              "This channel has no daily facts to stop.",
            ]);
          const allowed = await access.canManage(existing);
          if (!allowed.ok)
            return noticeAnswer("Not allowed", [
              `Only ${allowed.who} can turn daily posts off here.`,
            ]);
          try {
            await store.saveSubscription({
              ...existing,
              active: false,
              nextPostAt: null,
              updatedAt: clock.now(),
            });
          } catch {
            return noticeAnswer("Daily facts are still on", [
              "The bot could not save the change (its storage is not accepting writes). Try again in a few minutes.",
            ]);
          }
          return noticeAnswer("Daily facts are off", [
            `No more daily posts in this channel. Turn them back on any time with ${example("daily on")}.`,
          ]);
        }
        case "status": {
          if (!existing?.active)
            return noticeAnswer("Daily facts are off", [
              `Turn them on for this channel with ${example("daily on")}.`,
            ]);
          const left = factsLeft(content.facts.length, existing);
          const latest = await latestDelivery(existing.id);
          const state = existing.pausedReason
            ? `Paused: ${existing.pausedReason.replaceAll("_", " ")}. To fix it: ${existing.pausedFix ?? "check the bot's access"}, then run ${example("daily on")}.`
            : "Running";
          return listAnswer("Daily facts in this channel", [
            { label: "When", detail: describeWhen(existing) },
            {
              label: "Next post",
              detail: existing.pausedReason ? "none while paused" : nextPostLabel(existing, latest),
            },
            { label: "Facts left in this cycle", detail: `${left} of ${content.facts.length}` },
            { label: "State", detail: state },
            ...(await lastProblem(existing)),
          ]);
        }
        default: {
          const state = existing ?? { seed: "preview", cycle: 0, position: 0, cycleSize: 0 };
          const next = nextFact(factIds(), state)?.factId;
          const fact = content.factById.get(next ?? "");
          if (!fact) return noticeAnswer("No facts", ["The content has no facts to post."]);
          const answer = factAnswer(
            content,
            fact,
            existing?.active
              ? "Next daily fact (only you see this)"
              : "A daily fact would look like this",
          );
          return { ...answer, shareable: false };
        }
      }
    },
  };
}

/** The card posted in the channel when daily facts are turned on. */
function confirmationCard(when: string, first: string): Reply {
  return toReply(
    noticeAnswer("Daily facts are on in this channel", [
      `One cited fact from the source, ${when}.`,
      `First post: ${first}.`,
    ]),
    "daily status",
    1,
  );
}

/** "Sat 28 Nov 2026, 09:00 (Europe/Paris)". */
export function formatLocal(instant: Date, timeZone: string): string {
  const z = toZoned(instant, timeZone);
  const weekday = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][z.weekday];
  const month = [
    "",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ][z.month];
  return `${weekday} ${z.day} ${month} ${z.year}, ${String(z.hour).padStart(2, "0")}:${String(z.minute).padStart(2, "0")} (${timeZone})`;
}
