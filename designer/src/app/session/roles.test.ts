import { describe, expect, it } from 'vitest';
import { me } from '../testing/fake-server';
import { safeReturnTo } from '../sign-in/sign-in-messages';
import { homeFor, sectionsFor } from './roles';

describe('roles', () => {
  it('gives PCN staff the inbox and leads the dashboard and designer', () => {
    expect(sectionsFor(me('Pat', 'PracticeManager')).map((s) => s.to)).toEqual(['/inbox']);
    expect(sectionsFor(me('Morgan', 'SupportPerson')).map((s) => s.to)).toEqual(['/inbox']);
    expect(sectionsFor(me('Admin', 'Admin')).map((s) => s.to)).toEqual(['/inbox', '/dashboard', '/designer']);
    expect(sectionsFor(me('Both', 'ClinicalDirector', 'ProgrammeLead')).map((s) => s.to)).toEqual(['/inbox', '/dashboard', '/designer']);
  });

  it('sends leads home to the dashboard, staff to the inbox, and no one without a role anywhere', () => {
    expect(homeFor(me('Both', 'ClinicalDirector', 'ProgrammeLead'))).toBe('/dashboard');
    expect(homeFor(me('Board', 'PcnBoard'))).toBe('/inbox');
    expect(homeFor(me('Nobody'))).toBeNull();
  });

  it('returns only to pages of this site after sign-in', () => {
    expect(safeReturnTo('/inbox/tasks/1?x=2')).toBe('/inbox/tasks/1?x=2');
    expect(safeReturnTo('//evil.example/')).toBeNull();
    expect(safeReturnTo('https://evil.example/')).toBeNull();
    expect(safeReturnTo('/sign-in')).toBeNull();
    expect(safeReturnTo(null)).toBeNull();
  });
});
