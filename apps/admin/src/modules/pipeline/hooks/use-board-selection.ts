import { useState } from 'react';

/**
 * The cards chosen for a bulk action. Cards that a new filter hides drop out of the selection, so bulk actions
 * only touch what is on screen.
 */
export function useBoardSelection(visibleIds: ReadonlySet<string>) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const kept = [...selected].filter((id) => visibleIds.has(id));
  if (kept.length !== selected.size) setSelected(new Set(kept));

  return {
    selected,
    selectedIds: kept,
    /** Selects or clears the given cards, leaving the others as they are. */
    toggle(ids: string[], on: boolean) {
      setSelected((current) => {
        const next = new Set(current);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      });
    },
    clear() {
      setSelected(new Set());
    },
  };
}
