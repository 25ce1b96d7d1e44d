/**
 * Wall-clock time in an IANA timezone, with daylight saving handled: which local date it is
 * somewhere, and which UTC instant "09:00 in Europe/Paris on a given day" is.
 */

/** A calendar date, e.g. `{ year: 2026, month: 3, day: 29 }`. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A local date and time in some zone, plus the day of the week (1 = Monday … 7 = Sunday). */
export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  weekday: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formats.set(timeZone, format);
  }
  return format;
}

const WEEKDAYS: Readonly<Record<string, number>> = {
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
  Sun: 7,
};

/** Each zone's last answer, by whole second: a tick asks the same second thousands of times. */
const lastAnswer = new Map<string, { second: number; zoned: LocalDateTime & { second: number } }>();

/** The local date and time at `instant` in `timeZone` (Intl costs ~100 µs; one call per zone and second). */
export function toZoned(instant: Date, timeZone: string): LocalDateTime & { second: number } {
  const second = Math.floor(instant.getTime() / 1000);
  const last = lastAnswer.get(timeZone);
  if (last?.second === second) return { ...last.zoned };
  const zoned = formatZoned(instant, timeZone);
  // Bounded like `formats`: one entry per zone ever used.
  lastAnswer.set(timeZone, { second, zoned: { ...zoned } });
  return zoned;
}

function formatZoned(instant: Date, timeZone: string): LocalDateTime & { second: number } {
  const parts: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? ""] ?? 0,
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (Paris in summer: +7,200,000). */
export function offsetAt(instant: number, timeZone: string): number {
  const z = toZoned(new Date(instant), timeZone);
  const asUtc = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The UTC instant of `hour:minute` on `date` in `timeZone`.
 * In the autumn overlap (a time that happens twice) it is the first one; in the spring gap
 * (a time that never happens) it moves forward by the gap, e.g. 02:30 → 03:30.
 */
export function zonedToInstant(
  date: LocalDate,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const before = offsetAt(wall - 86_400_000 / 2, timeZone);
  const after = offsetAt(wall + 86_400_000 / 2, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => {
      const z = toZoned(new Date(instant), timeZone);
      return z.hour === hour && z.minute === minute && z.day === date.day;
    })
    .sort((a, b) => a - b);
  // No candidate: the wall time falls in a spring-forward gap; the old offset lands after it.
  return new Date(candidates[0] ?? wall - before);
}

/** `date` plus `days` days (calendar arithmetic, no zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week of a calendar date, 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** `YYYY-MM-DD`. */
export function formatDate(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
