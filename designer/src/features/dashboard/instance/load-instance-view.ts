import { summarise } from '@/lib/elsa/describe';
import { loadGraph, type WorkflowGraph } from '@/lib/graph';
import { loadDefinitionVersion, loadInstance, loadJournal, type InstanceDetail, type JournalLine } from '../data/dashboard-api';
import { computeNodeStates, type NodeState } from './node-state';

export interface InstanceView {
  detail: InstanceDetail;
  programmeName: string;
  journal: JournalLine[];
  graph: WorkflowGraph;
  states: Map<string, NodeState>;
  /** Each activity's title as the designer shows it, for the journal's sentences. */
  names: Map<string, string>;
  /** The diagram step the journal mentions last: where the programme is now. */
  latest: string | null;
}

/** The instance, then (in parallel) its journal and the definition version it runs, laid out as a diagram. */
export async function loadInstanceView(id: string): Promise<InstanceView> {
  const detail = await loadInstance(id);
  const [journal, definition] = await Promise.all([
    loadJournal(id),
    loadDefinitionVersion(detail.instance.definitionId, Number(detail.instance.definitionVersion)),
  ]);
  const graph = await loadGraph(definition.definition);
  const names = new Map(graph.nodes.map((n) => [n.id, summarise(n.data.activity).title]));
  const latest = journal.findLast((line) => line.activityId !== null && names.has(line.activityId))?.activityId ?? null;
  return { detail, programmeName: definition.name, journal, graph, states: computeNodeStates(journal, detail), names, latest };
}
