import { bankHolidays } from './bank-holidays';

/** A calendar date as the API writes it: `yyyy-MM-dd`, a London date. */
export type IsoDate = string;

const msPerDay = 86_400_000;

/** Days since 1970-01-01 for a `yyyy-MM-dd` date, so dates can be compared and counted without time zones. */
export function dayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / msPerDay;
}

// Day 0, 1 January 1970, was a Thursday (3 when Monday is 0). Counting works on day numbers because the inbox
// words 200 due dates at once, and making a date string per day counted was most of its scripting time.
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;
const holidayDays = new Set([...bankHolidays].map(dayNumber));
const isWorkingDayNumber = (day: number) => weekdayOf(day) < 5 && !holidayDays.has(day);

/** 0 for Monday to 6 for Sunday. */
export function weekday(date: IsoDate): number {
  return weekdayOf(dayNumber(date));
}

/** Monday to Friday, less England and Wales bank holidays: the engine's definition. */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

/** The working days after `from` up to and including `to`; so Monday to Thursday is 3. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  const last = dayNumber(to);
  for (let day = dayNumber(from) + 1; day <= last; day++) {
    if (isWorkingDayNumber(day)) count++;
  }
  return count;
}

/** Today's date in London, where practices work, whatever the browser's time zone. */
export function londonToday(now: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayName(date: IsoDate): string {
  return weekdayNames[weekday(date)] ?? '';
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Thursday 26 November 2026", the NHS.UK style for dates. */
export function longDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${weekdayName(date)} ${String(day)} ${monthNames[(month ?? 1) - 1] ?? ''} ${String(year)}`;
}
