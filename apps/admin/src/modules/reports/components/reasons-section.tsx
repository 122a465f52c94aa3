import { lazy, Suspense } from 'react';
import { ChartFigure, ChartNumbers } from '../../../ui/chart-figure';
import { SkeletonLines } from '../../../ui/feedback';
import { plural } from '../../../ui/format';
import { reasonsDescription, type ReasonCount } from '../hooks/report-figures';

const ReasonsChart = lazy(() => import('./report-charts').then((charts) => ({ default: charts.ReasonsChart })));

/** Why applications left, one chart for rejections and one for withdrawals, each with its numbers a click away. */
export function ReasonsSection({ rejections, withdrawals }: { rejections: readonly ReasonCount[]; withdrawals: readonly ReasonCount[] }) {
  return (
    <>
      <Reasons
        title="Why we rejected"
        reasons={rejections}
        color="var(--report-rejected)"
        nobody="No one has been rejected from this opening yet."
        verb="rejected"
      />
      <Reasons
        title="Why candidates withdrew"
        reasons={withdrawals}
        color="var(--report-withdrew)"
        nobody="No candidate has withdrawn from this opening yet."
        verb="withdrew"
      />
    </>
  );
}

function Reasons({
  title,
  reasons,
  color,
  nobody,
  verb,
}: {
  title: string;
  reasons: readonly ReasonCount[];
  color: string;
  nobody: string;
  verb: string;
}) {
  if (reasons.length === 0) {
    return (
      <section className="card report-reasons report-reasons-empty" aria-label={title}>
        <h3 className="card-title">{title}</h3>
        <p className="muted small">{nobody}</p>
      </section>
    );
  }
  const total = reasons.reduce((sum, entry) => sum + entry.count, 0);
  const top = reasons[0];
  const description = `${plural(total, 'candidate')} ${verb}: ${reasonsDescription(reasons)}.`;
  return (
    <ChartFigure
      className="card report-reasons"
      title={title}
      note={`${plural(total, 'candidate')} ${verb}; the most often for “${top.reason}” (${top.count}).`}
      numbers={
        <ChartNumbers
          caption={title}
          columns={['Reason', 'Candidates']}
          rows={reasons.map((entry) => ({ key: entry.reason, label: entry.reason, values: [entry.count] }))}
        />
      }
    >
      <Suspense fallback={<SkeletonLines count={3} />}>
        <ReasonsChart reasons={reasons} title={title} description={description} color={color} unit="candidate" />
      </Suspense>
    </ChartFigure>
  );
}
