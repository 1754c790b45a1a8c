import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { ArrangingStatus } from './canvas/arranging-status';
import { DesignerCanvas } from './canvas/designer-canvas';
import { DesignerToolbar } from './canvas/designer-toolbar';
import { DesignerHeader, type DesignerView } from './designer-header';
import './designer.css';
import { readDefinitionFile } from './files/definition-file';
import { InspectorContainer } from './inspector/inspector-container';
import { OutlineView } from './outline/outline-view';
import { Palette } from './palette/palette';
import { ProblemSummary } from './server/problem-summary';
import { SaveBar } from './server/save-bar';
import { useLiveValidation } from './server/use-live-validation';
import { useDesignerStore } from './store/designer-store';
import { TimelineView } from './timeline/timeline-view';
import { useOpenDefinition } from './use-open-definition';
import { useShortcuts } from './use-shortcuts';
import { useUnsavedWarning } from './use-unsaved-warning';
import { VersionHistory } from './versions/version-history';

interface DesignerWorkspaceProps {
  onClose: () => void;
  /** A programme saved to the server for the first time now has an address of its own. */
  onSavedFirstTime: (definitionId: string) => void;
  initialView?: DesignerView;
}

function MainView({ view }: { view: DesignerView }) {
  switch (view) {
    case 'diagram':
      return <DesignerCanvas />;
    case 'outline':
      return <OutlineView />;
    case 'timeline':
      return <TimelineView />;
    case 'versions':
      return <VersionHistory />;
  }
}

/** Palette, a view of the programme and the inspector around one open definition, with save and publish. */
export function DesignerWorkspace({ onClose, onSavedFirstTime, initialView = 'diagram' }: DesignerWorkspaceProps) {
  const [view, setView] = useState<DesignerView>(initialView);
  const editable = useDesignerStore((s) => s.meta?.editable ?? false);
  const addActivity = useDesignerStore((s) => s.addActivity);
  const { open, error } = useOpenDefinition();
  useShortcuts(editable);
  useUnsavedWarning();
  useLiveValidation();
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
        <SaveBar onSavedFirstTime={onSavedFirstTime} />
        <ProblemSummary />
        {editable ? (
          <>
            {view === 'diagram' || view === 'outline' ? <DesignerToolbar diagram={view === 'diagram'} /> : null}
            <ArrangingStatus diagram={view === 'diagram'} />
            <div className="pf-designer__body">
              <Palette
                onAdd={(type) => {
                  addActivity(type, { afterId: useDesignerStore.getState().selectedId ?? undefined });
                }}
              />
              <div className="pf-designer__main">
                <MainView view={view} />
              </div>
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
