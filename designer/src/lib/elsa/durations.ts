export type DurationUnit = 'days' | 'weeks' | 'months';

export interface SimpleDuration {
  amount: number;
  unit: DurationUnit;
  negative: boolean;
}

const isoDuration = /^(-)?P(\d+)([DWM])$/;
const unitLetters: Record<DurationUnit, string> = { days: 'D', weeks: 'W', months: 'M' };

/** Reads the ISO 8601 durations PcnFlow writes (P14D, -P3D, P2W, P1M); anything else is left alone. */
export function parseDuration(text: string): SimpleDuration | null {
  const match = isoDuration.exec(text.trim());
  if (!match) return null;
  const [, sign, amount, letter] = match;
  const unit: DurationUnit = letter === 'W' ? 'weeks' : letter === 'M' ? 'months' : 'days';
  return { amount: Number(amount), unit, negative: sign === '-' };
}

export function formatDuration(duration: SimpleDuration): string {
  const sign = duration.negative && duration.amount !== 0 ? '-' : '';
  return `${sign}P${Math.abs(Math.trunc(duration.amount))}${unitLetters[duration.unit]}`;
}

export function countOf(amount: number, unit: DurationUnit | 'working days'): string {
  const singular = unit.replace(/s$/, '');
  return `${amount} ${amount === 1 ? singular : unit}`;
}
