import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { preloadLayout } from '@/lib/graph/elk-loader';
import type { DefinitionSource } from './definition-source';
import { DesignerWorkspace } from './designer-workspace';
import { blankDefinition, readDefinitionFile } from './files/definition-file';
import { definitionJson, getDefinition, type DefinitionDetail } from './server/definitions-api';
import { serverName } from './server/save-actions';
import { useServerStore } from './server/server-store';
import { StartScreen } from './start-screen';
import { useDesignerStore } from './store/designer-store';
import { useOpenDefinition } from './use-open-definition';

interface DesignerPageProps {
  definitionId?: string;
  /** Not used: see {@link DefinitionSource}. */
  source?: DefinitionSource;
}

/** /designer and /designer/:definitionId: open a definition, then edit it. */
export function DesignerPage({ definitionId }: DesignerPageProps) {
  const hasGraph = useDesignerStore((s) => s.meta !== null);
  const reset = useDesignerStore((s) => s.reset);
  const navigate = useNavigate();
  const { open, error } = useOpenDefinition();
  // Coming back to a definition that is already open (or was just saved for the first time) keeps its changes.
  const [loadedId, setLoadedId] = useState<string | undefined>(() =>
    definitionId && useDesignerStore.getState().sourceName === serverName(definitionId) ? definitionId : undefined,
  );

  // Files without positions are laid out on opening; a first layout is much quicker with the engine warmed up.
  useEffect(preloadLayout, []);

  useEffect(() => {
    if (!definitionId || loadedId === definitionId) return;
    let live = true;
    let detail: DefinitionDetail | null = null;
    const json = getDefinition(definitionId).then((d) => {
      detail = d;
      return definitionJson(d);
    });
    void open(json, serverName(definitionId)).then((ok) => {
      if (!live) return;
      if (ok && detail) useServerStore.getState().attach(detail);
      else reset();
      setLoadedId(definitionId);
    });
    return () => {
      live = false;
    };
  }, [definitionId, loadedId, open, reset]);

  if (definitionId && loadedId !== definitionId) {
    return (
      <div className="nhsuk-width-container">
        <p className="nhsuk-body" role="status">
          Opening the programme…
        </p>
      </div>
    );
  }
  if (!hasGraph) {
    return (
      <StartScreen
        error={error}
        onImport={(file) => {
          void open(readDefinitionFile(file), file.name);
        }}
        onBlank={() => {
          void open(blankDefinition(), 'a blank programme');
        }}
      />
    );
  }
  return (
    <DesignerWorkspace
      onSavedFirstTime={(id) => {
        void navigate(`/designer/${encodeURIComponent(id)}`, { replace: true });
      }}
      onClose={() => {
        reset();
        useServerStore.getState().detach();
        void navigate('/designer');
      }}
    />
  );
}
