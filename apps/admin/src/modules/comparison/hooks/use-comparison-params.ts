import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ApplicationStatus, ComparisonFilter } from '../../../gql/graphql';

/** The most candidates the question grid takes at once (the server's limit too). */
export const MAX_COMPARED = 20;

const STATUSES: readonly ApplicationStatus[] = ['ACTIVE', 'REJECTED', 'WITHDRAWN'];

const listOf = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export interface ComparisonParams {
  stageIds: string[];
  statuses: ApplicationStatus[];
  /** The candidates whose answers the question grid shows; empty while it is closed. */
  compared: string[];
  filter: ComparisonFilter;
  filtered: boolean;
  setStageIds: (ids: string[]) => void;
  setStatuses: (statuses: ApplicationStatus[]) => void;
  clearFilters: () => void;
  compare: (applicationIds: string[]) => void;
}

/**
 * Filters and the open question grid live in the address (`?stage=…&status=…&compare=…`), so a comparison can be
 * shared as a link and the back button closes the grid.
 */
export function useComparisonParams(): ComparisonParams {
  const [params, setParams] = useSearchParams();
  const stageParam = params.get('stage');
  const statusParam = params.get('status');
  const compareParam = params.get('compare');

  const update = useCallback(
    (name: string, values: string[], replace = true) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (values.length) next.set(name, values.join(','));
          else next.delete(name);
          return next;
        },
        { replace, preventScrollReset: true },
      ),
    [setParams],
  );

  return useMemo(() => {
    const stageIds = listOf(stageParam);
    const statuses = listOf(statusParam).filter((status): status is ApplicationStatus => STATUSES.includes(status as ApplicationStatus));
    const compared = listOf(compareParam).slice(0, MAX_COMPARED);
    return {
      stageIds,
      statuses,
      compared,
      filter: { ...(stageIds.length ? { stageIds } : {}), ...(statuses.length ? { statuses } : {}) },
      filtered: stageIds.length > 0 || statuses.length > 0,
      setStageIds: (ids) => update('stage', ids),
      setStatuses: (next) => update('status', next),
      clearFilters: () =>
        setParams(
          (current) => {
            const next = new URLSearchParams(current);
            next.delete('stage');
            next.delete('status');
            return next;
          },
          { replace: true, preventScrollReset: true },
        ),
      // Opening or closing the grid is a step of its own: the back button undoes it.
      compare: (applicationIds) => update('compare', applicationIds.slice(0, MAX_COMPARED), false),
    };
  }, [stageParam, statusParam, compareParam, update, setParams]);
}
