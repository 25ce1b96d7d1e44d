/**
 * A post's local time as people read it, in their language: "Sat 28 Nov 2026, 09:00
 * (Europe/Paris)" in English, through `Intl.DateTimeFormat` in the others.
 */
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language.js";
import { toZoned } from "./zoned-time.js";

/**
 * "Sat 28 Nov 2026, 09:00 (Europe/Paris)" in English; in other languages the same parts through
 * `Intl.DateTimeFormat` ("sam. 28 nov. 2026, 09:00 (Europe/Paris)").
 */
export function formatLocal(
  instant: Date,
  timeZone: string,
  language: Language = DEFAULT_LANGUAGE,
): string {
  if (language !== DEFAULT_LANGUAGE) {
    const when = new Intl.DateTimeFormat(language, {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    }).format(instant);
    return `${when} (${timeZone})`;
  }
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
