import { Link } from 'react-router';
import { dueDay, dueWords } from './due-words';
import type { InboxItem } from './inbox-api';
import { groupInbox } from './inbox-groups';
import { TaskTags } from './task-tags';
import { longDate, type IsoDate } from './working-days';

function InboxRow({ item, today }: { item: InboxItem; today: IsoDate }) {
  const day = dueDay(item);
  const context = [item.programmeName, item.stage, item.pcnName].filter((part) => part);
  return (
    <li className="pf-inbox-item">
      <h3 className="nhsuk-heading-xs pf-inbox-item__title">
        <Link to={`/inbox/tasks/${item.id}`}>{item.title}</Link>
      </h3>
      {context.length > 0 && <p className="nhsuk-body-s pf-inbox-item__context">{context.join(' · ')}</p>}
      <p className="nhsuk-body-s pf-inbox-item__due">
        <strong>{dueWords(item, today)}</strong>
        {day && <span className="pf-inbox-item__date"> ({longDate(day)})</span>}
      </p>
      <TaskTags signOff={item.kind === 'SignOff'} returned={item.returned} escalated={item.escalated} personalPlan={item.personalPlan} />
    </li>
  );
}

// Past this many rows, rows off screen skip layout until scrolled to (CSS content-visibility).
const longList = 50;

/** The open tasks in their groups, each group a headed list so screen-reader users can jump between them. */
export function InboxList({ items, today }: { items: readonly InboxItem[]; today: IsoDate }) {
  return (
    <>
      {groupInbox(items, today).map((group) => (
        <section key={group.key} aria-labelledby={`inbox-group-${group.key}`} className="pf-inbox-group">
          <h2 className="nhsuk-heading-m" id={`inbox-group-${group.key}`}>
            {group.title} <span className="pf-inbox-group__count">({group.items.length})</span>
          </h2>
          <ul className={`nhsuk-list pf-inbox-items${items.length > longList ? ' pf-inbox-items--long' : ''}`}>
            {group.items.map((item) => (
              <InboxRow key={item.id} item={item} today={today} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
