import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDesignerStore } from '../store/designer-store';

/**
 * Says, politely, that the steps are drawn in a quick layout while elkjs arranges them, and when they have been.
 * The live region is always there, so a screen reader hears both changes. When the steps move, the view comes
 * back to the first steps, as on opening.
 */
export function ArrangingStatus({ diagram }: { diagram: boolean }) {
  const arranging = useDesignerStore((s) => s.arranging);
  const { fitView } = useReactFlow();
  const was = useRef(arranging);
  useEffect(() => {
    if (was.current && !arranging && diagram) {
      const first = useDesignerStore.getState().nodes.slice(0, 8).map((n) => ({ id: n.id }));
      void fitView({ nodes: first, padding: 0.15, maxZoom: 1 });
    }
    was.current = arranging;
  }, [arranging, diagram, fitView]);
  return (
    <p className="nhsuk-body-s pf-arranging" role="status">
      {arranging ? 'Arranging the steps…' : ''}
    </p>
  );
}
