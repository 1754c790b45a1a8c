import type { Position } from '@/lib/elsa/activity';

export interface LayoutBox {
  id: string;
  width: number;
  height: number;
}

export interface LayoutLink {
  source: string;
  target: string;
  /** Where the link leaves its source among the source's ports, top first: a lower rank is drawn higher. */
  portRank?: number;
}

const betweenLayers = 80;
const betweenNodes = 40;

interface Indexed {
  out: { to: number; rank: number }[][];
  inDegree: number[];
}

function index(boxes: readonly LayoutBox[], links: readonly LayoutLink[]): Indexed {
  const at = new Map(boxes.map((b, i) => [b.id, i]));
  const out: { to: number; rank: number }[][] = boxes.map(() => []);
  const inDegree = boxes.map(() => 0);
  for (const link of links) {
    const from = at.get(link.source);
    const to = at.get(link.target);
    if (from === undefined || to === undefined || from === to) continue;
    out[from]?.push({ to, rank: link.portRank ?? 0 });
    inDegree[to] = (inDegree[to] ?? 0) + 1;
  }
  return { out, inDegree };
}

/**
 * The links that close a cycle (a depth-first search's back edges), as "from:to" pairs, found without recursion
 * so a long chain cannot overflow the stack. Searching from the steps nothing leads to first keeps a loop's way
 * back, not its way in, as the back edge.
 */
function backLinks(count: number, { out, inDegree }: Indexed): Set<number> {
  const state = new Uint8Array(count); // 0 unseen, 1 on the current path, 2 finished
  const back = new Set<number>();
  const roots = [...Array.from({ length: count }, (_, i) => i).filter((i) => inDegree[i] === 0), ...Array.from({ length: count }, (_, i) => i)];
  for (const root of roots) {
    if (state[root] !== 0) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const [node, next] = top;
      const links = out[node] ?? [];
      if (next >= links.length) {
        state[node] = 2;
        stack.pop();
        continue;
      }
      top[1] = next + 1;
      const to = (links[next] as { to: number }).to;
      if (state[to] === 1) back.add(node * count + to);
      else if (state[to] === 0) {
        state[to] = 1;
        stack.push([to, 0]);
      }
    }
  }
  return back;
}

/**
 * A quick layered layout, left to right, for drawing a programme at once while elkjs works out a better one.
 * Each step goes one layer to the right of the furthest step that leads to it (longest path, over the links left
 * when cycles are broken), so every link of an acyclic programme points right. In its layer a step lines up with
 * the steps before it, the step from a higher port above one from a lower port, and is pushed down only as far as
 * it must be not to overlap the step above. Linear in steps and links, apart from sorting each layer.
 */
export function quickLayout(boxes: readonly LayoutBox[], links: readonly LayoutLink[]): Map<string, Position> {
  const count = boxes.length;
  const indexed = index(boxes, links);
  const back = backLinks(count, indexed);

  const preds: { from: number; rank: number }[][] = boxes.map(() => []);
  const remaining = boxes.map(() => 0);
  indexed.out.forEach((links, from) => {
    for (const { to, rank } of links) {
      if (back.has(from * count + to)) continue;
      preds[to]?.push({ from, rank });
      remaining[to] = (remaining[to] ?? 0) + 1;
    }
  });
  const layer = boxes.map(() => 0);
  const queue = remaining.flatMap((r, i) => (r === 0 ? [i] : []));
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    for (const { to } of indexed.out[node] ?? []) {
      if (back.has(node * count + to)) continue;
      layer[to] = Math.max(layer[to] ?? 0, (layer[node] ?? 0) + 1);
      remaining[to] = (remaining[to] ?? 0) - 1;
      if (remaining[to] === 0) queue.push(to);
    }
  }

  const layers: number[][] = [];
  for (let i = 0; i < count; i++) (layers[layer[i] ?? 0] ??= []).push(i);
  const centreY = new Float64Array(count);
  const placed = new Map<string, Position>();
  let x = 0;
  for (const members of layers) {
    const wanted = members.map((node) => {
      const from = preds[node] ?? [];
      if (from.length === 0) return { node, y: -Infinity, rank: 0 };
      const y = from.reduce((sum, p) => sum + (centreY[p.from] ?? 0), 0) / from.length;
      return { node, y, rank: Math.min(...from.map((p) => p.rank)) };
    });
    wanted.sort((a, b) => a.y - b.y || a.rank - b.rank || a.node - b.node);
    let bottom = -Infinity;
    let widest = 0;
    for (const { node, y } of wanted) {
      const box = boxes[node] as LayoutBox;
      const at = Math.max(y === -Infinity ? 0 : y - box.height / 2, bottom + betweenNodes);
      centreY[node] = at + box.height / 2;
      bottom = at + box.height;
      widest = Math.max(widest, box.width);
      placed.set(box.id, { x, y: at });
    }
    x += widest + betweenLayers;
  }
  return placed;
}
