export interface DayMonthYear {
  day: string;
  month: string;
  year: string;
}

/** The three fields as an ISO date, or null while they do not make a real date. */
export function toIsoDate({ day, month, year }: DayMonthYear): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!Number.isInteger(d) || !Number.isInteger(m) || !/^\d{4}$/.test(year.trim())) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export function fromIsoDate(iso: string): DayMonthYear {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}
