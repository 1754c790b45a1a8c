import { dayNumber, isWorkingDay, londonToday, weekday, weekdayName, workingDaysBetween, type IsoDate } from './working-days';

/** The due fields every task view from the API carries. */
export interface Due {
  dueDate?: string | null;
  dueAt?: string | null;
  overdue?: boolean;
}

/** The London date a task is due, from its due date or, failing that, its due moment. */
export function dueDay(due: Due): IsoDate | null {
  if (due.dueDate) return due.dueDate;
  return due.dueAt ? londonToday(new Date(due.dueAt)) : null;
}

function plural(count: number, word: string): string {
  return `${String(count)} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The due date in words, as a person would say it: "due today", "due in 3 working days", "overdue by 2 days".
 * Ahead, it counts working days (weekends and bank holidays skipped, as the engine schedules); behind, it counts
 * calendar days, as the programme dashboard does.
 */
export function dueWords(due: Due, today: IsoDate): string {
  const day = dueDay(due);
  if (day === null) return 'no due date';
  const ahead = dayNumber(day) - dayNumber(today);
  if (ahead < 0) return `overdue by ${plural(-ahead, 'day')}`;
  if (due.overdue) return ahead === 0 ? 'overdue: it was due earlier today' : 'overdue';
  if (ahead === 0) return 'due today';
  if (ahead === 1) return 'due tomorrow';
  // Counting working days up to a weekend or bank holiday would name the wrong day, so name the day itself.
  if (!isWorkingDay(day)) return `due on ${weekdayName(day)}`;
  return `due in ${plural(workingDaysBetween(today, day), 'working day')}`;
}

/** True when the task is late: the server says so, or its day has passed in London. */
export function isOverdue(due: Due, today: IsoDate): boolean {
  const day = dueDay(due);
  return due.overdue || (day !== null && dayNumber(day) < dayNumber(today));
}

/** The Sunday that ends the week (Monday to Sunday) that `today` is in. */
export function endOfWeek(today: IsoDate): number {
  return dayNumber(today) + 6 - weekday(today);
}
