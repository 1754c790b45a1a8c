import { useState } from 'react';
import { definitionJson, getDefinition } from '../server/definitions-api';
import { diffDefinitions } from './version-diff';

interface VersionCompareProps {
  definitionId: string;
  /** Newest first. */
  versions: number[];
}

type Result = { kind: 'none' } | { kind: 'busy' } | { kind: 'done'; from: number; to: number; lines: string[] } | { kind: 'failed'; message: string };

function VersionSelect({ id, label, value, versions, onChange }: { id: string; label: string; value: number; versions: number[]; onChange: (v: number) => void }) {
  return (
    <div className="nhsuk-form-group pf-compare__field">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <select className="nhsuk-select" id={id} value={value} onChange={(e) => { onChange(Number(e.target.value)); }}>
        {versions.map((v) => (
          <option key={v} value={v}>
            Version {v}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Fetches two versions and lists what changed between them in plain English. */
export function VersionCompare({ definitionId, versions }: VersionCompareProps) {
  const [from, setFrom] = useState(versions[1] ?? versions[0] ?? 1);
  const [to, setTo] = useState(versions[0] ?? 1);
  const [result, setResult] = useState<Result>({ kind: 'none' });

  const compare = async () => {
    setResult({ kind: 'busy' });
    try {
      const [before, after] = await Promise.all([getDefinition(definitionId, from), getDefinition(definitionId, to)]);
      setResult({ kind: 'done', from, to, lines: diffDefinitions(definitionJson(before), definitionJson(after)) });
    } catch (e) {
      setResult({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section aria-labelledby="compare-title">
      <h2 className="nhsuk-heading-m" id="compare-title">
        Compare two versions
      </h2>
      <form
        className="pf-compare"
        onSubmit={(event) => {
          event.preventDefault();
          void compare();
        }}
      >
        <VersionSelect id="compare-from" label="From" value={from} versions={versions} onChange={setFrom} />
        <VersionSelect id="compare-to" label="To" value={to} versions={versions} onChange={setTo} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={result.kind === 'busy'}>
          Compare
        </button>
      </form>
      <div role="status">
        {result.kind === 'busy' ? <p className="nhsuk-body">Comparing…</p> : null}
        {result.kind === 'failed' ? <p className="nhsuk-body">The versions could not be compared: {result.message}</p> : null}
        {result.kind === 'done' ? (
          <>
            <h3 className="nhsuk-heading-s">
              From version {result.from} to version {result.to}
            </h3>
            {result.lines.length === 0 ? (
              <p className="nhsuk-body">There are no differences.</p>
            ) : (
              <ul className="nhsuk-list nhsuk-list--bullet">
                {result.lines.map((line, i) => (
                  <li key={`${String(i)}:${line}`}>{line}</li>
                ))}
              </ul>
            )}
          </>
        ) : null}
      </div>
    </section>
  );
}
