import { lazy, Suspense, useId } from 'react';
import { ChartFigure } from '../../../ui/chart-figure';
import { SkeletonLines } from '../../../ui/feedback';
import {
  exitText,
  formatStay,
  funnelBars,
  funnelDescription,
  funnelHighlights,
  share,
  formatRate,
  sortedExits,
  type StageFunnel,
} from '../hooks/report-figures';
import './funnel-section.css';

const FunnelChart = lazy(() => import('./report-charts').then((charts) => ({ default: charts.FunnelChart })));

const TITLE = 'Funnel by stage';

/** Applications per stage as bars (moved on, still here, left) and, beside them, the same stages as a table with why people left. */
export function FunnelSection({ stages }: { stages: readonly StageFunnel[] }) {
  const description = funnelDescription(stages);
  return (
    <ChartFigure
      className="card report-funnel"
      title={TITLE}
      note={`Each bar is everyone who entered a stage: who moved on, who is still there and who left from it. ${funnelHighlights(stages)}`}
      numbersBeside
      numbers={<FunnelTable stages={stages} />}
    >
      <Suspense fallback={<SkeletonLines count={5} />}>
        <FunnelChart bars={funnelBars(stages)} title={TITLE} description={description} />
      </Suspense>
    </ChartFigure>
  );
}

function FunnelTable({ stages }: { stages: readonly StageFunnel[] }) {
  const captionId = useId();
  return (
    // Scrolls sideways inside its own frame on a phone; focusable, so the keyboard can scroll it too.
    <div className="table-wrap report-funnel-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table report-table">
        <caption id={captionId} className="visually-hidden">
          Stages of the funnel: entered, moved on, left and why, median time in stage
        </caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col" className="report-num">
              Entered
            </th>
            <th scope="col" className="report-num">
              Moved on
            </th>
            <th scope="col" className="report-num">
              Left
            </th>
            <th scope="col">Why they left</th>
            <th scope="col">Median time in stage</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => {
            const onward = share(stage.movedOn, stage.entered);
            return (
              <tr key={stage.stageId}>
                <th scope="row" className="report-stage">
                  {stage.stageName}
                </th>
                <td className="report-num">{stage.entered}</td>
                <td className="report-num">
                  {stage.movedOn}
                  {onward !== null && <span className="report-share">{formatRate(onward)}</span>}
                </td>
                <td className="report-num">{stage.left}</td>
                <td className="report-exits">
                  {stage.exits.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul>
                      {sortedExits(stage.exits).map((exit) => (
                        <li key={`${exit.status}:${exit.reason}`} className={`report-exit report-exit-${exit.status.toLowerCase()}`}>
                          {exitText(exit)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {stage.medianHoursInStage == null ? (
                    <span className="muted" title="No one has left this stage yet">
                      —
                    </span>
                  ) : (
                    formatStay(stage.medianHoursInStage)
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
