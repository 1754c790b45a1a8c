import type { Schemas } from '@/lib/api/client';

export type Me = Schemas['MeResponse'];

export interface Section {
  to: string;
  label: string;
}

const leadRoles = new Set(['ProgrammeLead', 'Admin']);
const pcnRoles = new Set(['ClinicalDirector', 'PracticeManager', 'PcnBoard', 'SupportPerson']);

function has(me: Me, roles: ReadonlySet<string>): boolean {
  return me.roles.some((r) => roles.has(r.role));
}

/**
 * The parts of PcnFlow a person works in: programme leads (and admins) design programmes and watch the
 * dashboard, and approve sign-offs in their inbox; PCN staff work through their inbox.
 */
export function sectionsFor(me: Me): Section[] {
  const sections: Section[] = [];
  // Leads approve sign-offs, which reach them in the inbox.
  if (has(me, pcnRoles) || has(me, leadRoles)) sections.push({ to: '/inbox', label: 'Inbox' });
  if (has(me, leadRoles)) sections.push({ to: '/dashboard', label: 'Dashboard' }, { to: '/designer', label: 'Designer' });
  return sections;
}

/**
 * Whether a person may open the pages under SECTION (e.g. "/designer"): the same rule as the menu, so the guard
 * never hides a page the menu offers, nor shows one the menu leaves out.
 */
export function mayOpen(me: Me, section: string): boolean {
  return sectionsFor(me).some((s) => s.to === section);
}

/** Where `/` takes a person: the first of their sections, or null when they have no role yet. */
export function homeFor(me: Me): string | null {
  if (has(me, leadRoles)) return '/dashboard';
  return sectionsFor(me)[0]?.to ?? null;
}
