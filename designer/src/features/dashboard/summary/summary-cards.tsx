import type { Schemas } from '@/lib/api/client';

const cards: { key: keyof Schemas['DashboardCounts']; label: string; modifier: string }[] = [
  { key: 'instances', label: 'Programmes', modifier: '' },
  { key: 'open', label: 'Open tasks', modifier: '' },
  { key: 'overdue', label: 'Overdue', modifier: 'pf-count--overdue' },
  { key: 'dueSoon', label: 'Due within 7 days', modifier: 'pf-count--due-soon' },
  { key: 'completed', label: 'Completed tasks', modifier: 'pf-count--done' },
];

/** The ICS's totals as a row of count cards; a description list so each number is read with its label. */
export function SummaryCards({ totals }: { totals: Schemas['DashboardCounts'] }) {
  return (
    <dl className="pf-counts">
      {cards.map((card) => (
        <div key={card.key} className={`nhsuk-card pf-count ${card.modifier}`}>
          <dt className="pf-count__label">{card.label}</dt>
          <dd className="pf-count__value">{String(totals[card.key])}</dd>
        </div>
      ))}
    </dl>
  );
}
