import { useReactFlow } from '@xyflow/react';
import { useDesignerStore } from '../store/designer-store';
import { useAutoLayout } from './use-auto-layout';

function ToolButton({ label, shortcut, disabled, onClick }: { label: string; shortcut?: string; disabled?: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className="pf-toolbar__button"
      disabled={disabled}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut.replace(/\+/g, ' + ')})` : label}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

/** Undo, redo, copy, paste, delete, tidy and fit, each also on the keyboard. */
export function DesignerToolbar({ diagram }: { diagram: boolean }) {
  const canUndo = useDesignerStore((s) => s.history.past.length > 0);
  const canRedo = useDesignerStore((s) => s.history.future.length > 0);
  const hasSelection = useDesignerStore((s) => s.nodes.some((n) => n.selected) || s.edges.some((e) => e.selected));
  const canPaste = useDesignerStore((s) => s.clipboard !== null);
  const store = useDesignerStore.getState;
  const { fitView } = useReactFlow();
  const layout = useAutoLayout();
  return (
    <div className="pf-toolbar" role="toolbar" aria-label="Editing">
      <ToolButton label="Undo" shortcut="Control+Z" disabled={!canUndo} onClick={() => { store().undo(); }} />
      <ToolButton label="Redo" shortcut="Control+Shift+Z" disabled={!canRedo} onClick={() => { store().redo(); }} />
      <ToolButton label="Copy" shortcut="Control+C" disabled={!hasSelection} onClick={() => { store().copySelection(); }} />
      <ToolButton label="Paste" shortcut="Control+V" disabled={!canPaste} onClick={() => { store().paste(); }} />
      <ToolButton label="Delete" shortcut="Delete" disabled={!hasSelection} onClick={() => { store().deleteSelection(); }} />
      {diagram ? (
        <>
          <ToolButton label={layout.busy ? 'Tidying…' : 'Tidy layout'} disabled={layout.busy} onClick={() => { void layout.run(); }} />
          <ToolButton label="Zoom to fit" onClick={() => { void fitView({ padding: 0.1 }); }} />
        </>
      ) : null}
    </div>
  );
}
