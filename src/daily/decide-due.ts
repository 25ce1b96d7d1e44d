/**
 * What the scheduler does with a due subscription: post today's fact, or only move on to the
 * next slot. Built once per claim batch: schedule arithmetic (time zones through Intl) is
 * done once per distinct (time, zone, days) rule, and the fact pick is O(1) per subscription.
 */
import type { Content } from "../content/types.js";
import type { ClaimDecision, Subscription } from "./daily-store.js";
import { nextFact } from "./rotation.js";
import { type DailySchedule, dueSlotToday, nextPostSlot, type Slot } from "./schedule.js";

/** The slot due today (if any) and the next post time, for one schedule at one instant. */
interface RuleAtNow {
  slot: Slot | undefined;
  nextPostAt: Date;
}

/** The decision function handed to DailyStore.claimDue, for claims made at `now`. */
export function decideDue(
  content: Content,
  now: Date,
): (subscription: Subscription) => ClaimDecision {
  const factIds = content.facts.map((f) => f.id);
  const rules = new Map<string, RuleAtNow>();
  const ruleAt = (schedule: DailySchedule): RuleAtNow => {
    const key = `${schedule.time}\u0000${schedule.timeZone}\u0000${schedule.days}`;
    let rule = rules.get(key);
    if (!rule) {
      const slot = dueSlotToday(schedule, now);
      // Today's post is being claimed now: the next one is on a later day.
      rule = { slot, nextPostAt: nextPostSlot(schedule, now, slot?.localDate).at };
      rules.set(key, rule);
    }
    return rule;
  };
  return (subscription) => {
    const { slot, nextPostAt } = ruleAt(subscription);
    const pick = slot ? nextFact(factIds, subscription) : undefined;
    if (!slot || !pick) return { deliver: null, nextPostAt };
    return {
      deliver: {
        localDate: slot.localDate,
        factId: pick.factId,
        cycle: pick.cycle,
        position: pick.position,
        cycleSize: pick.cycleSize,
      },
      nextPostAt,
    };
  };
}
