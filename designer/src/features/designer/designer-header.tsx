import { downloadText } from './files/download';
import { ImportButton } from './files/file-buttons';
import { definitionName, exportFileName, serialiseGraph } from './files/definition-file';
import { useServerStore } from './server/server-store';
import { selectGraph, useDesignerStore } from './store/designer-store';

export type DesignerView = 'diagram' | 'outline' | 'timeline' | 'versions';

const viewLabels: Record<DesignerView, string> = { diagram: 'Diagram', outline: 'Outline', timeline: 'Timeline', versions: 'Versions' };

function ServerTag() {
  const version = useServerStore((s) => s.version);
  const published = useServerStore((s) => s.isPublished);
  const dirty = useDesignerStore((s) => s.dirty);
  if (dirty) return <strong className="nhsuk-tag nhsuk-tag--yellow pf-designer__tag">Changes not saved</strong>;
  if (version === null) return null;
  return published ? (
    <strong className="nhsuk-tag nhsuk-tag--green pf-designer__tag">Version {version} published</strong>
  ) : (
    <strong className="nhsuk-tag nhsuk-tag--blue pf-designer__tag">Draft version {version} saved</strong>
  );
}

interface DesignerHeaderProps {
  view: DesignerView;
  onView: (view: DesignerView) => void;
  onImport: (file: File) => void;
  onClose: () => void;
}

export function DesignerHeader({ view, onView, onImport, onClose }: DesignerHeaderProps) {
  const meta = useDesignerStore((s) => s.meta);
  const sourceName = useDesignerStore((s) => s.sourceName);
  if (!meta) return null;
  return (
    <div className="pf-designer__header">
      <div>
        <h1 className="nhsuk-heading-m pf-designer__name">{definitionName(meta)}</h1>
        <p className="nhsuk-body-s pf-designer__source">
          From {sourceName}
          <ServerTag />
        </p>
      </div>
      <div className="pf-designer__actions">
        <div className="pf-segmented" role="group" aria-label="View">
          {(['diagram', 'outline', 'timeline', 'versions'] as const).map((v) => (
            <button key={v} type="button" className="pf-toolbar__button" aria-pressed={view === v} onClick={() => { onView(v); }}>
              {viewLabels[v]}
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
