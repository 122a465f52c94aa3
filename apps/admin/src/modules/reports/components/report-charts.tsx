import { Bar, BarChart, CartesianGrid, type LabelProps, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_AXIS_TICK } from '../../../ui/chart-figure';
import { plural } from '../../../ui/format';
import type { FunnelBar, ReasonCount } from '../hooks/report-figures';

/**
 * The report's drawings, in a file of their own so the charting library loads only when a report has something
 * to draw. Colours are the report's series tokens (opening-reports.css).
 */

const LABEL_WIDTH = 118;
const truncate = (limit: number) => (text: string) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);
const tooltipStyle = { borderRadius: 8, borderColor: 'var(--border)', fontSize: 13 };
/** Whole numbers only, and no more ticks than there are: recharts would otherwise split one application into quarters. */
const countTicks = (max: number) => (max <= 6 ? Array.from({ length: Math.max(1, max) + 1 }, (_, index) => index) : undefined);

type Segment = 'movedOn' | 'stillHere' | 'left';
const SEGMENTS: Segment[] = ['movedOn', 'stillHere', 'left'];

/**
 * How many entered the stage, just past the end of its bar: drawn by the row's last non-empty segment (recharts
 * draws no label for an empty one).
 */
function enteredLabel(bars: FunnelBar[], segment: Segment) {
  return function EnteredLabel({ index, viewBox }: LabelProps) {
    const bar = bars[index ?? -1];
    if (!bar || !viewBox || !('x' in viewBox)) return null;
    const last = [...SEGMENTS].reverse().find((key) => bar[key] > 0);
    if (last !== segment) return null;
    return (
      <text x={viewBox.x + viewBox.width + 6} y={viewBox.y + viewBox.height / 2} dy="0.35em" className="report-bar-total">
        {bar.entered}
      </text>
    );
  };
}

export function FunnelChart({ bars, title, description }: { bars: FunnelBar[]; title: string; description: string }) {
  const most = Math.max(0, ...bars.map((bar) => bar.entered));
  return (
    <ResponsiveContainer width="100%" height={Math.max(180, bars.length * 40 + 64)}>
      <BarChart
        data={bars}
        layout="vertical"
        margin={{ top: 4, right: 28, bottom: 4, left: 0 }}
        barCategoryGap="22%"
        title={title}
        desc={description}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis
          type="number"
          allowDecimals={false}
          domain={[0, Math.max(1, most)]}
          ticks={countTicks(most)}
          tick={CHART_AXIS_TICK}
          stroke="var(--border-strong)"
        />
        <YAxis
          type="category"
          dataKey="stage"
          width={LABEL_WIDTH}
          tick={CHART_AXIS_TICK}
          stroke="var(--border-strong)"
          tickFormatter={truncate(17)}
          interval={0}
        />
        <Tooltip cursor={{ fill: 'var(--wash)' }} contentStyle={tooltipStyle} />
        <Legend wrapperStyle={{ fontSize: 12 }} iconType="square" iconSize={10} itemSorter={null} />
        <Bar dataKey="movedOn" name="Moved on" stackId="stage" fill="var(--report-moved-on)" maxBarSize={26}>
          <LabelList content={enteredLabel(bars, 'movedOn')} />
        </Bar>
        <Bar dataKey="stillHere" name="Still here" stackId="stage" fill="var(--report-still-here)" maxBarSize={26}>
          <LabelList content={enteredLabel(bars, 'stillHere')} />
        </Bar>
        <Bar dataKey="left" name="Left" stackId="stage" fill="var(--report-left)" maxBarSize={26}>
          <LabelList content={enteredLabel(bars, 'left')} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function ReasonsChart({
  reasons,
  title,
  description,
  color,
  unit,
}: {
  reasons: readonly ReasonCount[];
  title: string;
  description: string;
  color: string;
  /** What one count is, for the tooltip: "candidate". */
  unit: string;
}) {
  const most = Math.max(0, ...reasons.map((entry) => entry.count));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, reasons.length * 34 + 40)}>
      <BarChart
        data={[...reasons]}
        layout="vertical"
        margin={{ top: 4, right: 28, bottom: 4, left: 0 }}
        barCategoryGap="24%"
        title={title}
        desc={description}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis
          type="number"
          allowDecimals={false}
          domain={[0, Math.max(1, most)]}
          ticks={countTicks(most)}
          tick={CHART_AXIS_TICK}
          stroke="var(--border-strong)"
        />
        <YAxis
          type="category"
          dataKey="reason"
          width={LABEL_WIDTH}
          tick={CHART_AXIS_TICK}
          stroke="var(--border-strong)"
          tickFormatter={truncate(18)}
          interval={0}
        />
        <Tooltip cursor={{ fill: 'var(--wash)' }} contentStyle={tooltipStyle} formatter={(value) => plural(Number(value), unit)} />
        <Bar dataKey="count" name="Count" fill={color} radius={[0, 3, 3, 0]} maxBarSize={24}>
          <LabelList dataKey="count" position="right" className="report-bar-total" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
