import { Position, type NodeHandle } from '@xyflow/react';
import type { ElsaActivity } from '@/lib/elsa/activity';
import { kindOf } from '@/lib/elsa/activity-kinds';
import { summarise } from '@/lib/elsa/describe';
import { defaultInputPort, hasInputPort, outputPorts } from '@/lib/elsa/ports';
import type { ActivityNode } from './node-types';

// Measured from nodes.css in Chromium: card widths, 13 px text at 1.3 line height, 12 px handles, port rows.
const handleSize = 12;
const frame = 34.4;
const lineHeight = 19.3;
const portRow = 19.65;
const lastPortFromBottom = 23.9;
const charsPerLine = 30;

function widthOf(activity: ElsaActivity): number {
  switch (kindOf(activity.type)) {
    case 'start':
    case 'end':
      return 140;
    case 'fork':
    case 'join':
      return 200;
    default:
      return 220;
  }
}

function linesFor(text: string | undefined): number {
  return text ? Math.ceil(text.length / charsPerLine) : 0;
}

export interface SizeEstimate {
  width: number;
  height: number;
  handles: NodeHandle[];
}

/**
 * Roughly where a card's edges and ports will be before it is drawn. React Flow otherwise draws every node once
 * to measure it, even with onlyRenderVisibleElements, which for a few hundred steps takes seconds; with these it
 * draws only the steps on screen and measures each properly when it first appears.
 */
export function estimateSize(activity: ElsaActivity, connectedPorts: readonly string[] = []): SizeEstimate {
  const summary = summarise(activity);
  const ports = outputPorts(activity);
  for (const port of connectedPorts) if (!ports.includes(port)) ports.push(port);
  const listed = ports.length > 1 || (ports.length === 1 && ports[0] !== 'Done');
  const textLines =
    Math.min(2, linesFor(summary.title)) +
    linesFor(summary.owner) +
    linesFor(summary.due) +
    summary.details.reduce((sum, line) => sum + linesFor(line), 0);
  const width = widthOf(activity);
  const height = frame - lineHeight + textLines * lineHeight + (listed ? 4 + ports.length * portRow : 0);
  const middle = height / 2 - handleSize / 2;
  const handles: NodeHandle[] = [];
  if (hasInputPort(activity)) {
    handles.push({ id: defaultInputPort, type: 'target', position: Position.Left, x: 2, y: middle, width: handleSize, height: handleSize });
  }
  ports.forEach((port, i) => {
    const y = listed ? height - lastPortFromBottom - (ports.length - 1 - i) * portRow : middle;
    handles.push({ id: port, type: 'source', position: Position.Right, x: width - 8, y, width: handleSize, height: handleSize });
  });
  return { width, height, handles };
}

const estimated = new WeakMap<ActivityNode, ActivityNode>();

/**
 * The node with a size and ports React Flow can use until it has measured the card; a measured node is returned
 * as it is. The same node always gives the same object, so React Flow does not re-read unchanged nodes.
 */
export function withEstimatedSize(node: ActivityNode, connectedPorts?: readonly string[]): ActivityNode {
  if (node.measured?.width !== undefined && node.measured.height !== undefined) return node;
  let sized = estimated.get(node);
  if (!sized) {
    const { width, height, handles } = estimateSize(node.data.activity, connectedPorts);
    sized = { ...node, initialWidth: width, initialHeight: height, handles };
    estimated.set(node, sized);
  }
  return sized;
}
