/**
 * `/ct daily on|off|status|preview` against the store: who may, whether the bot can post,
 * the confirmation card, and what status says.
 */
import { randomBytes } from "node:crypto";
import type { Content } from "../content/types.js";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import { type Answer, listAnswer, noticeAnswer } from "../replies/answers.js";
import { factAnswer } from "../replies/fact-card.js";
import { copyReply, type Reply } from "../replies/reply.js";
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
import { formatLocal } from "./format-local.js";
import type { DailyAccess } from "./port.js";
import { factsLeft, nextFact } from "./rotation.js";
import { localDateAt, nextPostSlot } from "./schedule.js";

/** The daily command's logic, shared by every platform. */
export interface DailyService {
  /**
   * Answers one `daily` request. `example` shows command text (e.g. `daily on`) in the
   * caller's platform syntax, for the hints in the answer (the command context's `example`);
   * the answer is written in `language` (English by default).
   */
  run(
    args: DailyArgs,
    access: DailyAccess,
    example: (text: string) => string,
    language?: Language,
  ): Promise<Answer>;
}

/** Creates the service over a store. */
export function createDailyService(deps: {
  store: DailyStore;
  content: Content;
  clock: Clock;
}): DailyService {
  const { store, content, clock } = deps;
  const factIds = () => content.facts.map((f) => f.id);

  const describeWhen = (s: Pick<Subscription, "time" | "timeZone" | "days">, tr: Translator) =>
    tr.t("daily.when", { time: s.time, zone: s.timeZone, days: s.days });
  const latestDelivery = async (id: string): Promise<Delivery | undefined> =>
    (await store.listDeliveries(id, 1))[0];
  /** When the next post goes out, from the schedule and what was already delivered. */
  const nextPostLabel = (s: Subscription, latest: Delivery | undefined, tr: Translator) => {
    const schedule = { time: s.time, timeZone: s.timeZone, days: s.days };
    const now = clock.now();
    const { t, language } = tr;
    if (latest?.localDate === localDateAt(schedule, now) && latest.state === "claimed")
      return t("daily.due", { at: formatLocal(latest.claimedAt, s.timeZone, language) });
    if (latest?.localDate === localDateAt(schedule, now) && latest.state === "sending")
      return t("daily.sending");
    return formatLocal(nextPostSlot(schedule, now, latest?.localDate).at, s.timeZone, language);
  };
  const lastProblem = async (s: Subscription, { t, language }: Translator) => {
    const problem = (await store.listDeliveries(s.id, 14)).find(
      (d) => d.state === "failed" || d.state === "unknown",
    );
    if (!problem) return [];
    return [
      {
        label: t("daily.lastProblem"),
        detail: t("daily.lastProblem.detail", {
          at: formatLocal(problem.updatedAt, s.timeZone, language),
          state: problem.state,
          error: problem.error ?? t("daily.lastProblem.noReason"),
        }),
      },
    ];
  };

  const on = async (
    args: DailyArgs,
    access: DailyAccess,
    existing: Subscription | undefined,
    target: NonNullable<DailyAccess["target"]>,
    example: (text: string) => string,
    tr: Translator,
  ) => {
    const { t } = tr;
    const allowed = await access.canManage(existing);
    if (!allowed.ok)
      return noticeAnswer(t("daily.notAllowed.title"), [
        t("daily.notAllowed.on", { who: allowed.who }),
      ]);
    const check = await access.checkChannel();
    if (!check.ok)
      return noticeAnswer(t("daily.cannotPost.title"), [
        check.problem,
        t("daily.cannotPost.fix", { fix: check.fix, example: example("daily on") }),
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
    // The card's language: asked for, else kept, else the channel's default (guild locale,
    // Slack workspace default); none of those: the poster's default at post time.
    const language =
      (args.lang as Language | undefined) ?? existing?.language ?? access.channelLanguage;
    if (language !== undefined) subscription.language = language;
    const when = describeWhen(subscription, tr);
    const first = nextPostLabel(subscription, latest, tr);
    // Saved first: nothing is announced in the channel that the store did not keep.
    try {
      await store.saveSubscription(subscription);
    } catch {
      return noticeAnswer(t("daily.notOn.title"), [t("daily.notOn.intro")]);
    }
    const verb = existing?.active && !existing.pausedReason ? "updated" : existing ? "back" : "on";
    // The card is posted in the channel: in the subscription's language, not the caller's.
    const card = createTranslator(language ?? DEFAULT_LANGUAGE);
    const confirmation = await access.confirm(
      confirmationCard(
        describeWhen(subscription, card),
        nextPostLabel(subscription, latest, card),
        language ?? DEFAULT_LANGUAGE,
      ),
    );
    const lines = [t("daily.on.when", { when }), t("daily.on.next", { at: first })];
    if (confirmation.kind !== "sent") {
      const why = confirmation.kind === "permanent" ? confirmation.fix : t("daily.tryAgain");
      lines.push(t("daily.on.confirmFailed", { fix: why }));
    }
    return noticeAnswer(t("daily.on.title", { verb }), lines);
  };

  return {
    async run(args, access, example, language = DEFAULT_LANGUAGE) {
      const tr = createTranslator(language);
      const { t } = tr;
      const target = access.target;
      if (target === undefined)
        return noticeAnswer(t("daily.needChannel.title"), [t("daily.needChannel.intro")]);
      const existing = await store.getSubscription(
        subscriptionId(access.platform, target.workspaceId, target.channelId),
      );
      switch (args.action) {
        case "on":
          return on(args, access, existing, target, example, tr);
        case "off": {
          if (!existing?.active)
            return noticeAnswer(t("daily.alreadyOff.title"), [t("daily.alreadyOff.intro")]);
          const allowed = await access.canManage(existing);
          if (!allowed.ok)
            return noticeAnswer(t("daily.notAllowed.title"), [
              t("daily.notAllowed.off", { who: allowed.who }),
            ]);
          try {
            await store.saveSubscription({
              ...existing,
              active: false,
              nextPostAt: null,
              updatedAt: clock.now(),
            });
          } catch {
            return noticeAnswer(t("daily.stillOn.title"), [t("daily.stillOn.intro")]);
          }
          return noticeAnswer(t("daily.off.title"), [
            t("daily.off.intro", { example: example("daily on") }),
          ]);
        }
        case "status": {
          if (!existing?.active)
            return noticeAnswer(t("daily.off.title"), [
              t("daily.status.off", { example: example("daily on") }),
            ]);
          const left = factsLeft(content.facts.length, existing);
          const latest = await latestDelivery(existing.id);
          const state = existing.pausedReason
            ? t("daily.paused", {
                reason: existing.pausedReason.replaceAll("_", " "),
                fix: existing.pausedFix ?? t("daily.paused.checkAccess"),
                example: example("daily on"),
              })
            : t("daily.running");
          const cardLanguage = existing.language ?? access.channelLanguage;
          return listAnswer(t("daily.status.title"), [
            { label: t("daily.status.when"), detail: describeWhen(existing, tr) },
            {
              label: t("daily.status.next"),
              detail: existing.pausedReason
                ? t("daily.status.noneWhilePaused")
                : nextPostLabel(existing, latest, tr),
            },
            {
              label: t("daily.status.left"),
              detail: t("daily.status.leftDetail", { left, total: content.facts.length }),
            },
            { label: t("daily.status.state"), detail: state },
            {
              label: t("daily.status.language"),
              detail: tr.languageName(cardLanguage ?? DEFAULT_LANGUAGE),
            },
            ...(await lastProblem(existing, tr)),
          ]);
        }
        default: {
          const state = existing ?? { seed: "preview", cycle: 0, position: 0, cycleSize: 0 };
          const next = nextFact(factIds(), state)?.factId;
          const fact = content.factById.get(next ?? "");
          if (!fact) return noticeAnswer(t("fact.none.title"), [t("daily.noFacts")]);
          const answer = factAnswer(
            content,
            fact,
            existing?.active ? t("daily.preview.next") : t("daily.preview.sample"),
            t,
            language,
          );
          answer.shareable = false;
          return answer;
        }
      }
    },
  };
}

/** The card posted in the channel when daily facts are turned on. */
function confirmationCard(when: string, first: string, language: Language): Reply {
  const { t } = createTranslator(language);
  const reply = toReply(
    noticeAnswer(t("daily.card.title"), [
      t("daily.card.when", { when }),
      t("daily.card.first", { at: first }),
    ]),
    "daily status",
    1,
    language,
  );
  return language === DEFAULT_LANGUAGE ? reply : copyReply(reply, { language });
}
