import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '@/components/error-summary';
import type { DefinitionSource, DefinitionSummary } from './definition-source';
import { ImportButton } from './files/file-buttons';

type ListState = { kind: 'loading' } | { kind: 'loaded'; items: DefinitionSummary[] } | { kind: 'unavailable' };

interface StartScreenProps {
  source: DefinitionSource;
  error: string | null;
  onImport: (file: File) => void;
  onBlank: () => void;
}

/** Choose a programme to change: one from the server, a file, or a blank one. */
export function StartScreen({ source, error, onImport, onBlank }: StartScreenProps) {
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    source.list().then(
      (items) => {
        if (live) setList({ kind: 'loaded', items });
      },
      () => {
        if (live) setList({ kind: 'unavailable' });
      },
    );
    return () => {
      live = false;
    };
  }, [source]);

  return (
    <div className="nhsuk-width-container pf-start">
      <h1 className="nhsuk-heading-l">Programme designer</h1>
      <ErrorSummary errors={error ? [error] : []} />
      <p className="nhsuk-body-l">Change a programme’s steps, owners, due dates and reminders.</p>
      <h2 className="nhsuk-heading-m">Programmes on the server</h2>
      {list.kind === 'loading' ? <p className="nhsuk-body">Looking for programmes…</p> : null}
      {list.kind === 'unavailable' ? (
        <div className="nhsuk-inset-text">
          <p>The PcnFlow server is not answering, so programmes cannot be listed. You can still import a file.</p>
        </div>
      ) : null}
      {list.kind === 'loaded' && list.items.length === 0 ? <p className="nhsuk-body">There are no programmes yet.</p> : null}
      {list.kind === 'loaded' && list.items.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--border">
          {list.items.map((item) => (
            <li key={item.definitionId}>
              <Link to={`/designer/${encodeURIComponent(item.definitionId)}`}>{item.name}</Link>
              {item.version !== undefined ? <span className="nhsuk-body-s"> · version {item.version}</span> : null}
              {item.isPublished ? <strong className="nhsuk-tag nhsuk-tag--green pf-start__tag">Published</strong> : null}
            </li>
          ))}
        </ul>
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
