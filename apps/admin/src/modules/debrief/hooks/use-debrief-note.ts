import { useMutation } from '@apollo/client/react';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { DebriefNoteFieldsFragment } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { useUnsavedChangesGuard } from '../../../ui/hooks';
import { DebriefQuery, SaveDebriefNoteMutation } from '../graphql/debrief.documents';
import { noteConflictOf } from './debrief-errors';

/** A pause in typing this long saves the note. */
const AUTOSAVE_MS = 1200;

export type NoteStatus =
  { kind: 'saved' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; message: string } | { kind: 'conflict'; theirs: string };

type Problem = { kind: 'failed'; message: string } | { kind: 'conflict'; theirs: string; version: number };

/**
 * The debrief's discussion note, saved as people type. It says "Saved" only once the server holds exactly what is
 * on screen. A save answered CONFLICT (someone saved since this edit began) stops autosaving and shows theirs, to
 * keep theirs or to save this one over it.
 */
export function useDebriefNote(applicationId: string, server: DebriefNoteFieldsFragment) {
  const [body, setBodyText] = useState(server.body);
  const [base, setBase] = useState({ version: server.version, body: server.body });
  const [lastSaved, setLastSaved] = useState({ by: server.updatedBy, at: server.updatedAt });
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saveNote] = useMutation(SaveDebriefNoteMutation);
  const saveSoon = useRef(false);
  const current = useRef({ body, base, saving, problem });
  useEffect(() => {
    current.current = { body, base, saving, problem };
  });
  const dirty = body !== base.body;

  // A newer note from the server (someone saved, and the debrief was read again) replaces an untouched one.
  const [seenVersion, setSeenVersion] = useState(server.version);
  if (server.version !== seenVersion) {
    setSeenVersion(server.version);
    if (server.version > base.version && !dirty && !saving && !problem) {
      setBodyText(server.body);
      setBase({ version: server.version, body: server.body });
      setLastSaved({ by: server.updatedBy, at: server.updatedAt });
    }
  }

  async function save() {
    const state = current.current;
    if (state.saving || state.problem?.kind === 'conflict' || state.body === state.base.body) return;
    setSaving(true);
    setProblem(null);
    try {
      const result = await saveNote({
        variables: { input: { applicationId, body: state.body, version: state.base.version } },
        update(cache, { data }) {
          if (!data) return;
          cache.updateQuery({ query: DebriefQuery, variables: { applicationId } }, (cached) =>
            cached ? { debrief: { ...cached.debrief, note: data.saveDebriefNote } } : cached,
          );
        },
      });
      const note = result.data!.saveDebriefNote;
      setBase({ version: note.version, body: note.body });
      setLastSaved({ by: note.updatedBy, at: note.updatedAt });
    } catch (caught) {
      const conflict = noteConflictOf(caught);
      setProblem(conflict ? { kind: 'conflict', ...conflict } : { kind: 'failed', message: toUserError(caught).message });
    } finally {
      setSaving(false);
    }
  }

  const autosave = useEffectEvent(() => void save());
  useEffect(() => {
    if (!dirty || saving || problem) return;
    const delay = saveSoon.current ? 0 : AUTOSAVE_MS;
    saveSoon.current = false;
    const timer = window.setTimeout(autosave, delay);
    return () => window.clearTimeout(timer);
  }, [body, dirty, saving, problem]);

  useUnsavedChangesGuard(dirty || saving, 'The discussion note has changes that are not saved yet. Leave anyway?');

  let status: NoteStatus;
  if (problem?.kind === 'conflict') status = { kind: 'conflict', theirs: problem.theirs };
  else if (saving) status = { kind: 'saving' };
  else if (problem) status = problem;
  else status = dirty ? { kind: 'unsaved' } : { kind: 'saved' };

  return {
    body,
    status,
    lastSaved,
    setBody(text: string) {
      setBodyText(text);
      // Typing again is the way on after a failed save; a conflict waits for a choice.
      if (problem?.kind === 'failed') setProblem(null);
    },
    /** Saves now (the Save button, leaving the field): nothing to do when the server already has it. */
    saveNow: () => void save(),
    /** Drops this edit for the note someone else saved. */
    keepTheirs() {
      if (problem?.kind !== 'conflict') return;
      setBodyText(problem.theirs);
      setBase({ version: problem.version, body: problem.theirs });
      setProblem(null);
    },
    /** Saves this edit over the note someone else saved, now that it has been seen. */
    keepMine() {
      if (problem?.kind !== 'conflict') return;
      setBase({ version: problem.version, body: problem.theirs });
      saveSoon.current = true;
      setProblem(null);
    },
  };
}
