import { useEffect, useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { DefinitionsTable } from './definitions-table';
import { ImportButton } from './files/file-buttons';
import { listDefinitions, type DefinitionSummary } from './server/definitions-api';

type ListState = { kind: 'loading' } | { kind: 'loaded'; items: DefinitionSummary[] } | { kind: 'unavailable'; reason: string };

interface StartScreenProps {
  error: string | null;
  onImport: (file: File) => void;
  onBlank: () => void;
}

/** Choose a programme to change: one from the server, a file, or a blank one. */
export function StartScreen({ error, onImport, onBlank }: StartScreenProps) {
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    listDefinitions().then(
      (items) => {
        if (live) setList({ kind: 'loaded', items });
      },
      (e: unknown) => {
        if (live) setList({ kind: 'unavailable', reason: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="nhsuk-width-container pf-start">
      <h1 className="nhsuk-heading-l">Programme designer</h1>
      <ErrorSummary errors={error ? [error] : []} />
      <p className="nhsuk-body-l">Change a programme’s steps, owners, due dates and reminders.</p>
      <h2 className="nhsuk-heading-m">Programmes on the server</h2>
      {list.kind === 'loading' ? <p className="nhsuk-body">Looking for programmes…</p> : null}
      {list.kind === 'unavailable' ? (
        <div className="nhsuk-inset-text">
          <p>Programmes cannot be listed from the server ({list.reason}). You can still import a file.</p>
        </div>
      ) : null}
      {list.kind === 'loaded' && list.items.length === 0 ? <p className="nhsuk-body">There are no programmes yet.</p> : null}
      {list.kind === 'loaded' && list.items.length > 0 ? (
        <DefinitionsTable items={list.items} />
      ) : null}
      <h2 className="nhsuk-heading-m">Or start from a file</h2>
      <div className="nhsuk-button-group">
        <ImportButton onFile={onImport} className="nhsuk-button" />
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onBlank}>
          Start a blank programme
        </button>
      </div>
    </div>
  );
}
