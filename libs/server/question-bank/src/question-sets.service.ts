import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditEntityType, AuditTrail, AuthUser, changedFields, fieldsOf, runSql } from '@panelist/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CreateQuestionSetInput, UpdateQuestionSetInput } from './dtos/question-set.input';
import { QuestionBankException, QuestionBankExceptionReason as Reason } from './question-bank.exception';
import { QuestionSet } from './question-set.entity';
import { clearQuestionSetSql, deleteQuestionSetSql, fillQuestionSetSql, questionSetItemsSql } from './question-sets.sql';
import { QuestionsService } from './questions.service';

@Injectable()
export class QuestionSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionsService,
    private readonly audit: AuditTrail,
  ) {}

  list(organizationId: string): Promise<QuestionSet[]> {
    return this.dataSource.getRepository(QuestionSet).find({ where: { organizationId }, order: { updatedAt: 'DESC' } });
  }

  async get(organizationId: string, id: string): Promise<QuestionSet> {
    const set = await this.dataSource.getRepository(QuestionSet).findOneBy({ organizationId, id });
    if (!set) throw new QuestionBankException(Reason.QUESTION_SET_NOT_FOUND, 'Question set not found', 'id');
    return set;
  }

  /** Question ids of each set, in order, for many sets at once (the per-request loader). */
  async questionIdsOf(setIds: readonly string[]): Promise<string[][]> {
    const rows = await runSql(this.dataSource, questionSetItemsSql(setIds));
    return setIds.map((id) => rows.filter((row) => row.question_set_id === id).map((row) => row.question_id));
  }

  async create(actor: AuthUser, input: CreateQuestionSetInput): Promise<QuestionSet> {
    return this.dataSource.transaction(async (manager) => {
      const set = await manager.save(
        manager.create(QuestionSet, {
          organizationId: actor.organizationId,
          name: input.name,
          description: input.description ?? '',
          createdById: actor.userId,
        }),
      );
      await this.replaceItems(manager, set, input.questionIds ?? []);
      await this.audit.record(manager, actor, {
        action: 'CREATED',
        entityType: AuditEntityType.QUESTION_SET,
        entityId: set.id,
        after: { ...fieldsOf(set, ['name', 'description']), questionIds: input.questionIds ?? [] },
      });
      return set;
    });
  }

  async update(actor: Actor, id: string, input: UpdateQuestionSetInput): Promise<QuestionSet> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      const set = await manager.getRepository(QuestionSet).findOne({ where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
      if (!set) throw new QuestionBankException(Reason.QUESTION_SET_NOT_FOUND, 'Question set not found', 'id');
      if (input.expectedVersion != null && input.expectedVersion !== set.version) {
        throw new QuestionBankException(
          Reason.STALE_REVISION,
          'Someone changed this question set after you opened it: reload and try again',
          'expectedVersion',
        );
      }
      const before = { name: set.name, description: set.description, questionIds: input.questionIds && (await this.itemsOf(manager, id)) };
      if (input.name !== undefined) set.name = input.name;
      if (input.description !== undefined) set.description = input.description;
      if (input.questionIds) await this.replaceItems(manager, set, input.questionIds);
      set.version += 1;
      const changed = changedFields(before, { name: set.name, description: set.description, questionIds: input.questionIds }, [
        'name',
        'description',
        'questionIds',
      ]);
      await this.audit.record(
        manager,
        actor,
        changed && { action: 'UPDATED', entityType: AuditEntityType.QUESTION_SET, entityId: id, ...changed },
      );
      return manager.save(set);
    });
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [deleted] = await runSql(manager, deleteQuestionSetSql(actor.organizationId, id));
      if (!deleted) throw new QuestionBankException(Reason.QUESTION_SET_NOT_FOUND, 'Question set not found', 'id');
      await this.audit.record(manager, actor, {
        action: 'DELETED',
        entityType: AuditEntityType.QUESTION_SET,
        entityId: id,
        before: { name: deleted.name, description: deleted.description },
      });
      return true;
    });
  }

  private async itemsOf(manager: EntityManager, setId: string): Promise<string[]> {
    return (await runSql(manager, questionSetItemsSql([setId]))).map((row) => row.question_id);
  }

  private async replaceItems(manager: EntityManager, set: QuestionSet, questionIds: string[]): Promise<void> {
    if (new Set(questionIds).size !== questionIds.length) {
      throw new QuestionBankException(Reason.INVALID_ORDER, 'questionIds: a question can be in a set only once', 'questionIds');
    }
    if ((await this.questions.countExisting(manager, set.organizationId, questionIds)) !== questionIds.length)
      throw new QuestionBankException(Reason.QUESTION_NOT_FOUND, 'questionIds: some questions do not exist', 'questionIds');
    await runSql(manager, clearQuestionSetSql(set.id));
    await runSql(manager, fillQuestionSetSql(set.id, set.organizationId, questionIds));
  }
}
