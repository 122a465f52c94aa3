import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { plural } from '../../../ui/format';
import { type ComparisonRow, formatScore, MAX_CHARTED, scoreBins } from '../hooks/comparison-rows';
import type { CategoryColumn } from './comparison-table';
import './comparison-charts.css';

const SERIES = ['var(--cmp-series-1)', 'var(--cmp-series-2)', 'var(--cmp-series-3)', 'var(--cmp-series-4)'];
const AXIS_TICK = { fontSize: 12, fill: 'var(--muted)' };
const formatValue = (value: unknown) => (typeof value === 'number' ? value.toFixed(1) : '—');

/** Both charts of the comparison; loaded only when a comparison has scores to draw. */
export default function ComparisonCharts({
  columns,
  rows,
  charted,
  pickedCount,
}: {
  columns: CategoryColumn[];
  rows: ComparisonRow[];
  /** The candidates drawn against the average: the picked ones, or the first of the table. */
  charted: ComparisonRow[];
  pickedCount: number;
}) {
  return (
    <div className="cmp-charts">
      <AgainstAverage columns={columns} charted={charted} pickedCount={pickedCount} />
      <ScoreSpread rows={rows} />
    </div>
  );
}

function meanOf(row: ComparisonRow, categoryId: string): number | null {
  return row.categoryScores.find((score) => score.categoryId === categoryId)?.mean ?? null;
}

function listed(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Ada Byron is above the opening average on Monitoring, below it on Deployment." */
function standing(row: ComparisonRow, columns: CategoryColumn[]): string {
  const above: string[] = [];
  const below: string[] = [];
  for (const column of columns) {
    const mean = meanOf(row, column.id);
    if (mean === null || column.openingAverage === null || Math.abs(mean - column.openingAverage) < 0.05) continue;
    (mean > column.openingAverage ? above : below).push(column.name);
  }
  const name = row.candidateName;
  if (above.length === 0 && below.length === 0) return `${name} is level with the opening average where rated.`;
  const parts = [above.length && `above the opening average on ${listed(above)}`, below.length && `below it on ${listed(below)}`];
  return `${name} is ${parts.filter(Boolean).join(', ')}.`;
}

function AgainstAverage({ columns, charted, pickedCount }: { columns: CategoryColumn[]; charted: ComparisonRow[]; pickedCount: number }) {
  const titleId = useId();
  const data = columns.map((column) => ({
    category: column.name,
    average: column.openingAverage,
    ...Object.fromEntries(charted.map((row) => [row.application.id, meanOf(row, column.id)])),
  }));
  const title = 'Candidates against the opening average';
  const who =
    pickedCount === 0
      ? 'The top candidate of the table; pick candidates to draw them instead.'
      : pickedCount > MAX_CHARTED
        ? `The first ${MAX_CHARTED} of the ${pickedCount} picked candidates.`
        : `The ${plural(pickedCount, 'picked candidate')}.`;
  const height = Math.max(180, columns.length * (charted.length + 1) * 16 + columns.length * 18 + 70);

  return (
    <figure className="card cmp-chart" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className="card-title">
          {title}
        </h3>
        <p className="cmp-chart-note">
          Mean per focus category on the 1–4 scale. {who} {charted.map((row) => standing(row, columns)).join(' ')}
        </p>
      </figcaption>
      <div className="cmp-chart-frame">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
            barGap={2}
            title={title}
            desc="Horizontal bars per focus category: the opening average and each charted candidate’s mean, on a scale of 1 to 4."
          >
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis type="number" domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tick={AXIS_TICK} stroke="var(--border-strong)" />
            <YAxis
              type="category"
              dataKey="category"
              width={118}
              tick={AXIS_TICK}
              stroke="var(--border-strong)"
              tickFormatter={(name: string) => (name.length > 18 ? `${name.slice(0, 17)}…` : name)}
            />
            <Tooltip formatter={formatValue} cursor={{ fill: 'var(--wash)' }} />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
            <Bar dataKey="average" name="Opening average" fill="var(--cmp-series-average)" radius={[0, 3, 3, 0]} />
            {charted.map((row, index) => (
              <Bar
                key={row.application.id}
                dataKey={row.application.id}
                name={row.candidateName}
                fill={SERIES[index % SERIES.length]}
                radius={[0, 3, 3, 0]}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="cmp-chart-data">
        <summary>Show the numbers</summary>
        <table className="cmp-chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Opening average</th>
              {charted.map((row) => (
                <th key={row.application.id} scope="col">
                  {row.candidateName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.id}>
                <th scope="row">{column.name}</th>
                <td>{formatScore(column.openingAverage)}</td>
                {charted.map((row) => (
                  <td key={row.application.id}>{formatScore(meanOf(row, column.id))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function ScoreSpread({ rows }: { rows: ComparisonRow[] }) {
  const titleId = useId();
  const scores = rows.map((row) => row.overallScore);
  const bins = scoreBins(scores);
  const scored = scores.filter((score) => score !== null).length;
  const fullest = bins.reduce((best, bin) => (bin.count > best.count ? bin : best), bins[0]);
  const title = 'How overall scores spread';
  // Whole candidates only, and no taller than the fullest bin needs (recharts would stretch one candidate to four).
  const countTicks = fullest.count <= 5 ? Array.from({ length: Math.max(1, fullest.count) + 1 }, (_, index) => index) : undefined;
  const summary =
    scored === 0
      ? 'No candidate has an overall score yet.'
      : `${plural(scored, 'candidate')} with an overall score; the most (${fullest.count}) between ${fullest.spoken}.`;

  return (
    <figure className="card cmp-chart" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className="card-title">
          {title}
        </h3>
        <p className="cmp-chart-note">Candidates per half point of overall score. {summary}</p>
      </figcaption>
      <div className="cmp-chart-frame">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={bins} margin={{ top: 8, right: 8, bottom: 4, left: -18 }} title={title} desc={summary}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" tick={AXIS_TICK} stroke="var(--border-strong)" interval={0} />
            <YAxis allowDecimals={false} ticks={countTicks} domain={[0, 'dataMax']} tick={AXIS_TICK} stroke="var(--border-strong)" />
            <Tooltip cursor={{ fill: 'var(--wash)' }} />
            <Bar dataKey="count" name="Candidates" fill="var(--cmp-series-1)" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="cmp-chart-data">
        <summary>Show the numbers</summary>
        <table className="cmp-chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Overall score</th>
              <th scope="col">Candidates</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.label}>
                <th scope="row">{bin.label}</th>
                <td>{bin.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
