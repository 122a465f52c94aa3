import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FieldKey,
  FieldValue,
  mergeSave,
  missingForSubmission,
  QuestionRatingValue,
  ratedFields,
  sameValue,
  ScorecardFields,
  suggestedCategoryRating,
} from '@panelist/scoring';
import { AuditChange, AuditEntityType, AuditTrail, AuthUser, EventBus, Role, runSql } from '@panelist/server-core';
import { ApplicationsService, Interview, InterviewsService } from '@panelist/server-pipeline';
import { DataSource, EntityManager } from 'typeorm';
import { ScorecardChangesInput, SaveScorecardInput, SubmitScorecardInput, AmendScorecardInput } from './dtos/scorecard.input';
import { FieldChangeRecord, Recommendation, ScorecardAmendment, ScorecardStatus } from './scorecard.entity';
import { ScoreSheet, ScoreSheets } from './score-sheets';
import { progressEvents } from './scorecard-events';
import { Amendment, FeedbackCount, PanelistProgress, PanelistStatus, ScorecardView } from './scorecard.types';
import { ScorecardsException, ScorecardsExceptionReason as Reason } from './scorecards.exception';
import {
  clearSubmittedRatingsSql,
  insertSubmittedRatingsSql,
  openScorecardSql,
  panelistStatusOf,
  progressOfSql,
  ScorecardRow,
  scorecardSql,
  scorecardsOfInterviewsSql,
  statusesOfSql,
  writeScorecardSql,
} from './scorecards.sql';

/** A save that lost the race to another save of the same scorecard merges again on top of it, this often at most. */
const MERGE_ATTEMPTS = 5;

@Injectable()
export class ScorecardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly applications: ApplicationsService,
    private readonly sheets: ScoreSheets,
    private readonly events: EventBus,
    private readonly audit: AuditTrail,
  ) {}

  /** The member's own scorecard for an interview they are on, made empty on first open. */
  async mine(actor: AuthUser, interviewId: string): Promise<ScorecardView> {
    const interview = await this.interviews.get(actor, interviewId, 'interviewId');
    const sheet = await this.sheets.of(actor.organizationId, interview.id);
    if (!sheet.panel.includes(actor.userId)) {
      throw new ScorecardsException(Reason.NOT_ON_PANEL, 'You are not on this interview’s panel', 'interviewId');
    }
    const [row] = await runSql(this.dataSource, openScorecardSql(actor.organizationId, interview.id, actor.userId));
    return this.view(row, sheet);
  }

  /** Applies the edits made from `input.version`, merging with saves made since; CONFLICT when a field changed on both sides. */
  async save(actor: AuthUser, input: SaveScorecardInput): Promise<ScorecardView> {
    for (let attempt = 1; ; attempt++) {
      const { row, sheet } = await this.ownScorecard(actor, input.scorecardId);
      if (row.status === ScorecardStatus.SUBMITTED) {
        throw new ScorecardsException(Reason.ALREADY_SUBMITTED, 'This scorecard is submitted: amend it, saying why', 'scorecardId');
      }
      if (input.version > row.version) {
        throw new ScorecardsException(Reason.INVALID_INPUT, `version: the scorecard is at version ${row.version}`, 'version');
      }
      const merged = mergeSave(stored(row), input.version, editsOf(input, sheet));
      if (!merged.ok) {
        throw new ScorecardsException(
          Reason.EDIT_CONFLICT,
          'Another tab or device changed the same answers since your version: choose which to keep',
          merged.conflicts[0].field,
          { version: row.version, conflicts: merged.conflicts },
        );
      }
      if (merged.changed.length === 0) return this.view(row, sheet);
      const next = { version: merged.version, fields: merged.fields, fieldVersions: merged.changedAt, status: ScorecardStatus.DRAFT };
      const written = await this.write(row, next, row.version === 0 ? PanelistStatus.DRAFTING : null, sheet);
      if (written) return this.view(written, sheet);
      if (attempt === MERGE_ATTEMPTS) throw busy();
    }
  }

  /** Freezes the scorecard as it is at `input.version`: it needs a recommendation and every focus category rated. */
  async submit(actor: AuthUser, input: SubmitScorecardInput): Promise<ScorecardView> {
    const { row, sheet } = await this.ownScorecard(actor, input.scorecardId);
    if (row.status === ScorecardStatus.SUBMITTED) {
      throw new ScorecardsException(Reason.ALREADY_SUBMITTED, 'This scorecard is already submitted', 'scorecardId');
    }
    if (input.version !== row.version) throw stale(row.version);
    const missing = missingForSubmission(row.fields, sheet.focusCategoryIds);
    if (missing.length > 0) {
      const categories = missing.filter((field) => field !== FieldKey.recommendation).length;
      const parts = [
        ...(missing.includes(FieldKey.recommendation) ? ['a recommendation'] : []),
        ...(categories ? [`${categories} category rating(s)`] : []),
      ];
      throw new ScorecardsException(
        Reason.INCOMPLETE,
        `Before submitting, add ${parts.join(' and ')}`,
        missing[0] === FieldKey.recommendation ? 'recommendation' : 'categoryRatings',
        { missing },
      );
    }
    const next = { version: row.version + 1, fields: row.fields, fieldVersions: row.field_versions, status: ScorecardStatus.SUBMITTED };
    // Drafts are not audited (see docs/architecture.md): what the panelist submits is the first state on record.
    const submitted: AuditChange = {
      action: 'SUBMITTED',
      entityType: AuditEntityType.SCORECARD,
      entityId: row.id,
      before: { status: row.status },
      after: { status: ScorecardStatus.SUBMITTED, ...row.fields },
    };
    const written = await this.write(row, next, PanelistStatus.SUBMITTED, sheet, { actor, change: submitted });
    if (!written) throw stale(row.version);
    return this.view(written, sheet);
  }

  /** Changes a submitted scorecard, recording who, when, which fields, before and after, and why. */
  async amend(actor: AuthUser, input: AmendScorecardInput): Promise<ScorecardView> {
    for (let attempt = 1; ; attempt++) {
      const { row, sheet } = await this.ownScorecard(actor, input.scorecardId);
      if (row.status !== ScorecardStatus.SUBMITTED) {
        throw new ScorecardsException(Reason.NOT_SUBMITTED, 'Only a submitted scorecard is amended: save the draft instead', 'scorecardId');
      }
      const edits = editsOf(input, sheet);
      const changes: FieldChangeRecord[] = Object.entries(edits)
        .filter(([field, value]) => !sameValue(row.fields[field], value))
        .map(([field, after]) => ({ field, before: row.fields[field] ?? null, after }));
      if (changes.length === 0) throw new ScorecardsException(Reason.NOTHING_TO_AMEND, 'The amendment changes nothing', 'scorecardId');
      const version = row.version + 1;
      const fields = { ...row.fields, ...edits };
      const fieldVersions = { ...row.field_versions, ...Object.fromEntries(changes.map((change) => [change.field, version])) };
      if (missingForSubmission(fields, sheet.focusCategoryIds).length > 0) {
        throw new ScorecardsException(
          Reason.INCOMPLETE,
          'A submitted scorecard keeps its recommendation and category ratings',
          'recommendation',
        );
      }
      const written = await this.dataSource.transaction(async (manager) => {
        const [updated] = await runSql(
          manager,
          writeScorecardSql(row.id, row.version, { version, fields, fieldVersions, status: row.status }),
        );
        if (!updated) return undefined;
        await this.keepRatings(manager, updated, sheet);
        await manager.insert(ScorecardAmendment, {
          organizationId: actor.organizationId,
          scorecardId: row.id,
          authorId: actor.userId,
          reason: input.reason,
          changes,
        });
        await this.audit.record(manager, actor, {
          action: 'AMENDED',
          entityType: AuditEntityType.SCORECARD,
          entityId: row.id,
          before: Object.fromEntries(changes.map((change) => [change.field, change.before])),
          after: { ...Object.fromEntries(changes.map((change) => [change.field, change.after])), reason: input.reason },
        });
        return updated;
      });
      if (written) return this.view(written, sheet);
      if (attempt === MERGE_ATTEMPTS) throw busy();
    }
  }

  /**
   * The scorecards of these interviews that `reader` may see, per interview: their own, and submitted ones
   * once they have submitted theirs for every interview of that candidate they are on. Nobody sees another
   * person's draft; an interviewer sees only the panels they sat on. Every field path to a scorecard ends here.
   */
  async readableBy(reader: AuthUser, interviews: readonly Interview[]): Promise<ScorecardView[][]> {
    const ids = interviews.map((interview) => interview.id);
    const [rows, panels, ownPanels] = await Promise.all([
      runSql(this.dataSource, scorecardsOfInterviewsSql(reader.organizationId, ids)),
      this.interviews.panelistsOf(ids),
      this.interviews.ownPanelsOfSameCandidate(reader.organizationId, reader.userId, ids),
    ]);
    const ownPanelIds = [...new Set([...ownPanels.values()].flat())];
    const mine = new Map(
      (await runSql(this.dataSource, statusesOfSql(reader.userId, ownPanelIds))).map((row) => [row.interview_id, row.status]),
    );
    return Promise.all(
      interviews.map(async (interview, i) => {
        const stillScoring = (ownPanels.get(interview.id) ?? []).some((id) => mine.get(id) !== ScorecardStatus.SUBMITTED);
        const satOnPanel = panels[i].includes(reader.userId);
        const readable = rows.filter(
          (row) =>
            row.interview_id === interview.id &&
            (row.panelist_id === reader.userId ||
              (row.status === ScorecardStatus.SUBMITTED && !stillScoring && (reader.role !== Role.INTERVIEWER || satOnPanel))),
        );
        if (readable.length === 0) return [];
        const sheet = await this.sheets.of(reader.organizationId, interview.id);
        return readable.map((row) => this.view(row, sheet));
      }),
    );
  }

  /**
   * Where the reader stands on an opening's candidates, for the independence rule of comparison and debrief:
   * `pending` holds the applications where they sit on a panel without having submitted (they see nothing of
   * those yet), `submitted` those where every seat of theirs is submitted.
   */
  async standingOn(reader: AuthUser, openingId: string): Promise<{ pending: Set<string>; submitted: Set<string> }> {
    const seats = await this.interviews.seatsOfMember(reader.organizationId, reader.userId, openingId);
    const statuses =
      seats.length > 0
        ? await runSql(
            this.dataSource,
            statusesOfSql(
              reader.userId,
              seats.map((seat) => seat.interview_id),
            ),
          )
        : [];
    const done = new Set(statuses.filter((row) => row.status === ScorecardStatus.SUBMITTED).map((row) => row.interview_id));
    const pending = new Set(seats.filter((seat) => !done.has(seat.interview_id)).map((seat) => seat.application_id));
    const submitted = new Set(seats.map((seat) => seat.application_id).filter((id) => !pending.has(id)));
    return { pending, submitted };
  }

  /** Each panelist's progress, per interview, in panel order: statuses only, never scores. */
  async progressOf(organizationId: string, interviewIds: readonly string[]): Promise<PanelistProgress[][]> {
    const [panels, rows] = await Promise.all([
      this.interviews.panelistsOf(interviewIds),
      runSql(this.dataSource, progressOfSql(organizationId, interviewIds)),
    ]);
    return interviewIds.map((interviewId, i) =>
      panels[i].map((panelistId) => {
        const row = rows.find((candidate) => candidate.interview_id === interviewId && candidate.panelist_id === panelistId);
        return { interviewId, panelistId, status: panelistStatusOf(row) };
      }),
    );
  }

  /** Per application: how many panelists of its scheduled interviews have submitted, out of how many sit on them. */
  async feedbackOf(organizationId: string, applicationIds: readonly string[]): Promise<FeedbackCount[]> {
    const panels = await this.interviews.scheduledPanelsOf(organizationId, applicationIds);
    const ids = panels.flat().map((panel) => panel.interviewId);
    const progress = ids.length > 0 ? await runSql(this.dataSource, progressOfSql(organizationId, ids)) : [];
    const submitted = new Set(
      progress.filter((row) => row.status === ScorecardStatus.SUBMITTED).map((row) => `${row.interview_id}/${row.panelist_id}`),
    );
    return panels.map((list) => {
      const seats = list.flatMap(({ interviewId, panel }) => panel.map((panelistId) => `${interviewId}/${panelistId}`));
      return { submitted: seats.filter((seat) => submitted.has(seat)).length, expected: seats.length };
    });
  }

  async amendmentsOf(organizationId: string, scorecardIds: readonly string[]): Promise<Amendment[][]> {
    const rows = await this.dataSource.getRepository(ScorecardAmendment).find({
      where: scorecardIds.map((scorecardId) => ({ organizationId, scorecardId })),
      order: { createdAt: 'ASC' },
    });
    return scorecardIds.map((id) =>
      rows
        .filter((row) => row.scorecardId === id)
        .map((row) => ({
          id: row.id,
          authorId: row.authorId,
          reason: row.reason,
          createdAt: row.createdAt,
          changes: row.changes.map((change) => ({ field: change.field, before: json(change.before), after: json(change.after) })),
        })),
    );
  }

  /**
   * The actor's own scorecard and its sheet, while they are on its interview's panel; another member's
   * answers NOT_FOUND, as if it did not exist. Two statements at most: autosave runs this on every save.
   */
  private async ownScorecard(actor: AuthUser, scorecardId: string): Promise<{ row: ScorecardRow; sheet: ScoreSheet }> {
    const [row] = await runSql(this.dataSource, scorecardSql(actor.organizationId, scorecardId));
    const sheet = row?.panelist_id === actor.userId ? await this.sheets.of(actor.organizationId, row.interview_id) : undefined;
    if (!row || !sheet?.panel.includes(actor.userId)) {
      throw new ScorecardsException(Reason.SCORECARD_NOT_FOUND, 'Scorecard not found', 'scorecardId');
    }
    return { row, sheet };
  }

  /**
   * One guarded UPDATE, with the progress event (and the audit event, when given) in the same transaction when
   * the panelist's status changes.
   */
  private async write(
    row: ScorecardRow,
    next: Parameters<typeof writeScorecardSql>[2],
    progress: PanelistStatus | null,
    sheet: ScoreSheet,
    audited?: { actor: AuthUser; change: AuditChange },
  ): Promise<ScorecardRow | undefined> {
    if (!progress) return (await runSql(this.dataSource, writeScorecardSql(row.id, row.version, next)))[0];
    const { interview } = sheet;
    const { openingId } = await this.applications.get(interview.organizationId, interview.applicationId);
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const [updated] = await runSql(manager, writeScorecardSql(row.id, row.version, next));
      if (!updated) return undefined;
      if (updated.status === ScorecardStatus.SUBMITTED) await this.keepRatings(manager, updated, sheet, openingId);
      await this.events.publish(manager, progressEvents(interview, openingId, row.panelist_id, progress));
      if (audited) await this.audit.record(manager, audited.actor, audited.change);
      return updated;
    });
  }

  /** Replaces the kept ratings of a submitted scorecard, inside the transaction that submits or amends it. */
  private async keepRatings(manager: EntityManager, row: ScorecardRow, sheet: ScoreSheet, openingId?: string): Promise<void> {
    const { interview } = sheet;
    const place = {
      scorecardId: row.id,
      organizationId: row.organization_id,
      openingId: openingId ?? (await this.applications.get(interview.organizationId, interview.applicationId)).openingId,
      applicationId: interview.applicationId,
      interviewId: interview.id,
      roundId: interview.roundId,
      panelistId: row.panelist_id,
    };
    await runSql(manager, clearSubmittedRatingsSql(row.id));
    await runSql(manager, insertSubmittedRatingsSql(place, ratedFields(row.fields, sheet.scale.length)));
  }

  private view(row: ScorecardRow, sheet: ScoreSheet): ScorecardView {
    const { fields } = row;
    const rating = (id: string) => fields[FieldKey.questionRating(id)] as QuestionRatingValue | undefined;
    return {
      id: row.id,
      interviewId: row.interview_id,
      panelistId: row.panelist_id,
      version: row.version,
      status: row.status,
      scale: sheet.scale,
      ratings: sheet.questions.map((question) => ({
        questionId: question.id,
        categoryId: question.categoryId,
        rating: typeof rating(question.id) === 'number' ? (rating(question.id) as number) : null,
        notAsked: rating(question.id) === 'NOT_ASKED',
        notes: (fields[FieldKey.questionNotes(question.id)] as string | undefined) ?? '',
        talkingPointsCovered: (fields[FieldKey.questionCovered(question.id)] as number[] | undefined) ?? [],
      })),
      categoryRatings: sheet.focusCategoryIds.map((categoryId) => ({
        categoryId,
        rating: (fields[FieldKey.categoryRating(categoryId)] as number | null | undefined) ?? null,
        suggestedRating: suggestedCategoryRating(
          fields,
          sheet.questions.filter((question) => question.categoryId === categoryId).map((question) => question.id),
        ),
      })),
      recommendation: (fields[FieldKey.recommendation] as Recommendation | null | undefined) ?? null,
      summary: (fields[FieldKey.summary] as string | undefined) ?? '',
      submittedAt: row.submitted_at,
      updatedAt: row.updated_at,
    };
  }
}

function stored(row: ScorecardRow) {
  return { version: row.version, fields: row.fields, changedAt: row.field_versions };
}

const json = (value: unknown): string | null => (value == null ? null : JSON.stringify(value));

const stale = (version: number) =>
  new ScorecardsException(
    Reason.STALE_VERSION,
    `The scorecard changed since the version you submitted (now ${version}): review it and submit again`,
    'version',
    {
      version,
    },
  );

const busy = () => new ScorecardsException(Reason.STALE_VERSION, 'The scorecard is being saved elsewhere right now: try again', 'version');

/**
 * The fields an input changes, checked against the interview: questions it pinned, levels of its round's
 * scale, talking points the question has, and the round's focus categories. Absent inputs change nothing.
 */
function editsOf(input: ScorecardChangesInput, sheet: ScoreSheet): ScorecardFields {
  const edits: ScorecardFields = {};
  const bad = (field: string, message: string) => new ScorecardsException(Reason.INVALID_INPUT, `${field}: ${message}`, field);
  const checkLevel = (field: string, level: number | null | undefined) => {
    if (level != null && level > sheet.scale.length) throw bad(field, `the round rates 1 to ${sheet.scale.length}`);
  };
  input.ratings?.forEach((rating, i) => {
    const question = sheet.questions.find((candidate) => candidate.id === rating.questionId.toLowerCase());
    if (!question) throw bad(`ratings.${i}.questionId`, 'not a question of this interview');
    checkLevel(`ratings.${i}.rating`, rating.rating);
    if (rating.notAsked === true) edits[FieldKey.questionRating(question.id)] = 'NOT_ASKED';
    else if (rating.rating !== undefined) edits[FieldKey.questionRating(question.id)] = rating.rating;
    else if (rating.notAsked === false) edits[FieldKey.questionRating(question.id)] = null;
    if (rating.notes !== undefined) edits[FieldKey.questionNotes(question.id)] = rating.notes;
    if (rating.talkingPointsCovered !== undefined) {
      if (rating.talkingPointsCovered.some((index) => index >= question.talkingPoints)) {
        throw bad(
          `ratings.${i}.talkingPointsCovered`,
          `the question has ${question.talkingPoints} talking points (0 to ${question.talkingPoints - 1})`,
        );
      }
      edits[FieldKey.questionCovered(question.id)] = [...new Set(rating.talkingPointsCovered)].sort((a, b) => a - b);
    }
  });
  input.categoryRatings?.forEach((rating, i) => {
    const categoryId = rating.categoryId.toLowerCase();
    if (!sheet.focusCategoryIds.includes(categoryId)) throw bad(`categoryRatings.${i}.categoryId`, 'not a focus category of this round');
    checkLevel(`categoryRatings.${i}.rating`, rating.rating);
    if (rating.rating !== undefined) edits[FieldKey.categoryRating(categoryId)] = rating.rating;
  });
  if (input.recommendation !== undefined) edits[FieldKey.recommendation] = input.recommendation as FieldValue;
  if (input.summary !== undefined) edits[FieldKey.summary] = input.summary;
  return edits;
}
