import { useReactFlow } from '@xyflow/react';
import type { MouseEvent } from 'react';
import { activityTitle } from '@/lib/elsa/describe';
import { useDesignerStore } from '../store/designer-store';
import { useServerStore } from './server-store';

/**
 * The server's problems with the programme as an NHS error summary. It does not take focus: it updates as the
 * lead types, and moving focus away from the field they are in would be worse than the problem.
 */
export function ProblemSummary() {
  const problems = useServerStore((s) => s.problems);
  const nodes = useDesignerStore((s) => s.nodes);
  const select = useDesignerStore((s) => s.select);
  const { fitView } = useReactFlow();
  if (problems.length === 0) return null;

  const show = (event: MouseEvent, id: string) => {
    event.preventDefault();
    select(id);
    void fitView({ nodes: [{ id }], maxZoom: 1, duration: 200 });
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
  };

  return (
    <div className="nhsuk-error-summary pf-problems" aria-labelledby="problem-summary-title" aria-live="polite">
      <h2 className="nhsuk-error-summary__title" id="problem-summary-title">
        {problems.length === 1 ? 'This programme has a problem' : `This programme has ${String(problems.length)} problems`}
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>It can be saved as a draft only once these are fixed.</p>
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {problems.map((problem, index) => {
            const node = problem.activityId === null ? undefined : nodes.find((n) => n.id === problem.activityId);
            const key = `${problem.jsonPath}:${String(index)}`;
            if (!node) return <li key={key}>{problem.message}</li>;
            return (
              <li key={key}>
                <a href={`#step-${node.id}`} onClick={(event) => { show(event, node.id); }}>
                  {activityTitle(node.data.activity)}: {problem.message}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
