import type { ReactNode } from 'react';
import type { ActivityKind } from '@/lib/elsa/activity-kinds';
import type { ElsaActivity } from '@/lib/elsa/activity';
import { summarise } from '@/lib/elsa/describe';
import { InputPort, OutputPorts } from './node-ports';
import { problemsLabel, useActivityProblems } from './node-problems';

interface ActivityCardProps {
  kind: ActivityKind;
  activity: ElsaActivity;
  selected: boolean;
  /** Extra lines a node type adds under the summary. */
  children?: ReactNode;
}

/** The frame every custom node shares: kind, title, owner, due, then its ports. */
export function ActivityCard({ kind, activity, selected, children }: ActivityCardProps) {
  const summary = summarise(activity);
  const problems = useActivityProblems(activity.id);
  const invalid = problems.length > 0;
  return (
    <div className={`pf-node pf-node--${kind}${selected ? ' pf-node--selected' : ''}${invalid ? ' pf-node--invalid' : ''}`}>
      <InputPort activity={activity} />
      {invalid ? (
        <p className="pf-node__problems" title={problems.join('\n')}>
          {problemsLabel(problems.length)}
        </p>
      ) : null}
      <p className="pf-node__kind">{summary.kindLabel}</p>
      <p className="pf-node__title">{summary.title}</p>
      {summary.owner ? <p className="pf-node__line">{summary.owner}</p> : null}
      {summary.due ? <p className="pf-node__line pf-node__due">{summary.due}</p> : null}
      {summary.details.map((line) => (
        <p key={line} className="pf-node__line">
          {line}
        </p>
      ))}
      {children}
      <OutputPorts activity={activity} />
    </div>
  );
}
