import { useId } from 'react';
import type { DebriefNoteFieldsFragment } from '../../../gql/graphql';
import { Alert } from '../../../ui/feedback';
import { formatTimeAgo } from '../../../ui/format';
import { useNow } from '../../../ui/hooks';
import { type NoteStatus, useDebriefNote } from '../hooks/use-debrief-note';
import './debrief-note.css';

const STATUS_TEXT: Record<Exclude<NoteStatus['kind'], 'failed'>, string> = {
  saved: 'Saved',
  unsaved: 'Not saved yet',
  saving: 'Saving…',
  conflict: 'Not saved: someone else changed the note',
};

/**
 * The debrief's shared discussion note. The hiring team writes it (it saves as they type); panelists read it.
 * On paper it prints as text.
 */
export function DebriefNote({
  applicationId,
  note,
  canEdit,
}: {
  applicationId: string;
  note: DebriefNoteFieldsFragment;
  canEdit: boolean;
}) {
  return (
    <section className="card debrief-note" aria-labelledby="debrief-note-title">
      <h2 id="debrief-note-title" className="section-heading">
        Discussion note
      </h2>
      {canEdit ? (
        <NoteEditor applicationId={applicationId} note={note} />
      ) : (
        <>
          <p className={`debrief-note-text${note.body ? '' : ' muted'}`}>{note.body || 'Nobody has written a note yet.'}</p>
          <LastSaved by={note.updatedBy} at={note.updatedAt} />
        </>
      )}
    </section>
  );
}

function LastSaved({ by, at }: { by: { name: string } | null | undefined; at: string | null | undefined }) {
  const now = useNow(30_000);
  if (!at) return null;
  return (
    <p className="muted small debrief-note-meta">
      Last saved {by ? `by ${by.name} ` : ''}
      <time dateTime={at}>{formatTimeAgo(at, now)}</time>
    </p>
  );
}

function NoteEditor({ applicationId, note }: { applicationId: string; note: DebriefNoteFieldsFragment }) {
  const fieldId = useId();
  const hintId = useId();
  const editor = useDebriefNote(applicationId, note);
  const { status } = editor;
  const text = status.kind === 'failed' ? `Not saved: ${status.message}` : STATUS_TEXT[status.kind];
  return (
    <>
      <label className="field-label" htmlFor={fieldId}>
        What the panel agreed, and what is still open
      </label>
      <textarea
        id={fieldId}
        className="input textarea debrief-note-input"
        rows={8}
        maxLength={20000}
        value={editor.body}
        aria-describedby={hintId}
        onChange={(event) => editor.setBody(event.target.value)}
        onBlur={editor.saveNow}
        onKeyDown={(event) => {
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
            event.preventDefault();
            editor.saveNow();
          }
        }}
      />
      <p className="field-hint" id={hintId}>
        Saves as you type. Everyone in the debrief sees it.
      </p>
      {/* What is on paper is the note as typed, whole, not a scrolled box. */}
      <p className="debrief-note-text debrief-print-only">{editor.body || 'No note.'}</p>
      <div className="debrief-note-bar">
        <p className={`debrief-note-status debrief-note-status-${status.kind}`} role="status">
          {text}
        </p>
        {(status.kind === 'unsaved' || status.kind === 'failed') && (
          <button type="button" className="btn btn-sm" onClick={editor.saveNow}>
            {status.kind === 'failed' ? 'Try again' : 'Save now'}
          </button>
        )}
      </div>
      {status.kind === 'saved' && <LastSaved by={editor.lastSaved.by} at={editor.lastSaved.at} />}
      {status.kind === 'conflict' && (
        <Alert tone="warning" title="Someone else saved the note while you were writing">
          <p>Their note:</p>
          <blockquote className="debrief-note-theirs">{status.theirs || '(empty)'}</blockquote>
          <p>Keep theirs (your edit is dropped), or save yours over it now that you have seen it.</p>
          <div className="row gap-sm debrief-note-choices">
            <button type="button" className="btn btn-sm" onClick={editor.keepTheirs}>
              Keep theirs
            </button>
            <button type="button" className="btn btn-sm btn-primary" onClick={editor.keepMine}>
              Keep mine
            </button>
          </div>
        </Alert>
      )}
    </>
  );
}
