import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DefinitionSource } from './definition-source';
import { DesignerWorkspace } from './designer-workspace';
import { blankDefinition, readDefinitionFile } from './files/definition-file';
import { StartScreen } from './start-screen';
import { useDesignerStore } from './store/designer-store';
import { useOpenDefinition } from './use-open-definition';

interface DesignerPageProps {
  definitionId?: string;
  source: DefinitionSource;
}

const serverName = (id: string) => `the server (${id})`;

/** /designer and /designer/:definitionId: open a definition, then edit it. */
export function DesignerPage({ definitionId, source }: DesignerPageProps) {
  const hasGraph = useDesignerStore((s) => s.meta !== null);
  const reset = useDesignerStore((s) => s.reset);
  const navigate = useNavigate();
  const { open, error } = useOpenDefinition();
  // Coming back to a definition that is already open keeps its unsaved changes.
  const [loadedId, setLoadedId] = useState<string | undefined>(() =>
    definitionId && useDesignerStore.getState().sourceName === serverName(definitionId) ? definitionId : undefined,
  );

  useEffect(() => {
    if (!definitionId || loadedId === definitionId) return;
    let live = true;
    void open(source.load(definitionId), serverName(definitionId)).then((ok) => {
      if (!live) return;
      if (!ok) reset();
      setLoadedId(definitionId);
    });
    return () => {
      live = false;
    };
  }, [definitionId, loadedId, source, open, reset]);

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
        source={source}
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
      onClose={() => {
        reset();
        void navigate('/designer');
      }}
    />
  );
}
