import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditEntityType, AuditTrail, AuthUser, changedFields, fieldsOf, runSql } from '@panelist/server-core';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CategoriesService } from './categories.service';
import { CreateQuestionInput, UpdateQuestionInput } from './dtos/question.input';
import { RestoreQuestionRevisionInput } from './dtos/restore-question-revision.input';
import { QuestionBankException, QuestionBankExceptionReason as Reason } from './question-bank.exception';
import { QuestionContent } from './question-content.entity';
import { QuestionKind } from './question-kind.enum';
import { QuestionRevision } from './question-revision.entity';
import { Question } from './question.entity';
import {
  currentRevisionsSql,
  existingQuestionCountSql,
  liveQuestionIdsSql,
  nextQuestionPositionSql,
  questionSetUsesSql,
  QuestionTitleRow,
  questionTitlesSql,
} from './questions.sql';

const CONTENT_FIELDS = [
  'categoryId',
  'title',
  'prompt',
  'kind',
  'difficulty',
  'estimatedMinutes',
  'tags',
  'talkingPoints',
  'anchors',
] as const;
type Content = Pick<QuestionContent, (typeof CONTENT_FIELDS)[number]>;

export function contentOf(source: Content): Content {
  return Object.fromEntries(CONTENT_FIELDS.map((field) => [field, source[field]])) as unknown as Content;
}

function sameContent(a: Content, b: Content): boolean {
  return CONTENT_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/** Tags compare case-insensitively: "MLflow" and "mlflow" are one tag, the first spelling wins. */
export function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}

@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
    private readonly audit: AuditTrail,
  ) {}

  async get(organizationId: string, id: string, field = 'id'): Promise<Question> {
    const question = await this.find(organizationId, id);
    if (!question) throw new QuestionBankException(Reason.QUESTION_NOT_FOUND, 'Question not found', field);
    return question;
  }

  find(organizationId: string, id: string): Promise<Question | null> {
    return this.dataSource.getRepository(Question).findOneBy({ organizationId, id });
  }

  /** What a proposal chooses from: the live questions of these categories, plus the questions `alsoIds` (archived or not). */
  proposable(organizationId: string, categoryIds: string[], alsoIds: string[]): Promise<Question[]> {
    return this.dataSource.getRepository(Question).find({
      where: [
        { organizationId, categoryId: In(categoryIds), archivedAt: IsNull() },
        ...(alsoIds.length ? [{ organizationId, id: In(alsoIds) }] : []),
      ],
    });
  }

  /** Id, category and title of these questions of the organisation. */
  titles(organizationId: string, ids: string[]): Promise<QuestionTitleRow[]> {
    return runSql(this.dataSource, questionTitlesSql(organizationId, ids));
  }

  /** Which of `ids` are live (not archived) questions of the organisation. */
  async liveIds(manager: EntityManager, organizationId: string, ids: string[]): Promise<Set<string>> {
    return new Set((await runSql(manager, liveQuestionIdsSql(organizationId, ids))).map((row) => row.id));
  }

  /** How many of `ids` are questions of the organisation, archived or not (ids are expected distinct). */
  async countExisting(manager: EntityManager, organizationId: string, ids: string[]): Promise<number> {
    const [{ found }] = await runSql(manager, existingQuestionCountSql(organizationId, ids));
    return found;
  }

  /** The revision id each of these questions is at now, by question id. */
  async currentRevisionIds(manager: EntityManager, organizationId: string, questionIds: string[]): Promise<Map<string, string>> {
    const rows = await runSql(manager, currentRevisionsSql(organizationId, questionIds));
    return new Map(rows.map((row) => [row.question_id, row.revision_id]));
  }

  async byIds(organizationId: string, ids: readonly string[]): Promise<Array<Question | Error>> {
    const rows = await this.dataSource.getRepository(Question).findBy({ organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new QuestionBankException(Reason.QUESTION_NOT_FOUND, 'Question not found'));
  }

  /** Revisions by id, one result per id in order (interviews read the revisions they pinned). */
  async revisionsByIds(organizationId: string, ids: readonly string[]): Promise<Array<QuestionRevision | Error>> {
    const rows = await this.dataSource.getRepository(QuestionRevision).findBy({ organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new QuestionBankException(Reason.QUESTION_NOT_FOUND, 'Question revision not found'));
  }

  revisions(organizationId: string, questionId: string): Promise<QuestionRevision[]> {
    return this.dataSource.getRepository(QuestionRevision).find({ where: { organizationId, questionId }, order: { revision: 'DESC' } });
  }

  async create(actor: AuthUser, input: CreateQuestionInput): Promise<Question> {
    return this.dataSource.transaction(async (manager) => {
      await this.categories.get(actor.organizationId, input.categoryId, 'categoryId');
      const content: Content = {
        categoryId: input.categoryId,
        title: input.title,
        prompt: input.prompt || input.title,
        kind: input.kind ?? QuestionKind.CONCEPT,
        difficulty: input.difficulty ?? 2,
        estimatedMinutes: input.estimatedMinutes ?? 8,
        tags: uniqueTags(input.tags ?? []),
        talkingPoints: input.talkingPoints ?? [],
        anchors: normalizeAnchors(input.anchors ?? []),
      };
      const [question] = await this.insertQuestions(manager, actor.organizationId, actor.userId, [content]);
      await this.audit.record(manager, actor, {
        action: 'CREATED',
        entityType: AuditEntityType.QUESTION,
        entityId: question.id,
        after: { ...contentOf(question), revision: question.revision },
      });
      return question;
    });
  }

  /** Inserts questions at the end of their categories, each with its first revision. */
  async insertQuestions(
    manager: EntityManager,
    organizationId: string,
    createdById: string | null,
    contents: Content[],
  ): Promise<Question[]> {
    if (contents.length === 0) return [];
    const nextPositions = new Map<string, number>();
    for (const categoryId of new Set(contents.map((content) => content.categoryId))) {
      const [{ next }] = await runSql(manager, nextQuestionPositionSql(categoryId));
      nextPositions.set(categoryId, next);
    }
    const rows = contents.map((content) => {
      const position = nextPositions.get(content.categoryId)!;
      nextPositions.set(content.categoryId, position + 1);
      return manager.create(Question, { ...content, organizationId, createdById, position, revision: 1 });
    });
    const questions = await manager.save(Question, rows, { chunk: 500 });
    await manager.insert(
      QuestionRevision,
      questions.map((question) => ({ ...contentOf(question), organizationId, questionId: question.id, revision: 1, createdById })),
    );
    return questions;
  }

  async update(actor: AuthUser, id: string, input: UpdateQuestionInput): Promise<Question> {
    return this.dataSource.transaction(async (manager) => {
      const question = await this.lock(manager, actor.organizationId, id);
      checkExpectedRevision(question, input.expectedRevision);
      if (input.categoryId !== undefined && input.categoryId !== question.categoryId) {
        await this.categories.get(actor.organizationId, input.categoryId, 'categoryId');
      }
      const before = { ...contentOf(question), revision: question.revision };
      const saved = await this.applyContent(
        manager,
        question,
        { ...definedOnly(input), tags: input.tags && uniqueTags(input.tags), anchors: input.anchors && normalizeAnchors(input.anchors) },
        actor.userId,
      );
      const changed = changedFields(before, { ...contentOf(saved), revision: saved.revision }, [...CONTENT_FIELDS, 'revision']);
      await this.audit.record(
        manager,
        actor,
        changed && { action: 'UPDATED', entityType: AuditEntityType.QUESTION, entityId: id, ...changed },
      );
      return saved;
    });
  }

  /**
   * Makes an earlier revision's content current again as a new revision, so history only grows. Restoring the
   * current revision, or one that reads the same as it, is refused (BAD_USER_INPUT) rather than adding a copy.
   */
  async restoreRevision(actor: AuthUser, input: RestoreQuestionRevisionInput): Promise<Question> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      const question = await this.lock(manager, organizationId, input.questionId, 'questionId');
      checkExpectedRevision(question, input.expectedRevision);
      const current = question.revision;
      if (input.revision === current) {
        throw new QuestionBankException(
          Reason.REVISION_IS_CURRENT,
          `revision: revision ${current} is the current one: there is nothing to restore`,
          'revision',
        );
      }
      const source = await manager
        .getRepository(QuestionRevision)
        .findOneBy({ organizationId, questionId: question.id, revision: input.revision });
      if (!source) {
        throw new QuestionBankException(Reason.REVISION_NOT_FOUND, `revision: this question has no revision ${input.revision}`, 'revision');
      }
      const [category] = await this.categories.byIds(organizationId, [source.categoryId]);
      if (category instanceof Error) {
        throw new QuestionBankException(
          Reason.CATEGORY_NOT_FOUND,
          `revision: the category of revision ${input.revision} has been deleted since: edit the question instead`,
          'revision',
        );
      }
      const before = { ...contentOf(question), revision: current };
      const saved = await this.applyContent(manager, question, contentOf(source), actor.userId);
      const changed = changedFields(before, { ...contentOf(saved), revision: saved.revision }, [...CONTENT_FIELDS, 'revision']);
      if (!changed) {
        throw new QuestionBankException(
          Reason.REVISION_IS_CURRENT,
          `revision: revision ${input.revision} reads the same as the current revision ${current}: there is nothing to restore`,
          'revision',
        );
      }
      await this.audit.record(manager, actor, {
        action: 'REVISION_RESTORED',
        entityType: AuditEntityType.QUESTION,
        entityId: question.id,
        before: changed.before,
        after: { ...changed.after, restoredRevision: input.revision },
      });
      return saved;
    });
  }

  /** Writes a new revision when the content really changes; an identical save changes nothing. */
  async applyContent(manager: EntityManager, question: Question, changes: Partial<Content>, actorId: string | null): Promise<Question> {
    const before = contentOf(question);
    const after: Content = { ...before, ...definedOnly(changes) };
    if (!after.prompt) after.prompt = after.title;
    if (sameContent(before, after)) return question;
    if (after.categoryId !== before.categoryId) {
      const [{ next }] = await runSql(manager, nextQuestionPositionSql(after.categoryId));
      question.position = next;
    }
    Object.assign(question, after, { revision: question.revision + 1 });
    const saved = await manager.save(question);
    await manager.insert(QuestionRevision, {
      ...after,
      organizationId: question.organizationId,
      questionId: question.id,
      revision: question.revision,
      createdById: actorId,
    });
    return saved;
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<Question> {
    return this.dataSource.transaction(async (manager) => {
      const question = await this.lock(manager, actor.organizationId, id);
      const before = { archivedAt: question.archivedAt };
      question.archivedAt = archived ? (question.archivedAt ?? new Date()) : null;
      const changed = changedFields(before, question, ['archivedAt']);
      await this.audit.record(
        manager,
        actor,
        changed && { action: archived ? 'ARCHIVED' : 'RESTORED', entityType: AuditEntityType.QUESTION, entityId: id, ...changed },
      );
      return manager.save(question);
    });
  }

  /** Only an unused question can be deleted; one in a question set (and later, in an interview) is archived instead. */
  async delete(actor: Actor, id: string): Promise<boolean> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      const question = await this.lock(manager, organizationId, id);
      const [{ sets }] = await runSql(manager, questionSetUsesSql(id));
      if (sets > 0)
        throw new QuestionBankException(Reason.QUESTION_IN_USE, `This question is used by ${sets} question sets: archive it instead`, 'id');
      await manager.delete(Question, { organizationId, id });
      await this.audit.record(manager, actor, {
        action: 'DELETED',
        entityType: AuditEntityType.QUESTION,
        entityId: id,
        before: fieldsOf(question, ['categoryId', 'title', 'revision']),
      });
      return true;
    });
  }

  private async lock(manager: EntityManager, organizationId: string, id: string, field = 'id'): Promise<Question> {
    const question = await manager.getRepository(Question).findOne({ where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
    if (!question) throw new QuestionBankException(Reason.QUESTION_NOT_FOUND, 'Question not found', field);
    return question;
  }
}

/** An edit made against an older revision than the current one would overwrite a colleague's: CONFLICT. */
function checkExpectedRevision(question: Question, expectedRevision: number | undefined): void {
  if (expectedRevision != null && expectedRevision !== question.revision) {
    throw new QuestionBankException(
      Reason.STALE_REVISION,
      `Someone saved revision ${question.revision} after the revision ${expectedRevision} you edited: reload and apply your change again`,
      'expectedRevision',
    );
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([key, item]) => item !== undefined && (CONTENT_FIELDS as readonly string[]).includes(key)),
  ) as Partial<T>;
}

function normalizeAnchors(anchors: Array<{ rating: number; text: string }>) {
  const byRating = new Map(anchors.map((anchor) => [anchor.rating, { rating: anchor.rating, text: anchor.text }]));
  return [...byRating.values()].sort((a, b) => a.rating - b.rating);
}
