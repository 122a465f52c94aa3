import type { InterviewerReportQuery, OpeningReportQuery } from '../../../gql/graphql';
import { DEFAULT_RATING_SCALE, plural } from '../../../ui/format';

export type OpeningReport = OpeningReportQuery['openingReport'];
export type StageFunnel = OpeningReport['stages'][number];
export type StageExit = StageFunnel['exits'][number];
export type InterviewerRow = InterviewerReportQuery['interviewerReport'][number];
export type ReasonCount = OpeningReport['rejectionReasons'][number];

/** The four parts of a stage's bar: those who moved on, those who left from it, and those who did neither. */
export interface FunnelBar {
  stage: string;
  entered: number;
  movedOn: number;
  left: number;
  stillHere: number;
}

export function funnelBars(stages: readonly StageFunnel[]): FunnelBar[] {
  return stages.map((stage) => ({
    stage: stage.stageName,
    entered: stage.entered,
    movedOn: stage.movedOn,
    left: stage.left,
    stillHere: stage.current,
  }));
}

/** Whether anyone ever entered the pipeline: without applications there is no funnel to draw. */
export function hasApplications(report: OpeningReport): boolean {
  return report.stages.some((stage) => stage.entered > 0);
}

/** "under an hour", "5 h", "2.5 days", "12 days": how long a typical stay lasted; "—" when no stay has ended. */
export function formatStay(hours: number | null | undefined): string {
  if (hours == null) return '—';
  if (hours < 1) return 'under an hour';
  if (hours < 48) return `${Math.round(hours)} h`;
  const days = hours / 24;
  return `${days < 10 ? Number(days.toFixed(1)) : Math.round(days)} days`;
}

/** "75%"; "—" when there is nothing to take a share of. */
export function formatRate(rate: number | null | undefined): string {
  return rate == null ? '—' : `${Math.round(rate * 100)}%`;
}

export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** "Rejected: Skills gap (2)", "Withdrew: Took another offer (1)". */
export function exitText(exit: StageExit): string {
  return `${exit.status === 'WITHDRAWN' ? 'Withdrew' : 'Rejected'}: ${exit.reason} (${exit.count})`;
}

/** Rejections first, then withdrawals, most first within each. */
export function sortedExits(exits: readonly StageExit[]): StageExit[] {
  return [...exits].sort((a, b) =>
    a.status === b.status ? b.count - a.count || a.reason.localeCompare(b.reason) : a.status === 'REJECTED' ? -1 : 1,
  );
}

/** The figure's text alternative: every stage in a sentence. */
export function funnelDescription(stages: readonly StageFunnel[]): string {
  return stages.map((stage) => `${stage.stageName}: ${stage.entered} entered, ${stage.movedOn} moved on, ${stage.left} left.`).join(' ');
}

/** What the funnel says at a glance: how many came in, how far they got, and where most of them left. */
export function funnelHighlights(stages: readonly StageFunnel[]): string {
  const first = stages[0];
  if (!first) return 'This opening has no stages.';
  const furthest = [...stages].reverse().find((stage) => stage.entered > 0);
  const leaks = stages.filter((stage) => stage.left > 0).sort((a, b) => b.left - a.left);
  const parts = [`${plural(first.entered, 'application')} entered ${first.stageName}`];
  if (furthest && furthest !== first) parts.push(`${furthest.entered} reached ${furthest.stageName}`);
  const sentence = `${parts.join('; ')}.`;
  return leaks.length ? `${sentence} Most left from ${leaks[0].stageName} (${leaks[0].left}).` : `${sentence} No one has left yet.`;
}

/** "Skills gap 2, Other 1": a reasons chart's text alternative. */
export function reasonsDescription(reasons: readonly ReasonCount[]): string {
  return reasons.map((entry) => `${entry.reason} ${entry.count}`).join(', ');
}

/** The rating levels, lowest first, with their counts: "2 Strong no, 1 No, 3 Yes, 0 Strong yes". */
export function ratingSummary(distribution: readonly number[]): string {
  return DEFAULT_RATING_SCALE.map((label, index) => `${distribution[index] ?? 0} ${label}`).join(', ');
}

export type Lean = 'lenient' | 'strict' | 'even';

/** How an interviewer's ratings sit against their co-panelists': a signed offset in rating levels. */
export function leniencyOf(value: number): { text: string; lean: Lean } {
  const text = Math.abs(value).toFixed(2);
  if (Number(text) === 0) return { text: '0.00', lean: 'even' };
  return value > 0 ? { text: `+${text}`, lean: 'lenient' } : { text: `−${text}`, lean: 'strict' };
}

export function byName(rows: readonly InterviewerRow[]): InterviewerRow[] {
  return [...rows].sort((a, b) => a.interviewer.name.localeCompare(b.interviewer.name));
}

/** "MLOps Engineer" → "mlops-engineer-report.csv". */
export function reportFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'opening'}-report.csv`;
}

/** "2 h", "1 day", "3 days": a feedback deadline in words. */
export function formatDeadline(minutes: number): string {
  if (minutes < 60) return plural(minutes, 'minute');
  if (minutes % 1440 === 0) return plural(minutes / 1440, 'day');
  const hours = minutes / 60;
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}
