import { downloadText } from './files/download';
import { ImportButton } from './files/file-buttons';
import { definitionName, exportFileName, serialiseGraph } from './files/definition-file';
import { selectGraph, useDesignerStore } from './store/designer-store';

export type DesignerView = 'diagram' | 'outline';

interface DesignerHeaderProps {
  view: DesignerView;
  onView: (view: DesignerView) => void;
  onImport: (file: File) => void;
  onClose: () => void;
}

export function DesignerHeader({ view, onView, onImport, onClose }: DesignerHeaderProps) {
  const meta = useDesignerStore((s) => s.meta);
  const dirty = useDesignerStore((s) => s.dirty);
  const sourceName = useDesignerStore((s) => s.sourceName);
  if (!meta) return null;
  return (
    <div className="pf-designer__header">
      <div>
        <h1 className="nhsuk-heading-m pf-designer__name">{definitionName(meta)}</h1>
        <p className="nhsuk-body-s pf-designer__source">
          From {sourceName}
          {dirty ? <strong className="nhsuk-tag nhsuk-tag--yellow pf-designer__tag">Changed, not exported</strong> : null}
        </p>
      </div>
      <div className="pf-designer__actions">
        <div className="pf-segmented" role="group" aria-label="View">
          {(['diagram', 'outline'] as const).map((v) => (
            <button key={v} type="button" className="pf-toolbar__button" aria-pressed={view === v} onClick={() => { onView(v); }}>
              {v === 'diagram' ? 'Diagram' : 'Outline'}
            </button>
          ))}
        </div>
        <ImportButton onFile={onImport} />
        <button
          type="button"
          className="pf-toolbar__button"
          onClick={() => {
            const graph = selectGraph(useDesignerStore.getState());
            if (!graph) return;
            downloadText(exportFileName(graph.meta), serialiseGraph(graph));
            useDesignerStore.getState().markSaved();
          }}
        >
          Export as Elsa JSON
        </button>
        <button type="button" className="pf-toolbar__button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
