import { type ReactNode, useId } from 'react';
import './chart-figure.css';

/** Axis labels of every chart: the muted text colour at caption size. */
export const CHART_AXIS_TICK = { fontSize: 12, fill: 'var(--muted)' };

/**
 * A chart with its name, what it shows in a sentence, and its numbers: the figure is named by its title and
 * described by the note, so a screen reader gets the point without the drawing. The numbers sit beside the chart
 * (`numbersBeside`, for a table people read anyway) or one click away under it. Draws nothing itself, so pages
 * can load their charting library on demand and still show the frame straight away.
 */
export function ChartFigure({
  title,
  note,
  children,
  numbers,
  numbersBeside = false,
  className,
}: {
  title: string;
  note?: ReactNode;
  /** The drawing, decorative to assistive technology beyond its own title and description. */
  children: ReactNode;
  /** The same figures as a table. */
  numbers?: ReactNode;
  numbersBeside?: boolean;
  className?: string;
}) {
  const titleId = useId();
  const noteId = useId();
  const frame = <div className="chart-frame">{children}</div>;
  return (
    <figure
      className={`chart-figure${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-describedby={note ? noteId : undefined}
    >
      <figcaption>
        <h3 id={titleId} className="card-title">
          {title}
        </h3>
        {note && (
          <p id={noteId} className="chart-note">
            {note}
          </p>
        )}
      </figcaption>
      {numbers && numbersBeside ? (
        <div className="chart-beside">
          {frame}
          <div className="chart-beside-numbers">{numbers}</div>
        </div>
      ) : (
        <>
          {frame}
          {numbers && (
            <details className="chart-data">
              <summary>Show the numbers</summary>
              {numbers}
            </details>
          )}
        </>
      )}
    </figure>
  );
}

/** A chart's figures as a plain table: one row per bar, its label first. */
export function ChartNumbers({
  caption,
  columns,
  rows,
}: {
  caption: string;
  /** Headers, the label column's first. */
  columns: string[];
  rows: Array<{ key: string; label: ReactNode; values: ReactNode[] }>;
}) {
  return (
    <table className="chart-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, index) => (
              <td key={index}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A swatch and its name, for a legend drawn outside the chart (or a chart drawn without a library). */
export function ChartKey({ items, label }: { items: Array<{ name: string; color: string }>; label: string }) {
  return (
    <ul className="chart-key" aria-label={label}>
      {items.map((item) => (
        <li key={item.name}>
          <span className="chart-swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.name}
        </li>
      ))}
    </ul>
  );
}
