import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { FieldConflict, FieldValue, ScorecardFields } from '@panelist/scoring';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ScorecardDetailFragment } from '../../../gql/graphql';
import { SaveScorecardMutation } from '../graphql/scorecards.documents';
import { fieldsOfScorecard, overServer } from './edit-queue';
import { indexedDbPendingStore } from './pending-store';
import { type SaveOutcome, ScorecardSaver, type SaverState } from './scorecard-saver';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'on-device' }
  | { kind: 'unsaved' }
  | { kind: 'conflict' }
  | { kind: 'refused'; message: string };

export interface ScorecardAutosave {
  /** The stored edits of an earlier visit are applied: the form may take edits. */
  ready: boolean;
  /** The server's scorecard with this device's unsent edits on top. */
  fields: ScorecardFields;
  status: SaveStatus;
  conflicts: FieldConflict[];
  edit: (field: string, value: FieldValue) => void;
  keepMine: (field: string) => void;
  keepTheirs: (field: string) => void;
  retry: () => void;
  /** Sends what is pending now; the version the server then holds, or null when it could not take everything. */
  saveNow: () => Promise<number | null>;
}

/** What the page says about its edits: only "Saved" once the server has every one of them. */
export function saveStatusOf(state: SaverState, online: boolean): SaveStatus {
  if (state.conflict) return { kind: 'conflict' };
  if (state.refusal) return { kind: 'refused', message: state.refusal };
  if (!state.pending) return { kind: 'saved' };
  if (state.unreachable || !online) return state.storeFailed ? { kind: 'unsaved' } : { kind: 'on-device' };
  return { kind: 'saving' };
}

/**
 * Saves a draft scorecard as it is edited (see ScorecardSaver), keeps what is unsent in IndexedDB, and sends
 * it again when the browser comes back online. `reload` reads the scorecard again (after keeping another
 * device's value, or a refusal).
 */
export function useScorecardAutosave(scorecard: ScorecardDetailFragment, reload: () => Promise<unknown>): ScorecardAutosave {
  const client = useApolloClient();
  const [saver] = useState(
    () =>
      new ScorecardSaver(
        scorecard.id,
        scorecard.version,
        (input) =>
          client
            .mutate({ mutation: SaveScorecardMutation, variables: { input } })
            .then(({ data }): SaveOutcome => ({ kind: 'saved', version: data!.saveScorecard.version }), saveOutcomeOfError),
        indexedDbPendingStore,
      ),
  );
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const online = useOnline();

  useEffect(() => {
    void saver.start();
    return () => saver.stop();
  }, [saver]);

  useEffect(() => saver.serverAt(scorecard.version), [saver, scorecard.version]);

  useEffect(() => {
    if (online) void saver.flush();
  }, [saver, online]);

  const serverFields = useMemo(() => fieldsOfScorecard(scorecard), [scorecard]);
  const fields = useMemo(() => overServer(serverFields, state.pending), [serverFields, state.pending]);

  return {
    ready: state.ready,
    fields,
    status: saveStatusOf(state, online),
    conflicts: state.conflict?.conflicts ?? [],
    edit: (field, value) => saver.edit(field, value),
    keepMine: (field) => saver.keepMine(field),
    keepTheirs: (field) => {
      saver.keepTheirs(field);
      void reload();
    },
    retry: () => {
      void reload().finally(() => saver.retry());
    },
    saveNow: async () => ((await saver.flush()) ? saver.version() : null),
  };
}

function saveOutcomeOfError(error: unknown): SaveOutcome {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'unreachable' };
  const extensions = error.errors[0]?.extensions ?? {};
  if (extensions.code === 'SERVICE_UNAVAILABLE') return { kind: 'unreachable' };
  if (extensions.code === 'CONFLICT' && Array.isArray(extensions.conflicts)) {
    return { kind: 'conflict', version: Number(extensions.version), conflicts: extensions.conflicts as FieldConflict[] };
  }
  return { kind: 'refused', message: error.errors[0]?.message ?? 'The server refused the changes.' };
}

function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener('online', onChange);
      window.addEventListener('offline', onChange);
      return () => {
        window.removeEventListener('online', onChange);
        window.removeEventListener('offline', onChange);
      };
    },
    () => navigator.onLine,
  );
}
