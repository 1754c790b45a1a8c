import { Background, Controls, MiniMap, ReactFlow, useNodesState } from '@xyflow/react';
import { useState } from 'react';
import { summarise } from '@/lib/elsa/describe';
import type { WorkflowGraph } from '@/lib/graph';
import { nodeStateLabels, nodeStateOrder, stateOf, type NodeState } from './node-state';
import { stateNodeTypes, type StateNode } from './state-nodes';

interface InstanceDiagramProps {
  graph: WorkflowGraph;
  states: ReadonlyMap<string, NodeState>;
  /** The step to open the view on (the latest one the journal mentions), with its neighbours. */
  focus: string | null;
}

function nearby(graph: WorkflowGraph, focus: string | null): string[] {
  if (focus === null || !graph.nodes.some((n) => n.id === focus)) return graph.nodes.slice(0, 8).map((n) => n.id);
  const ids = new Set([focus]);
  for (const edge of graph.edges) {
    if (edge.source === focus) ids.add(edge.target);
    if (edge.target === focus) ids.add(edge.source);
  }
  return [...ids];
}

function stateNodes(graph: WorkflowGraph, states: ReadonlyMap<string, NodeState>): StateNode[] {
  return graph.nodes.map((node) => {
    const state = stateOf(states, node.id);
    return {
      ...node,
      data: { ...node.data, state },
      ariaLabel: `${summarise(node.data.activity).title}: ${nodeStateLabels[state]}`,
      draggable: false,
      connectable: false,
    };
  });
}

/**
 * The programme as drawn in the designer, read-only, each step coloured and labelled with where this instance is.
 * The nodes live in React Flow's node state only so that it can record their measured sizes: nodes that are
 * never measured stay hidden. The page mounts a new diagram for each loaded instance.
 */
export function InstanceDiagram({ graph, states, focus }: InstanceDiagramProps) {
  const [nodes, , onNodesChange] = useNodesState(stateNodes(graph, states));
  // A whole programme fitted on screen is unreadable; open where the work is now. "Fit view" shows it all.
  const [initialView] = useState(() => ({ nodes: nearby(graph, focus).map((id) => ({ id })), padding: 0.2, maxZoom: 1 }));
  return (
    <div className="pf-instance__diagram">
      <StateLegend />
      <div className="pf-instance__canvas">
        <ReactFlow
          nodes={nodes}
          edges={graph.edges}
          nodeTypes={stateNodeTypes}
          onNodesChange={onNodesChange}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          nodesFocusable
          fitView
          fitViewOptions={initialView}
          minZoom={0.05}
          maxZoom={2}
          aria-label="Programme diagram, read-only, coloured by progress"
        >
          <Background />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable ariaLabel="Map of the whole programme" />
        </ReactFlow>
      </div>
    </div>
  );
}

function StateLegend() {
  return (
    <div className="pf-legend" aria-label="Key to the step colours">
      <p className="nhsuk-body-s pf-legend__title">Key:</p>
      <ul className="pf-legend__list">
        {nodeStateOrder.map((state) => (
          <li key={state} className="pf-legend__item">
            <span className={`pf-legend__swatch pf-state-swatch pf-state--${state}`} aria-hidden="true" />
            <span className="nhsuk-body-s pf-legend__text">{nodeStateLabels[state]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
