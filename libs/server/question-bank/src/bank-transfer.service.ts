import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeTitle, parseQuestionBank, ParsedBank, renderQuestionBank } from '@panelist/bank-markdown';
import { AuditEntityType, AuditTrail, MembersService, runSql } from '@panelist/server-core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { bankImportLockSql } from './bank-transfer.sql';
import { ImportResult } from './bank-transfer.types';
import { CategoriesService } from './categories.service';
import { Category } from './category.entity';
import { QuestionBankException, QuestionBankExceptionReason as Reason } from './question-bank.exception';
import { QuestionKind } from './question-kind.enum';
import { Question } from './question.entity';
import { contentOf, QuestionsService, uniqueTags } from './questions.service';

export const MAX_DOCUMENT_LENGTH = 5_000_000;

interface ImportOptions {
  dryRun?: boolean;
  actorId?: string | null;
  /** Called after each question is placed: (done, total). The CLI draws its progress bar from it. */
  onProgress?: (done: number, total: number) => void;
}

/** Markdown in and out of an organisation's bank. An import is one transaction: all or nothing. */
@Injectable()
export class BankTransferService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly categories: CategoriesService,
    private readonly questions: QuestionsService,
    private readonly members: MembersService,
    private readonly audit: AuditTrail,
  ) {}

  parse(markdown: string): ParsedBank {
    if (markdown.length > MAX_DOCUMENT_LENGTH) {
      throw new QuestionBankException(
        Reason.EMPTY_DOCUMENT,
        `markdown: the document is larger than ${MAX_DOCUMENT_LENGTH / 1_000_000} MB`,
        'markdown',
      );
    }
    const parsed = parseQuestionBank(markdown);
    if (parsed.categories.length === 0) {
      throw new QuestionBankException(
        Reason.EMPTY_DOCUMENT,
        'markdown: no categories found: a category is a "## Heading" with questions under it',
        'markdown',
      );
    }
    return parsed;
  }

  async import(organizationId: string, markdown: string, options: ImportOptions = {}): Promise<ImportResult> {
    const parsed = this.parse(markdown);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const result = await this.importParsed(runner.manager, organizationId, parsed, options);
      // One event for the whole import, with its counts: a row per imported question would bury everything else.
      if (!options.dryRun) {
        const { categoriesCreated, questionsCreated, questionsUpdated, talkingPointsCreated } = result;
        await this.audit.record(
          runner.manager,
          { organizationId, userId: options.actorId ?? null },
          {
            action: 'IMPORTED',
            entityType: AuditEntityType.QUESTION_BANK,
            entityId: organizationId,
            after: { categoriesCreated, questionsCreated, questionsUpdated, talkingPointsCreated },
          },
        );
      }
      await (options.dryRun ? runner.rollbackTransaction() : runner.commitTransaction());
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Matches categories by name and questions by title (case and spacing ignored): re-importing changes nothing. */
  async importParsed(
    manager: EntityManager,
    organizationId: string,
    parsed: ParsedBank,
    options: ImportOptions = {},
  ): Promise<ImportResult> {
    await runSql(manager, bankImportLockSql(organizationId));
    const result: ImportResult = {
      dryRun: Boolean(options.dryRun),
      categoriesCreated: 0,
      questionsCreated: 0,
      questionsUpdated: 0,
      questionsUnchanged: 0,
      talkingPointsCreated: 0,
      skipped: parsed.skipped,
    };
    const categoriesByName = new Map(
      (await manager.find(Category, { where: { organizationId } })).map((category) => [category.name.toLowerCase(), category]),
    );
    const questionsByKey = new Map(
      (await manager.find(Question, { where: { organizationId } })).map((question) => [
        `${question.categoryId}\n${normalizeTitle(question.title)}`,
        question,
      ]),
    );
    const total = parsed.categories.reduce((sum, category) => sum + category.questions.length, 0);
    let done = 0;
    let position = await this.categories.nextPosition(manager, organizationId);
    const toCreate: Array<ReturnType<typeof contentOf>> = [];

    for (const parsedCategory of parsed.categories) {
      let category = categoriesByName.get(parsedCategory.name.toLowerCase());
      if (!category) {
        category = await manager.save(
          manager.create(Category, {
            organizationId,
            name: parsedCategory.name,
            description: parsedCategory.description,
            position: position++,
          }),
        );
        categoriesByName.set(category.name.toLowerCase(), category);
        result.categoriesCreated++;
      }
      for (const parsedQuestion of parsedCategory.questions) {
        const content = {
          categoryId: category.id,
          title: parsedQuestion.title,
          prompt: parsedQuestion.prompt || parsedQuestion.title,
          kind: parsedQuestion.kind as QuestionKind,
          difficulty: parsedQuestion.difficulty,
          estimatedMinutes: parsedQuestion.estimatedMinutes,
          tags: uniqueTags(parsedQuestion.tags),
          talkingPoints: parsedQuestion.talkingPoints,
          anchors: parsedQuestion.anchors,
        };
        const existing = questionsByKey.get(`${category.id}\n${normalizeTitle(parsedQuestion.title)}`);
        if (!existing) {
          toCreate.push(content);
          result.questionsCreated++;
          result.talkingPointsCreated += content.talkingPoints.length;
        } else {
          const before = existing.revision;
          const known = new Set(existing.talkingPoints);
          await this.questions.applyContent(manager, existing, content, options.actorId ?? null);
          if (existing.revision === before) {
            result.questionsUnchanged++;
          } else {
            result.questionsUpdated++;
            result.talkingPointsCreated += content.talkingPoints.filter((point) => !known.has(point)).length;
          }
        }
        options.onProgress?.(++done, total);
      }
    }
    await this.questions.insertQuestions(manager, organizationId, options.actorId ?? null, toCreate);
    return result;
  }

  /** The live bank as Markdown, in the importer's format: importing it elsewhere reproduces the bank. */
  async export(organizationId: string): Promise<string> {
    const organization = await this.members.organization(organizationId);
    const categories = await this.dataSource.getRepository(Category).find({ where: { organizationId }, order: { position: 'ASC' } });
    const questions = await this.dataSource
      .getRepository(Question)
      .find({ where: { organizationId, archivedAt: IsNull() }, order: { position: 'ASC' } });
    return renderQuestionBank({
      title: `${organization.name} question bank`,
      categories: categories.map((category) => ({
        name: category.name,
        description: category.description,
        questions: questions
          .filter((question) => question.categoryId === category.id)
          .map(({ title, prompt, kind, difficulty, estimatedMinutes, tags, talkingPoints, anchors }) => ({
            title,
            prompt,
            kind,
            difficulty,
            estimatedMinutes,
            tags,
            talkingPoints,
            anchors,
          })),
      })),
    });
  }
}
