import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DashboardCell, IcsDashboard } from '../data/dashboard-api';
import demo from '../testing/demo-dashboard.json';
import { cellDetail, statusLook } from './cell-status';
import { Heatmap } from './heatmap';

// Captured from the demo server's GET /api/dashboard (three PCNs, five stages).
const dashboard = demo as IcsDashboard;

function Opened() {
  return <p>Opened instance {useParams().id}</p>;
}

function renderHeatmap(data: IcsDashboard = dashboard) {
  return render(
    <MemoryRouter initialEntries={['/dashboard']}>
      <Routes>
        <Route path="/dashboard" element={<Heatmap stages={data.stages} rows={data.pcns} />} />
        <Route path="/dashboard/instances/:id" element={<Opened />} />
      </Routes>
    </MemoryRouter>,
  );
}

const cell = (over: Partial<DashboardCell>): DashboardCell => ({
  stage: 'Step 2: Set the vision',
  status: 'InProgress',
  open: 0,
  overdue: 0,
  dueSoon: 0,
  completed: 0,
  nextDue: null,
  ...over,
});

describe('heatmap cell status', () => {
  it('gives each status its own label, tag colour and patterned cell class', () => {
    expect(statusLook('Overdue')).toEqual({ label: 'Overdue', tag: 'nhsuk-tag--red', cell: 'pf-heat--overdue' });
    expect(statusLook('DueSoon')).toEqual({ label: 'Due soon', tag: 'nhsuk-tag--yellow', cell: 'pf-heat--due-soon' });
    expect(statusLook('InProgress').label).toBe('In progress');
    expect(statusLook('Done').tag).toBe('nhsuk-tag--green');
    expect(statusLook('NotStarted').cell).toBe('pf-heat--not-started');
    const classes = (['Overdue', 'DueSoon', 'InProgress', 'Done', 'NotStarted'] as const).map((s) => statusLook(s).cell);
    expect(new Set(classes).size).toBe(5);
  });

  it('puts the counts behind a cell into words', () => {
    expect(cellDetail(cell({ status: 'Overdue', open: 4, overdue: 3 }))).toBe('3 of 4 open tasks overdue');
    expect(cellDetail(cell({ status: 'DueSoon', open: 1, dueSoon: 1, nextDue: '2026-11-27' }))).toBe(
      '1 of 1 open task due within 7 days, next due 27 Nov',
    );
    expect(cellDetail(cell({ status: 'InProgress', open: 2, nextDue: '2027-05-27' }))).toBe('2 open tasks, next due 27 May');
    expect(cellDetail(cell({ status: 'Done', completed: 5 }))).toBe('5 tasks done');
    expect(cellDetail(cell({ status: 'NotStarted' }))).toBe('No tasks yet');
  });
});

describe('heatmap', () => {
  it('is a table with PCNs as row headers and stages as column headers, each cell labelled in words', () => {
    renderHeatmap();
    const table = screen.getByRole('table', { name: 'Progress of each PCN by stage' });
    const columns = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(columns).toEqual(['PCN', ...dashboard.stages]);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Hillside PCN Version 1', 'Riverside PCN Version 1', 'Seaside PCN Version 1']);
    const hillside = within(table).getByRole('row', { name: /^Hillside PCN/ });
    const cells = within(hillside).getAllByRole('cell');
    expect(cells.map((c) => c.querySelector('.pf-heatmap__label')?.textContent)).toEqual([
      'In progress',
      'Overdue',
      'Not started',
      'Not started',
      'Not started',
    ]);
    expect(cells[1]).toHaveClass('pf-heat--overdue');
    expect(cells[1]).toHaveTextContent('1 of 1 open task overdue');
  });

  it('has a key naming every status', () => {
    renderHeatmap();
    const key = screen.getByLabelText('Key to the colours');
    expect(within(key).getAllByRole('listitem').map((i) => i.textContent)).toEqual(['Overdue', 'Due soon', 'In progress', 'Done', 'Not started']);
  });

  it('opens the PCN’s programme when a cell is chosen with the keyboard', async () => {
    const user = userEvent.setup();
    renderHeatmap();
    const link = screen.getByRole('link', { name: /^Overdue.*: Hillside PCN, Step 2: Set the vision\. Open the programme$/ });
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Opened instance 11105ced4f8f41d4914c9bcd9775715c')).toBeInTheDocument();
  });

  it('opens a programme by a click on the PCN’s name, and leaves a PCN without one unlinked', async () => {
    const user = userEvent.setup();
    const rows = dashboard.pcns.map((row) => (row.pcnName === 'Seaside PCN' ? { ...row, instanceIds: [] } : row));
    renderHeatmap({ ...dashboard, pcns: rows });
    expect(screen.queryByRole('link', { name: /^Seaside PCN/ })).toBeNull();
    expect(screen.getByRole('rowheader', { name: /Seaside PCN/ })).toHaveTextContent('No programme started');
    await user.click(screen.getByRole('link', { name: 'Riverside PCN' }));
    expect(await screen.findByText('Opened instance e16217601e1f4f218c3626036a9317ac')).toBeInTheDocument();
  });

  it('shows the version of the design each PCN’s programme runs', () => {
    const rows = dashboard.pcns.map((row) =>
      row.pcnName === 'Riverside PCN'
        ? { ...row, versions: [2] }
        : row.pcnName === 'Hillside PCN'
          ? { ...row, instanceIds: [...row.instanceIds, 'second-programme'], versions: [1, 3] }
          : row,
    );
    renderHeatmap({ ...dashboard, pcns: rows });
    expect(screen.getByRole('rowheader', { name: /Riverside PCN/ })).toHaveTextContent('Riverside PCN Version 2');
    const hillside = screen.getByRole('rowheader', { name: /Hillside PCN/ });
    expect(hillside).toHaveTextContent('Version 1');
    expect(within(hillside).getByRole('link', { name: 'Programme 2 (version 3)' })).toBeInTheDocument();
  });
});
