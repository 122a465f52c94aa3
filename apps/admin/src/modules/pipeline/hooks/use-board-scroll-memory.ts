import { type RefObject, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Location state the board's links hand on: coming back through their back link restores the stages' scroll. */
export const RETURN_TO_BOARD = { returnToBoard: true } as const;

const keyOf = (openingId: string) => `panelist.board-scroll.${openingId}`;

/**
 * Remembers how far the board's stages are scrolled sideways, and scrolls back there once when the board is
 * reached through a back link from a page it opened (not on a fresh visit, which starts at the first stage).
 */
export function useBoardScrollMemory(openingId: string, boardRef: RefObject<HTMLElement | null>, shown: boolean) {
  const { state } = useLocation();
  const returning = typeof state === 'object' && state !== null && 'returnToBoard' in state;
  const restored = useRef(false);

  useEffect(() => {
    const board = boardRef.current;
    if (!shown || !board) return;
    if (!restored.current) {
      restored.current = true;
      const saved = Number(sessionStorage.getItem(keyOf(openingId)));
      if (returning && saved > 0) board.scrollLeft = saved;
    }
    const remember = () => sessionStorage.setItem(keyOf(openingId), String(Math.round(board.scrollLeft)));
    board.addEventListener('scroll', remember, { passive: true });
    return () => board.removeEventListener('scroll', remember);
  }, [openingId, boardRef, shown, returning]);
}
