import { useCallback, useEffect, useRef } from 'react';
import type { Board } from './board-cache';

/**
 * Puts keyboard focus on a card's handle once the board renders it: a card moved with the keyboard is rendered
 * anew in its new column, and a "Show more" button may be gone once its page is in.
 */
export function useCardRefocus(board: Board | undefined): (cardId: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    if (!id) return;
    const handle = document.querySelector<HTMLElement>(`[data-card-id="${id}"] .board-card-handle`);
    if (handle && handle !== document.activeElement) {
      pending.current = null;
      handle.focus();
    }
  }, [board]);
  return useCallback((cardId: string) => {
    pending.current = cardId;
  }, []);
}
