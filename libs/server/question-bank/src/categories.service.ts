import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditEntityType, AuditTrail, changedFields, fieldsOf, runSql } from '@panelist/server-core';
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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

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

  async create(actor: Actor, input: CreateCategoryInput): Promise<Category> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, organizationId, input.name);
      const position = await this.nextPosition(manager, organizationId);
      const category = await manager.save(
        manager.create(Category, { organizationId, name: input.name, description: input.description ?? '', position }),
      );
      await this.audit.record(manager, actor, {
        action: 'CREATED',
        entityType: AuditEntityType.CATEGORY,
        entityId: category.id,
        after: fieldsOf(category, ['name', 'description', 'position']),
      });
      return category;
    });
  }

  async update(actor: Actor, id: string, input: UpdateCategoryInput): Promise<Category> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      const category = await this.get(organizationId, id);
      if (input.name !== undefined && input.name.toLowerCase() !== category.name.toLowerCase())
        await this.assertNameFree(manager, organizationId, input.name);
      const before = { ...category };
      Object.assign(
        category,
        input.name === undefined ? {} : { name: input.name },
        input.description === undefined ? {} : { description: input.description },
      );
      const changed = changedFields(before, category, ['name', 'description']);
      await this.audit.record(
        manager,
        actor,
        changed && { action: 'UPDATED', entityType: AuditEntityType.CATEGORY, entityId: id, ...changed },
      );
      return manager.save(category);
    });
  }

  async reorder(actor: Actor, categoryIds: string[]): Promise<Category[]> {
    const { organizationId } = actor;
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
      const positionOf = new Map(existing.map((category) => [category.id, category.position]));
      await this.audit.record(
        manager,
        actor,
        categoryIds.map((id, index) => {
          const changed = changedFields({ position: positionOf.get(id) }, { position: index }, ['position']);
          return changed && { action: 'REORDERED', entityType: AuditEntityType.CATEGORY, entityId: id, ...changed };
        }),
      );
      return manager.getRepository(Category).find({ where: { organizationId }, order: { position: 'ASC' } });
    });
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      const category = await this.get(organizationId, id);
      const [{ count }] = await runSql(manager, categoryQuestionTotalSql(id));
      if (count > 0)
        throw new QuestionBankException(
          Reason.CATEGORY_NOT_EMPTY,
          `This category still holds ${count} questions: move or delete them first`,
          'id',
        );
      await manager.delete(Category, { organizationId, id });
      await this.audit.record(manager, actor, {
        action: 'DELETED',
        entityType: AuditEntityType.CATEGORY,
        entityId: id,
        before: fieldsOf(category, ['name', 'description', 'position']),
      });
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
