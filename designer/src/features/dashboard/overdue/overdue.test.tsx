import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OverdueTask } from '../data/dashboard-api';
import { roleLabel } from '@/lib/elsa/roles';
import { filterChoices, filterOverdue, nextSort, noFilter, sortOverdue } from './overdue-list';
import { OverdueTable } from './overdue-table';

const hillside = '01a208ab-865c-78af-8c5e-4cc20546c98b';
const riverside = '01a208ab-8647-786c-b0d4-8ac7af1c092b';
const seaside = '01a208ab-8670-7a1c-9d4e-2b1f6c0e9a11';

function task(id: string, title: string, pcnId: string, pcnName: string, stage: string, ownerRole: string, dueDate: string, daysOverdue: number): OverdueTask {
  return {
    taskId: id,
    title,
    pcnId,
    pcnName,
    stage,
    programmeName: 'PCN development support: the six steps',
    ownerRole,
    dueDate,
    dueAt: `${dueDate}T23:00:00+00:00`,
    daysOverdue,
  };
}

// As GET /api/dashboard lists them (oldest due first), shaped like the demo ICS's overdue work.
const tasks: OverdueTask[] = [
  task('t1', 'Choose one service improvement priority with partners', hillside, 'Hillside PCN', 'Step 2: Set the vision', 'ClinicalDirector', '2026-11-09', 14),
  task('t2', 'Agree the support offer', seaside, 'Seaside PCN', 'Step 4: Who can provide the help?', 'PcnBoard', '2026-11-12', 11),
  task('t3', 'Write the step 5 implementation report', riverside, 'Riverside PCN', 'Step 5: Implementation', 'ClinicalDirector', '2026-11-16', 7),
  task('t4', 'Sign off step 5: Implementation', riverside, 'Riverside PCN', 'Step 5: Implementation', 'ProgrammeLead', '2026-11-20', 3),
];

const titles = (list: OverdueTask[]) => list.map((t) => t.taskId);

describe('overdue list sorting and filtering', () => {
  it('sorts by days overdue, PCN or due date, either way round', () => {
    expect(titles(sortOverdue(tasks, { key: 'daysOverdue', direction: 'descending' }))).toEqual(['t1', 't2', 't3', 't4']);
    expect(titles(sortOverdue(tasks, { key: 'daysOverdue', direction: 'ascending' }))).toEqual(['t4', 't3', 't2', 't1']);
    // Riverside's two tasks keep due-date order between themselves.
    expect(titles(sortOverdue(tasks, { key: 'pcn', direction: 'ascending' }))).toEqual(['t1', 't3', 't4', 't2']);
    expect(titles(sortOverdue(tasks, { key: 'pcn', direction: 'descending' }))).toEqual(['t2', 't3', 't4', 't1']);
    expect(titles(sortOverdue(tasks, { key: 'dueDate', direction: 'descending' }))).toEqual(['t4', 't3', 't2', 't1']);
    expect(titles(tasks)).toEqual(['t1', 't2', 't3', 't4']);
  });

  it('filters by PCN, stage and owner role together', () => {
    expect(titles(filterOverdue(tasks, { ...noFilter, pcn: riverside }))).toEqual(['t3', 't4']);
    expect(titles(filterOverdue(tasks, { ...noFilter, stage: 'Step 5: Implementation', ownerRole: 'ProgrammeLead' }))).toEqual(['t4']);
    expect(titles(filterOverdue(tasks, { ...noFilter, pcn: hillside, ownerRole: 'PcnBoard' }))).toEqual([]);
    expect(titles(filterOverdue(tasks, noFilter))).toEqual(['t1', 't2', 't3', 't4']);
  });

  it('turns a column round on a second click and starts a new one in its useful direction', () => {
    expect(nextSort({ key: 'daysOverdue', direction: 'descending' }, 'daysOverdue')).toEqual({ key: 'daysOverdue', direction: 'ascending' });
    expect(nextSort({ key: 'daysOverdue', direction: 'descending' }, 'pcn')).toEqual({ key: 'pcn', direction: 'ascending' });
    expect(nextSort({ key: 'pcn', direction: 'ascending' }, 'daysOverdue')).toEqual({ key: 'daysOverdue', direction: 'descending' });
  });

  it('offers each PCN, stage and role once, in words', () => {
    const choices = filterChoices(tasks);
    expect(choices.pcns.map((p) => p.name)).toEqual(['Hillside PCN', 'Riverside PCN', 'Seaside PCN']);
    expect(choices.stages).toHaveLength(3);
    expect(choices.ownerRoles.map(roleLabel)).toEqual(['Clinical Director', 'PCN board', 'Programme lead']);
  });
});

describe('overdue table', () => {
  const firstColumn = () =>
    within(screen.getByRole('table', { name: 'Overdue tasks' }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]?.textContent);

  it('sorts when a column header is pressed, saying which way', async () => {
    const user = userEvent.setup();
    render(<OverdueTable tasks={tasks} />);
    expect(screen.getByRole('columnheader', { name: /Days overdue/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: /PCN/ }));
    expect(screen.getByRole('columnheader', { name: /^PCN/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Days overdue/ })).toHaveAttribute('aria-sort', 'none');
    expect(firstColumn()[0]).toBe('Choose one service improvement priority with partners');
    expect(firstColumn()[3]).toBe('Agree the support offer');
  });

  it('filters with the selects and says how many are shown', async () => {
    const user = userEvent.setup();
    render(<OverdueTable tasks={tasks} />);
    await user.selectOptions(screen.getByLabelText('PCN'), 'Riverside PCN');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 4 overdue tasks');
    await user.selectOptions(screen.getByLabelText('Owner role'), 'Programme lead');
    expect(firstColumn()).toEqual(['Sign off step 5: Implementation']);
  });

  it('says when nothing is overdue', () => {
    render(<OverdueTable tasks={[]} />);
    expect(screen.getByText('Nothing is overdue.')).toBeInTheDocument();
  });
});
