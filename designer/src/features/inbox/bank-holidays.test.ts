import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankHolidays, bankHolidaysCoveredFrom, bankHolidaysCoveredTo } from './bank-holidays';

interface EngineHolidays {
  coveredFrom: string;
  coveredTo: string;
  holidays: { date: string }[];
}

const engineFile = resolve(import.meta.dirname, '../../../../src/PcnFlow.Engine/Calendar/england-and-wales-bank-holidays.json');

describe('bank holidays', () => {
  it('are the same dates the engine schedules with', () => {
    const engine = JSON.parse(readFileSync(engineFile, 'utf8')) as EngineHolidays;

    expect([...bankHolidays].sort()).toEqual(engine.holidays.map((h) => h.date).sort());
    expect([bankHolidaysCoveredFrom, bankHolidaysCoveredTo]).toEqual([engine.coveredFrom, engine.coveredTo]);
  });
});
