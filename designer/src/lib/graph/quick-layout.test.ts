// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Position } from '@/lib/elsa/activity';
import { readGraph } from './load-graph';
import { layoutInput } from './layout-sizes';
import { quickLayout, type LayoutBox, type LayoutLink } from './quick-layout';
import { overlaps } from './testing/overlaps';

const box = (id: string, width = 220, height = 100): LayoutBox => ({ id, width, height });

/** Links that neither go right (the target starts right of the source's right edge) nor straight down. */
function backwards(boxes: readonly LayoutBox[], links: readonly LayoutLink[], at: ReadonlyMap<string, Position>): string[] {
  const size = new Map(boxes.map((b) => [b.id, b]));
  return links.flatMap((link) => {
    const s = at.get(link.source) as Position;
    const t = at.get(link.target) as Position;
    const rightward = t.x >= s.x + (size.get(link.source)?.width ?? 0);
    const downward = t.x === s.x && t.y > s.y;
    return rightward || downward ? [] : [`${link.source} -> ${link.target}`];
  });
}

/** Whether FROM leads to TO through LINKS. */
function reaches(links: readonly LayoutLink[], from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    for (const link of links) {
      if (link.source !== queue[head] || seen.has(link.target)) continue;
      if (link.target === to) return true;
      seen.add(link.target);
      queue.push(link.target);
    }
  }
  return false;
}

/** A random DAG: each node links to up to three later nodes, some from a second port. */
function randomDag(count: number, seed: number): { boxes: LayoutBox[]; links: LayoutLink[] } {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const boxes = Array.from({ length: count }, (_, i) => box(`n${String(i)}`, 140 + Math.floor(next() * 100), 40 + Math.floor(next() * 160)));
  const links: LayoutLink[] = [];
  for (let i = 0; i < count - 1; i++) {
    const fanOut = 1 + Math.floor(next() * 3);
    for (let k = 0; k < fanOut; k++) {
      const target = i + 1 + Math.floor(next() * Math.min(8, count - i - 1));
      links.push({ source: `n${String(i)}`, target: `n${String(target)}`, portRank: k });
    }
  }
  return { boxes, links };
}

describe('the quick layout', () => {
  it('lays a chain out in one row, left to right', () => {
    const boxes = ['a', 'b', 'c'].map((id) => box(id));
    const at = quickLayout(boxes, [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ]);
    expect([...at.values()].map((p) => p.y)).toEqual([0, 0, 0]);
    expect([...at.values()].map((p) => p.x)).toEqual([0, 300, 600]);
  });

  it('puts the branch from the higher port above the one from the lower port', () => {
    const boxes = ['decide', 'no', 'yes'].map((id) => box(id));
    const at = quickLayout(boxes, [
      { source: 'decide', target: 'no', portRank: 1 },
      { source: 'decide', target: 'yes', portRank: 0 },
    ]);
    expect((at.get('yes') as Position).y).toBeLessThan((at.get('no') as Position).y);
  });

  it.each([1, 2, 3, 4, 5])('never overlaps steps and points every link of an acyclic programme right (random DAG %i)', (seed) => {
    const { boxes, links } = randomDag(120, seed);
    const at = quickLayout(boxes, links);
    expect(at.size).toBe(boxes.length);
    expect(overlaps(boxes, at)).toEqual([]);
    expect(backwards(boxes, links, at)).toEqual([]);
  });

  it('finishes on cycles, self-loops and links to missing steps, placing every step without overlaps', () => {
    const boxes = ['start', 'work', 'check', 'end', 'alone'].map((id) => box(id));
    const links: LayoutLink[] = [
      { source: 'start', target: 'work' },
      { source: 'work', target: 'check' },
      { source: 'check', target: 'work', portRank: 1 },
      { source: 'check', target: 'end' },
      { source: 'end', target: 'end' },
      { source: 'end', target: 'nowhere' },
    ];
    const at = quickLayout(boxes, links);
    expect(at.size).toBe(5);
    expect(overlaps(boxes, at)).toEqual([]);
    expect(backwards(boxes, links.filter((l) => l.source !== 'end' && !(l.source === 'check' && l.target === 'work')), at)).toEqual([]);
  });

  it('handles a programme that is one big loop, with no step nothing leads to', () => {
    const boxes = Array.from({ length: 50 }, (_, i) => box(`n${String(i)}`));
    const links = boxes.map((b, i) => ({ source: b.id, target: `n${String((i + 1) % 50)}` }));
    const at = quickLayout(boxes, links);
    expect(at.size).toBe(50);
    expect(overlaps(boxes, at)).toEqual([]);
  });

  it('lays out a 3,000-step chain without running out of stack', () => {
    const boxes = Array.from({ length: 3000 }, (_, i) => box(`n${String(i)}`));
    const links = boxes.slice(1).map((b, i) => ({ source: `n${String(i)}`, target: b.id }));
    expect(quickLayout(boxes, links).get('n2999')?.x).toBe(2999 * 300);
  });

  it('places a shipped programme with its positions stripped without overlaps, every link right or down but the ways back of its loops', () => {
    const file = resolve(import.meta.dirname, '../../../../workflows/first-100-days.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { root: { activities: { metadata?: Record<string, unknown> }[] } };
    for (const activity of json.root.activities) delete activity.metadata?.designer;
    const { graph, unplaced } = readGraph(json);
    const { boxes, links } = layoutInput(graph);
    const at = new Map(graph.nodes.map((n) => [n.id, n.position]));
    expect(unplaced.size).toBe(graph.nodes.length);
    expect(overlaps(boxes, at)).toEqual([]);
    const loopsBack = backwards(boxes, links, at).filter((link) => {
      const [source = '', target = ''] = link.split(' -> ');
      return !reaches(links, target, source);
    });
    expect(loopsBack).toEqual([]);
    expect(graph.nodes.every((n) => n.data.placedAt === n.position)).toBe(true);
  });
});
