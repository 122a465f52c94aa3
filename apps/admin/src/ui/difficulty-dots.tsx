import { DIFFICULTIES } from './format';
import './difficulty-dots.css';

/** A question's difficulty as filled dots; decorative, so the label beside it says the level in words. */
export function DifficultyDots({ level }: { level: number }) {
  return (
    <span className="dots" aria-hidden="true">
      {DIFFICULTIES.map((dot) => (
        <span key={dot} className={`dot${dot <= level ? ' dot-on' : ''}`} />
      ))}
    </span>
  );
}
