import { Background, Controls, MiniMap, ReactFlow, useReactFlow } from '@xyflow/react';
import { useMemo, useState, type DragEvent } from 'react';
import { problemsLabel, useNodeProblems } from '@/nodes/node-problems';
import { withEstimatedSize } from '@/nodes/node-size-estimate';
import { nodeTypes } from '@/nodes/node-type-map';
import type { ConnectionEdge } from '@/nodes/node-types';
import { paletteMime } from '../palette/palette-mime';
import { useDesignerStore } from '../store/designer-store';

/** Above this many steps only the steps on screen are drawn, which keeps big programmes quick. */
const largeGraph = 150;

/** The ports each step's connections leave from, so an estimated node has every port its edges need. */
function portsBySource(edges: readonly ConnectionEdge[]): Map<string, string[]> {
  const ports = new Map<string, string[]>();
  for (const edge of edges) {
    if (!edge.sourceHandle) continue;
    const list = ports.get(edge.source);
    if (list) list.push(edge.sourceHandle);
    else ports.set(edge.source, [edge.sourceHandle]);
  }
  return ports;
}

function allowDrop(event: DragEvent) {
  if (event.dataTransfer.types.includes(paletteMime)) {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }
}

/** The programme diagram. Keyboard: Tab to a step, arrows to move it, Enter to select it. */
export function DesignerCanvas() {
  const stored = useDesignerStore((s) => s.nodes);
  const problems = useNodeProblems((s) => s.byActivity);
  const edges = useDesignerStore((s) => s.edges);
  const usedPorts = useMemo(() => portsBySource(edges), [edges]);
  // A node's ARIA label replaces its text for screen readers, so its problems must be said there too.
  const nodes = useMemo(
    () =>
      stored.map((node) => {
        const n = withEstimatedSize(node, usedPorts.get(node.id));
        const count = problems[n.id]?.length ?? 0;
        return count === 0 ? n : { ...n, ariaLabel: `${n.ariaLabel ?? n.id}. ${problemsLabel(count)}` };
      }),
    [stored, problems, usedPorts],
  );
  const changeNodes = useDesignerStore((s) => s.changeNodes);
  const changeEdges = useDesignerStore((s) => s.changeEdges);
  const connect = useDesignerStore((s) => s.connect);
  const addActivity = useDesignerStore((s) => s.addActivity);
  const { screenToFlowPosition } = useReactFlow();
  // A long programme fitted whole is unreadable; open on its first steps, "Zoom to fit" shows it all.
  const [initialView] = useState(() => ({
    nodes: nodes.slice(0, 8).map((n) => ({ id: n.id })),
    padding: 0.15,
    maxZoom: 1,
  }));

  const drop = (event: DragEvent) => {
    const type = event.dataTransfer.getData(paletteMime);
    if (!type) return;
    event.preventDefault();
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    addActivity(type, { position: { x: point.x - 110, y: point.y - 30 } });
  };

  return (
    <div className="pf-canvas" onDrop={drop} onDragOver={allowDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={changeNodes}
        onEdgesChange={changeEdges}
        onConnect={connect}
        deleteKeyCode={null}
        nodesFocusable
        edgesFocusable
        onlyRenderVisibleElements={nodes.length > largeGraph}
        fitView
        fitViewOptions={initialView}
        minZoom={0.05}
        maxZoom={2}
        aria-label="Programme diagram"
      >
        <Background />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Map of the whole programme" />
      </ReactFlow>
    </div>
  );
}
