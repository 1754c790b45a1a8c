import { api, unwrap, type Schemas } from '@/lib/api/client';

export type IcsDashboard = Schemas['IcsDashboard'];
export type DashboardRow = Schemas['DashboardRow'];
export type DashboardCell = Schemas['DashboardCell'];
export type CellStatus = Schemas['CellStatus'];
export type OverdueTask = Schemas['OverdueTask'];
export type DashboardProgress = Schemas['DashboardProgress'];
export type ProgressWeek = Schemas['ProgressWeek'];
export type InstanceDetail = Schemas['InstanceDetail'];
export type JournalLine = Schemas['JournalLine'];

/** An ICS the signed-in person leads (or, for an admin, any ICS they can see). */
export interface LeadIcs {
  id: string;
  name: string;
}

/** The ICSs whose dashboard the signed-in person may open: those they lead, or every ICS for an admin. */
export async function loadLeadIcs(): Promise<LeadIcs[]> {
  const me = await unwrap(api.GET('/api/auth/me'));
  const led = me.roles
    .filter((r) => r.role === 'ProgrammeLead' && r.organisationKind === 'Ics' && r.organisationId)
    .map((r) => ({ id: r.organisationId ?? '', name: r.organisationName ?? 'Your ICS' }));
  if (led.length > 0 || !me.roles.some((r) => r.role === 'Admin')) return led;
  const all = await unwrap(api.GET('/api/organisations', { params: { query: { kind: 'Ics', pageSize: 200 } } }));
  return all.items.map((o) => ({ id: o.id, name: o.name }));
}

export function loadDashboard(icsId: string): Promise<IcsDashboard> {
  return unwrap(api.GET('/api/dashboard', { params: { query: { icsId } } }));
}

export function loadProgress(icsId: string, weeks = 12): Promise<DashboardProgress> {
  return unwrap(api.GET('/api/dashboard/{icsId}/progress', { params: { path: { icsId }, query: { weeks } } }));
}

export function loadInstance(id: string): Promise<InstanceDetail> {
  return unwrap(api.GET('/api/workflow-instances/{id}', { params: { path: { id } } }));
}

/** The exact version an instance runs (name and Elsa JSON), so the diagram matches what it is doing. */
export async function loadDefinitionVersion(definitionId: string, version: number): Promise<{ name: string; definition: unknown }> {
  const detail = await unwrap(
    api.GET('/api/workflow-definitions/{definitionId}', { params: { path: { definitionId }, query: { version } } }),
  );
  return { name: detail.name, definition: detail.definition };
}

const journalPageSize = 200;

/** Every line of an instance's journal, oldest first, reading page after page. */
export async function loadJournal(id: string): Promise<JournalLine[]> {
  const lines: JournalLine[] = [];
  for (let page = 1; ; page++) {
    const result = await unwrap(
      api.GET('/api/workflow-instances/{id}/journal', { params: { path: { id }, query: { page, pageSize: journalPageSize } } }),
    );
    lines.push(...result.items);
    if (result.items.length === 0 || lines.length >= Number(result.total)) return lines;
  }
}
