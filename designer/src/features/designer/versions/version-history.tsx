import { useEffect, useState } from 'react';
import { listVersions, type DefinitionVersionSummary } from '../server/definitions-api';
import { useServerStore } from '../server/server-store';
import { MoveProgrammes } from './move-programmes';
import { VersionCompare } from './version-compare';

type Loaded = { kind: 'loading' } | { kind: 'loaded'; versions: DefinitionVersionSummary[] } | { kind: 'failed'; message: string };

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Every saved version with its note, who made it and how many PCNs still run it; then a comparison of two. */
export function VersionHistory() {
  const definitionId = useServerStore((s) => s.definitionId);
  // A new save or publish changes the revision, which reloads the history.
  const revision = useServerStore((s) => s.revision);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  // Moving programmes changes the running counts, so it reloads the history too.
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    if (definitionId === null) return;
    let live = true;
    listVersions(definitionId).then(
      (versions) => {
        if (live) setLoaded({ kind: 'loaded', versions });
      },
      (e: unknown) => {
        if (live) setLoaded({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [definitionId, revision, moves]);

  if (definitionId === null) {
    return <p className="nhsuk-body pf-versions">This programme has not been saved to the server yet, so it has no versions.</p>;
  }
  if (loaded.kind === 'loading') return <p className="nhsuk-body pf-versions">Loading the version history…</p>;
  if (loaded.kind === 'failed') return <p className="nhsuk-body pf-versions">The version history could not be loaded: {loaded.message}</p>;
  const published = loaded.versions.find((v) => v.isPublished);
  const waiting = published ? olderRunning(loaded.versions, Number(published.version)) : 0;
  return (
    <div className="pf-versions">
      <h2 className="nhsuk-heading-m">Version history</h2>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Versions, newest first</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Note</th>
            <th scope="col">Saved by</th>
            <th scope="col">Running</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {loaded.versions.map((v) => (
            <tr key={String(v.version)} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">
                {String(v.version)}{' '}
                {v.isPublished ? (
                  <strong className="nhsuk-tag nhsuk-tag--green">Published</strong>
                ) : (
                  <strong className="nhsuk-tag nhsuk-tag--yellow">Draft</strong>
                )}
              </td>
              <td className="nhsuk-table__cell">{v.versionNote ?? (v.isPublished ? 'No note' : 'Not published yet')}</td>
              <td className="nhsuk-table__cell">
                {v.createdBy}, {when(v.publishedAt ?? v.createdAt)}
              </td>
              <td className="nhsuk-table__cell">{String(v.runningInstances)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {published && waiting > 0 ? (
        <MoveProgrammes
          definitionId={definitionId}
          version={Number(published.version)}
          waiting={waiting}
          onMoved={() => {
            setMoves((n) => n + 1);
          }}
        />
      ) : null}
      {loaded.versions.length > 1 ? <VersionCompare definitionId={definitionId} versions={loaded.versions.map((v) => Number(v.version))} /> : null}
    </div>
  );
}

// Programmes still running a published version older than the newest one.
const olderRunning = (versions: DefinitionVersionSummary[], newest: number) =>
  versions.filter((v) => v.isPublished && Number(v.version) < newest).reduce((sum, v) => sum + Number(v.runningInstances), 0);
