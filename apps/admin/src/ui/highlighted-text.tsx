import './highlighted-text.css';

export interface HighlightRun {
  text: string;
  highlighted: boolean;
}

/**
 * Text the server split into runs, the matched words in <mark>. Every run is rendered as text, so what
 * people wrote can never become markup; without runs (outside a search) it is the plain `text`.
 */
export function HighlightedText({ runs, text }: { runs: readonly HighlightRun[] | null | undefined; text?: string }) {
  if (!runs) return <>{text}</>;
  return (
    <>
      {runs.map((run, index) =>
        run.highlighted ? (
          <mark key={index} className="search-hit">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
