import type { Position } from '@/lib/elsa/activity';
import type { LayoutBox } from '../quick-layout';

/** Every pair of boxes that overlap at AT, as "a overlaps b". */
export function overlaps(boxes: readonly LayoutBox[], at: ReadonlyMap<string, Position>): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as LayoutBox;
      const b = boxes[j] as LayoutBox;
      const p = at.get(a.id) as Position;
      const q = at.get(b.id) as Position;
      const apart = p.x + a.width <= q.x || q.x + b.width <= p.x || p.y + a.height <= q.y || q.y + b.height <= p.y;
      if (!apart) found.push(`${a.id} overlaps ${b.id}`);
    }
  }
  return found;
}
