import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { useDesignerStore } from '../store/designer-store';
import { publishNow, saveDraftNow } from './save-actions';
import { useServerStore } from './server-store';

interface SaveBarProps {
  onSavedFirstTime: (definitionId: string) => void;
}

/** Save draft and publish with a version note, with what happened in words. */
export function SaveBar({ onSavedFirstTime }: SaveBarProps) {
  const status = useServerStore((s) => s.status);
  const attached = useServerStore((s) => s.definitionId !== null);
  const [publishing, setPublishing] = useState(false);
  const [note, setNote] = useState('');
  const dirty = useDesignerStore((s) => s.dirty);
  const busy = status.kind === 'busy';

  const save = async () => {
    const wasNew = !attached;
    const detail = await saveDraftNow();
    if (detail && wasNew) onSavedFirstTime(detail.definitionId);
  };
  const publish = async () => {
    const wasNew = !attached;
    const detail = await publishNow(note);
    if (!detail) return;
    setPublishing(false);
    setNote('');
    if (wasNew) onSavedFirstTime(detail.definitionId);
  };

  return (
    <div className="pf-save">
      {status.kind === 'failed' ? <ErrorSummary title={status.title} errors={status.messages} /> : null}
      <div className="pf-save__actions">
        <button type="button" className="nhsuk-button nhsuk-button--secondary pf-save__button" disabled={busy} onClick={() => void save()}>
          Save draft
        </button>
        <button
          type="button"
          className="nhsuk-button pf-save__button"
          aria-expanded={publishing}
          aria-controls="publish-form"
          disabled={busy}
          onClick={() => {
            setPublishing(!publishing);
          }}
        >
          Publish…
        </button>
        <p className="nhsuk-body-s pf-save__status" role="status">
          {status.kind === 'busy' ? (status.action === 'save' ? 'Saving the draft…' : 'Publishing…') : null}
          {status.kind === 'done' ? status.message : null}
        </p>
      </div>
      {publishing ? (
        <form
          id="publish-form"
          className="pf-save__publish"
          onSubmit={(event) => {
            event.preventDefault();
            void publish();
          }}
        >
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="version-note">
              Version note
            </label>
            <div className="nhsuk-hint" id="version-note-hint">
              Say what changed, for example “Step 3 is now due on day 100”. It shows in the version history.
            </div>
            <textarea
              className="nhsuk-textarea"
              id="version-note"
              rows={2}
              aria-describedby="version-note-hint"
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
              }}
            />
          </div>
          <button type="submit" className="nhsuk-button pf-save__button" disabled={busy}>
            {dirty ? 'Save and publish' : 'Publish'}
          </button>
        </form>
      ) : null}
    </div>
  );
}
