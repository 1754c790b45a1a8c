import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { DesignerCanvas } from './canvas/designer-canvas';
import { DesignerToolbar } from './canvas/designer-toolbar';
import { DesignerHeader, type DesignerView } from './designer-header';
import { readDefinitionFile } from './files/definition-file';
import { InspectorContainer } from './inspector/inspector-container';
import { OutlineView } from './outline/outline-view';
import { Palette } from './palette/palette';
import { useDesignerStore } from './store/designer-store';
import { useOpenDefinition } from './use-open-definition';
import { useShortcuts } from './use-shortcuts';
import { useUnsavedWarning } from './use-unsaved-warning';

interface DesignerWorkspaceProps {
  onClose: () => void;
  initialView?: DesignerView;
}

/** Palette, diagram or outline, and the inspector, around one open definition. */
export function DesignerWorkspace({ onClose, initialView = 'diagram' }: DesignerWorkspaceProps) {
  const [view, setView] = useState<DesignerView>(initialView);
  const editable = useDesignerStore((s) => s.meta?.editable ?? false);
  const addActivity = useDesignerStore((s) => s.addActivity);
  const { open, error } = useOpenDefinition();
  useShortcuts(editable);
  useUnsavedWarning();
  return (
    <ReactFlowProvider>
      <div className="pf-designer">
        <DesignerHeader
          view={view}
          onView={setView}
          onImport={(file) => {
            void open(readDefinitionFile(file), file.name);
          }}
          onClose={onClose}
        />
        <ErrorSummary errors={error ? [error] : []} />
        {editable ? (
          <>
            <DesignerToolbar diagram={view === 'diagram'} />
            <div className="pf-designer__body">
              <Palette
                onAdd={(type) => {
                  addActivity(type, { afterId: useDesignerStore.getState().selectedId ?? undefined });
                }}
              />
              <div className="pf-designer__main">{view === 'diagram' ? <DesignerCanvas /> : <OutlineView />}</div>
              <InspectorContainer />
            </div>
          </>
        ) : (
          <p className="nhsuk-body">
            This definition’s root is not a flowchart, so the designer cannot draw it. It is kept unchanged and can be
            exported as it is.
          </p>
        )}
      </div>
    </ReactFlowProvider>
  );
}
