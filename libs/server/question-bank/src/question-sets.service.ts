import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, runSql } from '@panelist/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CreateQuestionSetInput, UpdateQuestionSetInput } from './dtos/question-set.input';
import { QuestionBankException, QuestionBankExceptionReason as Reason } from './question-bank.exception';
import { QuestionSet } from './question-set.entity';
import { clearQuestionSetSql, fillQuestionSetSql, questionSetItemsSql } from './question-sets.sql';
import { QuestionsService } from './questions.service';

@Injectable()
export class QuestionSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionsService,
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
      return set;
    });
  }

  async update(organizationId: string, id: string, input: UpdateQuestionSetInput): Promise<QuestionSet> {
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
      if (input.name !== undefined) set.name = input.name;
      if (input.description !== undefined) set.description = input.description;
      if (input.questionIds) await this.replaceItems(manager, set, input.questionIds);
      set.version += 1;
      return manager.save(set);
    });
  }

  async delete(organizationId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(QuestionSet).delete({ organizationId, id });
    if (!result.affected) throw new QuestionBankException(Reason.QUESTION_SET_NOT_FOUND, 'Question set not found', 'id');
    return true;
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
