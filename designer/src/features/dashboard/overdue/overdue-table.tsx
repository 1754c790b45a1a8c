import { useId, useMemo, useState } from 'react';
import { roleLabel } from '@/lib/elsa/roles';
import type { OverdueTask } from '../data/dashboard-api';
import { shortDate } from '../heatmap/cell-status';
import {
  defaultSort,
  filterChoices,
  filterOverdue,
  nextSort,
  noFilter,
  sortOverdue,
  type OverdueFilter,
  type OverdueSortKey,
} from './overdue-list';

const columns: { key: OverdueSortKey; label: string }[] = [
  { key: 'pcn', label: 'PCN' },
  { key: 'dueDate', label: 'Due date' },
  { key: 'daysOverdue', label: 'Days overdue' },
];

/** The overdue tasks, sortable by column header buttons and filterable by PCN, stage and owner role. */
export function OverdueTable({ tasks }: { tasks: readonly OverdueTask[] }) {
  const [sort, setSort] = useState(defaultSort);
  const [filter, setFilter] = useState<OverdueFilter>(noFilter);
  const choices = useMemo(() => filterChoices(tasks), [tasks]);
  const shown = useMemo(() => sortOverdue(filterOverdue(tasks, filter), sort), [tasks, filter, sort]);
  const id = useId();
  const set = (field: keyof OverdueFilter) => (event: React.ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    setFilter((f) => ({ ...f, [field]: value }));
  };

  if (tasks.length === 0) return <p className="nhsuk-body">Nothing is overdue.</p>;
  return (
    <>
      <div className="pf-filters">
        <FilterSelect id={`${id}-pcn`} label="PCN" value={filter.pcn} onChange={set('pcn')} options={choices.pcns.map((p) => [p.id, p.name])} />
        <FilterSelect id={`${id}-stage`} label="Stage" value={filter.stage} onChange={set('stage')} options={choices.stages.map((s) => [s, s])} />
        <FilterSelect
          id={`${id}-role`}
          label="Owner role"
          value={filter.ownerRole}
          onChange={set('ownerRole')}
          options={choices.ownerRoles.map((r) => [r, roleLabel(r)])}
        />
      </div>
      <p className="nhsuk-body-s" role="status">
        Showing {shown.length} of {tasks.length} overdue tasks
      </p>
      <div className="pf-table-scroll">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Overdue tasks</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Task</th>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : 'none'}>
                  <button type="button" className="pf-sort" onClick={() => {
                      setSort((s) => nextSort(s, c.key));
                    }}>
                    {c.label}
                    <span aria-hidden="true">{sort.key !== c.key ? ' ↕' : sort.direction === 'ascending' ? ' ▲' : ' ▼'}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Stage</th>
              <th scope="col">Owner</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {shown.map((t) => (
              <tr key={t.taskId}>
                <td>{t.title}</td>
                <td>{t.pcnName}</td>
                <td>{t.dueDate ? shortDate(t.dueDate) : '—'}</td>
                <td>{String(t.daysOverdue)}</td>
                <td>{t.stage ?? '—'}</td>
                <td>{roleLabel(t.ownerRole)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange: (event: React.ChangeEvent<HTMLSelectElement>) => void;
}

function FilterSelect({ id, label, value, options, onChange }: FilterSelectProps) {
  return (
    <div className="nhsuk-form-group pf-filters__item">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <select className="nhsuk-select" id={id} value={value} onChange={onChange}>
        <option value="">All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
