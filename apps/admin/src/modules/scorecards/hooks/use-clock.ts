import { useState } from 'react';

/** Which question is being asked, and how long each one has had so far. */
export function useQuestionTimer(questionCount: number) {
  const [current, setCurrent] = useState(0);
  const [enteredAt, setEnteredAt] = useState(() => Date.now());
  const [spentMs, setSpentMs] = useState<Record<number, number>>({});

  const goTo = (index: number) => {
    const next = Math.max(0, Math.min(questionCount - 1, index));
    if (next === current) return;
    const now = Date.now();
    setSpentMs((spent) => ({ ...spent, [current]: (spent[current] ?? 0) + now - enteredAt }));
    setEnteredAt(now);
    setCurrent(next);
  };

  /** Seconds spent on a question, the current one counted up to `now`. */
  const secondsOn = (index: number, now: number) =>
    Math.max(0, Math.floor(((spentMs[index] ?? 0) + (index === current ? now - enteredAt : 0)) / 1000));

  return { current, goTo, secondsOn };
}

/** "4:05", or "1:02:10" past an hour. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.abs(Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
