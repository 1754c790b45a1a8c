import { useDesignerStore } from '../store/designer-store';
import { Inspector } from './inspector';

export function InspectorContainer() {
  const nodes = useDesignerStore((s) => s.nodes);
  const selectedId = useDesignerStore((s) => s.selectedId);
  const updateActivity = useDesignerStore((s) => s.updateActivity);
  const remove = useDesignerStore((s) => s.remove);
  const activity = nodes.find((n) => n.id === selectedId)?.data.activity ?? null;
  return (
    <Inspector
      activity={activity}
      nodes={nodes}
      onChange={updateActivity}
      onRemove={(id) => {
        remove([id]);
      }}
    />
  );
}
