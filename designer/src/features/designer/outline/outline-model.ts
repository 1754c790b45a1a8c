import { readText } from '@/lib/elsa/inputs';
import { defaultOutputPort, outputPorts } from '@/lib/elsa/ports';
import type { ActivityNode, ConnectionEdge } from '@/nodes/node-types';

export interface OutlineStage {
  label: string;
  steps: ActivityNode[];
}

export const unstagedLabel = 'Start of the programme';

/**
 * Groups steps by their stage label in list order. A step with no stage (a fork, a join, a
 * notification) stays with the step before it, which is where it sits in the flow.
 */
export function outlineStages(nodes: readonly ActivityNode[]): OutlineStage[] {
  const stages: OutlineStage[] = [];
  for (const node of nodes) {
    const label = readText(node.data.activity, 'stage');
    const current = stages.at(-1);
    if (label && label !== current?.label) {
      const existing = stages.find((s) => s.label === label);
      if (existing && existing === current) existing.steps.push(node);
      else stages.push({ label, steps: [node] });
    } else if (current) {
      current.steps.push(node);
    } else {
      stages.push({ label: unstagedLabel, steps: [node] });
    }
  }
  return stages;
}

export interface OutlinePort {
  port: string;
  targets: string[];
}

/** Each way out of a step and where it goes; ports used by connections but not declared are kept. */
export function portsOf(node: ActivityNode, edges: readonly ConnectionEdge[]): OutlinePort[] {
  const outgoing = edges.filter((e) => e.source === node.id);
  const ports = outputPorts(node.data.activity);
  for (const edge of outgoing) {
    const port = edge.sourceHandle ?? defaultOutputPort;
    if (!ports.includes(port)) ports.push(port);
  }
  return ports.map((port) => ({
    port,
    targets: outgoing.filter((e) => (e.sourceHandle ?? defaultOutputPort) === port).map((e) => e.target),
  }));
}
