import { summarise } from '@/lib/elsa/describe';
import { readText } from '@/lib/elsa/inputs';
import type { ActivityNode } from '@/nodes/node-types';
import type { PanelContext } from './panel-props';

export function panelContext(nodes: readonly ActivityNode[]): PanelContext {
  const work = nodes.filter((n) => n.type === 'task' || n.type === 'review');
  const stages = new Set(nodes.map((n) => readText(n.data.activity, 'stage')).filter((s): s is string => !!s));
  return {
    workSteps: work.map((n) => ({ id: n.id, title: summarise(n.data.activity).title })),
    stages: [...stages],
  };
}
