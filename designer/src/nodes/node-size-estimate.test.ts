import { describe, expect, it } from 'vitest';
import type { ElsaActivity } from '@/lib/elsa/activity';
import { estimateSize, withEstimatedSize } from './node-size-estimate';
import type { ActivityNode } from './node-types';

const literal = (value: string) => ({ typeName: 'String', expression: { type: 'Literal', value } });
const signOff: ElsaActivity = { id: 's', type: 'PcnFlow.SignOff', version: 1, title: literal('Sign off step 1'), approverRole: literal('IcsLead') };
const start: ElsaActivity = { id: 'start', type: 'Elsa.Start', version: 1 };
const nodeOf = (activity: ElsaActivity): ActivityNode => ({ id: activity.id, type: 'sign-off', position: { x: 0, y: 0 }, data: { activity, placedAt: { x: 0, y: 0 } } });

describe('estimateSize', () => {
  it('gives a sign-off an input on the left and its two outcomes on the right, in order', () => {
    const { width, height, handles } = estimateSize(signOff);
    expect(width).toBe(220);
    expect(handles.map((h) => [h.id, h.type, h.position])).toEqual([
      ['In', 'target', 'left'],
      ['Approved', 'source', 'right'],
      ['Returned', 'source', 'right'],
    ]);
    const [, approved, returned] = handles;
    expect(returned?.y).toBeGreaterThan(approved?.y ?? Infinity);
    expect(returned?.y).toBeLessThan(height);
  });

  it('gives a start no input, and adds a port a connection already uses', () => {
    const { width, handles } = estimateSize(start, ['Later']);
    expect(width).toBe(140);
    expect(handles.map((h) => h.id)).toEqual(['Done', 'Later']);
  });
});

describe('withEstimatedSize', () => {
  it('sizes an unmeasured node once, giving the same object each time', () => {
    const node = nodeOf(signOff);
    const sized = withEstimatedSize(node);
    expect(sized).not.toBe(node);
    expect(sized.initialWidth).toBe(220);
    expect(sized.handles).toHaveLength(3);
    expect(withEstimatedSize(node)).toBe(sized);
  });

  it('leaves a measured node as it is, so React Flow keeps the handles it measured', () => {
    const node = { ...nodeOf(signOff), measured: { width: 220, height: 154 } };
    expect(withEstimatedSize(node)).toBe(node);
  });
});
