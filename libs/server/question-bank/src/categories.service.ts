import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runSql } from '@panelist/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  categoryNamedSql,
  categoryQuestionTotalSql,
  existingCategoryCountSql,
  existingCategoryIdsSql,
  nextCategoryPositionSql,
  questionCountsSql,
  reorderCategoriesSql,
} from './categories.sql';
import { Category } from './category.entity';
import { CreateCategoryInput, UpdateCategoryInput } from './dtos/category.input';
import { QuestionBankException, QuestionBankExceptionReason as Reason } from './question-bank.exception';

export interface CategoryWithCount extends Category {
  questionCount: number;
}

@Injectable()
export class CategoriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Categories in order, each with its count of live (not archived) questions, in one statement. */
  async list(organizationId: string): Promise<CategoryWithCount[]> {
    const { entities, raw } = await this.dataSource
      .getRepository(Category)
      .createQueryBuilder('c')
      .addSelect(
        (sub) => sub.select('count(*)::int').from('question', 'q').where('q.category_id = c.id AND q.archived_at IS NULL'),
        'question_count',
      )
      .where('c.organizationId = :organizationId', { organizationId })
      .orderBy('c.position', 'ASC')
      .getRawAndEntities();
    return entities.map((category, index) => Object.assign(category, { questionCount: Number(raw[index].question_count) }));
  }

  async get(organizationId: string, id: string, field = 'id'): Promise<Category> {
    const category = await this.dataSource.getRepository(Category).findOneBy({ organizationId, id });
    if (!category) throw new QuestionBankException(Reason.CATEGORY_NOT_FOUND, 'Category not found', field);
    return category;
  }

  async byIds(organizationId: string, ids: readonly string[]): Promise<Array<Category | Error>> {
    const rows = await this.dataSource.getRepository(Category).findBy({ organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new QuestionBankException(Reason.CATEGORY_NOT_FOUND, 'Category not found'));
  }

  async questionCounts(organizationId: string, ids: readonly string[]): Promise<number[]> {
    const rows = await runSql(this.dataSource, questionCountsSql(organizationId, ids));
    const counts = new Map(rows.map((row) => [row.category_id, row.count]));
    return ids.map((id) => counts.get(id) ?? 0);
  }

  async create(organizationId: string, input: CreateCategoryInput): Promise<Category> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, organizationId, input.name);
      const position = await this.nextPosition(manager, organizationId);
      return manager.save(manager.create(Category, { organizationId, name: input.name, description: input.description ?? '', position }));
    });
  }

  async update(organizationId: string, id: string, input: UpdateCategoryInput): Promise<Category> {
    return this.dataSource.transaction(async (manager) => {
      const category = await this.get(organizationId, id);
      if (input.name !== undefined && input.name.toLowerCase() !== category.name.toLowerCase())
        await this.assertNameFree(manager, organizationId, input.name);
      Object.assign(
        category,
        input.name === undefined ? {} : { name: input.name },
        input.description === undefined ? {} : { description: input.description },
      );
      return manager.save(category);
    });
  }

  async reorder(organizationId: string, categoryIds: string[]): Promise<Category[]> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.getRepository(Category).find({ where: { organizationId }, lock: { mode: 'pessimistic_write' } });
      const known = new Set(existing.map((category) => category.id));
      if (
        new Set(categoryIds).size !== categoryIds.length ||
        categoryIds.length !== known.size ||
        categoryIds.some((id) => !known.has(id))
      ) {
        throw new QuestionBankException(
          Reason.INVALID_ORDER,
          'categoryIds: must list every category of the organisation exactly once',
          'categoryIds',
        );
      }
      await runSql(manager, reorderCategoriesSql(organizationId, categoryIds));
      return manager.getRepository(Category).find({ where: { organizationId }, order: { position: 'ASC' } });
    });
  }

  async delete(organizationId: string, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.get(organizationId, id);
      const [{ count }] = await runSql(manager, categoryQuestionTotalSql(id));
      if (count > 0)
        throw new QuestionBankException(
          Reason.CATEGORY_NOT_EMPTY,
          `This category still holds ${count} questions: move or delete them first`,
          'id',
        );
      await manager.delete(Category, { organizationId, id });
      return true;
    });
  }

  async assertNameFree(manager: EntityManager, organizationId: string, name: string): Promise<void> {
    const [taken] = await runSql(manager, categoryNamedSql(organizationId, name));
    if (taken) throw new QuestionBankException(Reason.CATEGORY_NAME_TAKEN, `A category named "${name}" already exists`, 'name');
  }

  async nextPosition(manager: EntityManager, organizationId: string): Promise<number> {
    const [{ next }] = await runSql(manager, nextCategoryPositionSql(organizationId));
    return next;
  }

  /** Which of `ids` are categories of the organisation. */
  async existingIds(manager: EntityManager, organizationId: string, ids: string[]): Promise<Set<string>> {
    return new Set((await runSql(manager, existingCategoryIdsSql(organizationId, ids))).map((row) => row.id));
  }

  /** How many of `ids` are categories of the organisation (ids are expected distinct). */
  async countExisting(manager: EntityManager, organizationId: string, ids: string[]): Promise<number> {
    const [{ found }] = await runSql(manager, existingCategoryCountSql(organizationId, ids));
    return found;
  }

  /** Categories of the organisation among `ids`, in bank order. */
  inBankOrder(organizationId: string, ids: string[]): Promise<Category[]> {
    return this.dataSource.getRepository(Category).find({ where: { organizationId, id: In(ids) }, order: { position: 'ASC' } });
  }
}
