import { summarise } from '@/lib/elsa/describe';
import type { ActivityNode, ConnectionEdge } from '@/nodes/node-types';
import { portsOf } from './outline-model';

export interface StepOption {
  id: string;
  title: string;
}

interface OutlineStepProps {
  node: ActivityNode;
  edges: readonly ConnectionEdge[];
  options: readonly StepOption[];
  selected: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onEdit: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onNext: (port: string, target: string | null) => void;
}

const none = '';

/** One step of the outline: what it is, its actions, and a "next step" choice for each way out. */
export function OutlineStep(props: OutlineStepProps) {
  const { node, edges, options, selected } = props;
  const summary = summarise(node.data.activity);
  const titleId = `outline-${node.id}-title`;
  const ports = portsOf(node, edges);
  return (
    <li className={`pf-outline__step${selected ? ' pf-outline__step--selected' : ''}`} aria-labelledby={titleId} aria-current={selected ? 'step' : undefined}>
      <h4 className="pf-outline__title" id={titleId}>
        <span className="pf-outline__kind">{summary.kindLabel}: </span>
        {summary.title}
      </h4>
      {[summary.owner, summary.due, ...summary.details].filter(Boolean).map((line) => (
        <p key={line} className="pf-outline__line">{line}</p>
      ))}
      <div className="pf-button-row">
        <button type="button" id={`outline-${node.id}-edit`} className="pf-link-button" onClick={props.onEdit} aria-label={`Edit ${summary.title}`}>
          Edit
        </button>
        <button type="button" id={`outline-${node.id}-up`} className="pf-link-button" disabled={!props.canMoveUp} onClick={() => { props.onMove(-1); }} aria-label={`Move ${summary.title} up`}>
          Move up
        </button>
        <button type="button" id={`outline-${node.id}-down`} className="pf-link-button" disabled={!props.canMoveDown} onClick={() => { props.onMove(1); }} aria-label={`Move ${summary.title} down`}>
          Move down
        </button>
        <button type="button" className="pf-link-button pf-link-button--warning" onClick={props.onRemove} aria-label={`Remove ${summary.title}`}>
          Remove
        </button>
      </div>
      {ports.length > 0 ? (
        <ul className="pf-outline__ports" aria-label={`Where ${summary.title} goes next`}>
          {ports.map(({ port, targets }) => {
            const selectId = `outline-${node.id}-next-${port}`;
            const label = ports.length === 1 && port === 'Done' ? 'Next step' : `Next step when “${port}”`;
            return (
              <li key={port} className="pf-outline__port">
                <label className="nhsuk-label" htmlFor={selectId}>{label}</label>
                {targets.length > 1 ? (
                  <div className="nhsuk-hint">Goes to {targets.length} steps at once. Choosing one here replaces them.</div>
                ) : null}
                <select
                  className="nhsuk-select"
                  id={selectId}
                  value={targets[0] ?? none}
                  onChange={(e) => { props.onNext(port, e.target.value === none ? null : e.target.value); }}
                >
                  <option value={none}>Nothing (this way out ends here)</option>
                  {options.filter((o) => o.id !== node.id).map((o) => (
                    <option key={o.id} value={o.id}>{o.title}</option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}
