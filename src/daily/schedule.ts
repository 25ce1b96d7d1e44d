/**
 * When a subscription posts: its slot on each allowed local day, the next one after a moment,
 * and whether a late post still belongs to today.
 */
import type { DailyDays } from "./daily-options.js";
import {
  addDays,
  formatDate,
  type LocalDate,
  toZoned,
  weekdayOf,
  zonedToInstant,
} from "./zoned-time.js";

/** A subscription's posting rule. */
export interface DailySchedule {
  /** `HH:MM`, local. */
  time: string;
  timeZone: string;
  days: DailyDays;
}

/** One posting slot: the local day and its UTC instant. */
export interface Slot {
  localDate: string;
  at: Date;
}

function postsOn(schedule: DailySchedule, date: LocalDate): boolean {
  return schedule.days === "everyday" || weekdayOf(date) <= 5;
}

function slotOn(schedule: DailySchedule, date: LocalDate): Slot {
  const [hour = 0, minute = 0] = schedule.time.split(":").map(Number);
  return { localDate: formatDate(date), at: zonedToInstant(date, hour, minute, schedule.timeZone) };
}

/** The local date (`YYYY-MM-DD`) at `instant` in the schedule's zone. */
export function localDateAt(schedule: DailySchedule, instant: Date): string {
  return formatDate(toZoned(instant, schedule.timeZone));
}

/** The first slot strictly after `instant`. */
export function nextSlot(schedule: DailySchedule, instant: Date): Slot {
  const today = toZoned(instant, schedule.timeZone);
  // Eight days always reach an allowed day, whatever the rule.
  for (let offset = 0; offset <= 8; offset++) {
    const date = addDays(today, offset);
    if (!postsOn(schedule, date)) continue;
    const slot = slotOn(schedule, date);
    if (slot.at.getTime() > instant.getTime()) return slot;
  }
  throw new Error("no posting day within eight days");
}

/**
 * Today's slot if it has already passed at `instant` (the post is due, maybe late);
 * undefined when today is not a posting day or its time has not come yet. A slot from an
 * earlier day is never returned: a day missed entirely is not back-filled.
 */
export function dueSlotToday(schedule: DailySchedule, instant: Date): Slot | undefined {
  const today = toZoned(instant, schedule.timeZone);
  if (!postsOn(schedule, today)) return undefined;
  const slot = slotOn(schedule, today);
  return slot.at.getTime() <= instant.getTime() ? slot : undefined;
}

/**
 * The next slot a post will really go out at, from the schedule and the delivery history
 * together: the first slot after `instant` whose local day has no delivery yet. `lastDate`
 * is the local date (`YYYY-MM-DD`) of the subscription's latest delivery, whatever its
 * outcome (one delivery per day at most). The confirmation card, `daily status` and the
 * scheduler all use this, so what is promised is what the scheduler will do.
 */
export function nextPostSlot(schedule: DailySchedule, instant: Date, lastDate?: string): Slot {
  let slot = nextSlot(schedule, instant);
  while (lastDate !== undefined && slot.localDate <= lastDate) slot = nextSlot(schedule, slot.at);
  return slot;
}
