/**
 * Dates as source.yaml holds them (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and as citations print
 * them (`March 2013`).
 */

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?/u;

/**
 * The ISO date at the start of `value` (an ISO timestamp, a PDF `D:YYYYMMDD…` date), cut to
 * what it states; undefined when it states no valid date.
 */
export function toIsoDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const match = ISO_PREFIX.exec(value.trim()) ?? PDF_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return year;
  if (month !== undefined && day !== undefined && (Number(day) < 1 || Number(day) > 31))
    return `${year}-${month}`;
  return [year, month, day].filter((part) => part !== undefined).join("-");
}

/** True when `value` is exactly `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and a real date. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/u.test(value)) return false;
  const [year, month = "01", day = "01"] = value.split("-");
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
}

/** The date as printed in citations: `2013`, `March 2013` or `5 March 2013` (English). */
export function dateLabel(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", year: "numeric" };
  if (month !== undefined) options.month = "long";
  if (day !== undefined) options.day = "numeric";
  return new Intl.DateTimeFormat("en-GB", options).format(date);
}
