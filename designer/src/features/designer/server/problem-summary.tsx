import { useReactFlow } from '@xyflow/react';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { activityTitle } from '@/lib/elsa/describe';
import { useDesignerStore } from '../store/designer-store';
import { useServerStore } from './server-store';

/**
 * The server's problems with the programme as an NHS error summary. Each problem with a step links to it: following
 * the link selects the step and brings it into view on the canvas. It updates as the lead types, so it does not take focus.
 */
export function ProblemSummary() {
  const problems = useServerStore((s) => s.problems);
  const nodes = useDesignerStore((s) => s.nodes);
  const select = useDesignerStore((s) => s.select);
  const { fitView } = useReactFlow();

  const show = (id: string) => {
    select(id);
    void fitView({ nodes: [{ id }], maxZoom: 1, duration: 200 });
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
  };
  const lines = problems.map((problem): SummaryError => {
    const node = problem.activityId === null ? undefined : nodes.find((n) => n.id === problem.activityId);
    if (!node) return { message: problem.message };
    return { message: `${activityTitle(node.data.activity)}: ${problem.message}`, target: `step-${node.id}`, follow: () => { show(node.id); } };
  });

  return (
    <ErrorSummary
      className="pf-problems"
      takeFocus={false}
      title={problems.length === 1 ? 'This programme has a problem' : `This programme has ${String(problems.length)} problems`}
      description="It can be saved as a draft only once these are fixed."
      errors={lines}
    />
  );
}
