import { useState } from 'react';
import { migrateProgrammes, type DefinitionMigration, type InstanceMigration } from './migration-api';
import { movedSentence, previewSentence, refusalSentence, retimedSentence } from './migration-words';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | { kind: 'preview'; result: DefinitionMigration }
  | { kind: 'done'; result: DefinitionMigration }
  | { kind: 'failed'; message: string };

interface MoveProgrammesProps {
  definitionId: string;
  version: number;
  /** How many programmes run an older published version, by the version history's count. */
  waiting: number;
  onMoved: () => void;
}

/**
 * After a publish, offers to move the programmes still running older versions: first a dry run listing what would
 * move and, PCN by PCN, why the others cannot; then, once confirmed, the move itself.
 */
export function MoveProgrammes({ definitionId, version, waiting, onMoved }: MoveProgrammesProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const run = (dryRun: boolean) => {
    setStep({ kind: 'busy', label: dryRun ? 'Checking which programmes can move…' : 'Moving programmes…' });
    migrateProgrammes(definitionId, version, dryRun).then(
      (result) => {
        setStep({ kind: dryRun ? 'preview' : 'done', result });
        if (!dryRun) onMoved();
      },
      (e: unknown) => {
        setStep({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      },
    );
  };

  return (
    <section className="pf-move-programmes" aria-labelledby="move-programmes-heading">
      <h3 className="nhsuk-heading-s" id="move-programmes-heading">
        Programmes on older versions
      </h3>
      {step.kind === 'idle' || step.kind === 'failed' ? (
        <>
          <p className="nhsuk-body">
            {waiting === 1 ? '1 programme still runs' : `${String(waiting)} programmes still run`} an older version. Completed work stays as it is.
          </p>
          {step.kind === 'failed' ? <p className="nhsuk-error-message">The check could not be made: {step.message}</p> : null}
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => {
              run(true);
            }}
          >
            Move running programmes to version {String(version)}
          </button>
        </>
      ) : null}
      {step.kind === 'busy' ? <p className="nhsuk-body" role="status">{step.label}</p> : null}
      {step.kind === 'preview' ? (
        <Preview
          result={step.result}
          version={version}
          onConfirm={() => {
            run(false);
          }}
          onCancel={() => {
            setStep({ kind: 'idle' });
          }}
        />
      ) : null}
      {step.kind === 'done' ? <Outcome result={step.result} version={version} /> : null}
    </section>
  );
}

function Preview({ result, version, onConfirm, onCancel }: { result: DefinitionMigration; version: number; onConfirm: () => void; onCancel: () => void }) {
  const movable = result.instances.filter((i) => i.status === 'CanMigrate');
  return (
    <>
      <p className="nhsuk-body" role="status">
        {previewSentence(movable.length, result.instances.length, version)}
      </p>
      <Changes instances={movable} />
      <Refusals instances={result.instances} />
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button" disabled={movable.length === 0} onClick={onConfirm}>
          {movable.length === 1 ? 'Move 1 programme' : `Move ${String(movable.length)} programmes`}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

function Outcome({ result, version }: { result: DefinitionMigration; version: number }) {
  return (
    <>
      <p className="nhsuk-body" role="status">
        {movedSentence(Number(result.migrated), version)}
      </p>
      <Refusals instances={result.instances} />
    </>
  );
}

function Changes({ instances }: { instances: InstanceMigration[] }) {
  const lines = instances.map((i) => ({ id: i.instanceId, text: retimedSentence(i), who: i.pcnName ?? 'A programme' })).filter((l) => l.text !== null);
  if (lines.length === 0) return null;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {lines.map((l) => (
        <li key={l.id}>
          {l.who}: {l.text}
        </li>
      ))}
    </ul>
  );
}

function Refusals({ instances }: { instances: InstanceMigration[] }) {
  const refused = instances.filter((i) => i.status === 'Refused');
  if (refused.length === 0) return null;
  return (
    <>
      <h4 className="nhsuk-heading-xs">{refused.length === 1 ? '1 programme cannot move' : `${String(refused.length)} programmes cannot move`}</h4>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {refused.map((i) => (
          <li key={i.instanceId}>{refusalSentence(i)}</li>
        ))}
      </ul>
    </>
  );
}
