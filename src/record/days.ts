// Days of a record's TIMEX values as numbers, for the readers of records (the view's timeline, the
// incidents resolver) that count days between dates.
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 (UTC) of a value that starts with YYYY-MM-DD, else null. */
export function dayNumber(value: string | null | undefined): number | null {
  const m = value ? DAY.exec(value) : null;
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** The YYYY-MM-DD of a day number. */
export const dayString = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
