import { graphql } from '../gql';
import type { CreateCategoryInput, CreateQuestionInput, FactoryCategoryFragment } from '../gql/graphql';
import { dataOf } from '../support/data-of';
import type { Member } from './member.factory';
import { Question, QuestionFactory } from './question.factory';

export const categoryFields = graphql(`
  fragment FactoryCategory on Category {
    id
    name
    position
  }
`);

const CreateCategory = graphql(`
  mutation FactoryCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      ...FactoryCategory
    }
  }
`);

export type Category = FactoryCategoryFragment;

/** A category with its questions in bank order. */
export type BankCategory = Category & { questions: Question[] };

type QuestionOverrides = Partial<Omit<CreateQuestionInput, 'categoryId'>>;

let created = 0;

/** A category of the bank with the questions chained on: `CategoryFactory.from({ name: 'LLMOps' }).question({ title: '…' })`. */
export class CategoryFactory {
  readonly #questions: QuestionOverrides[] = [];

  private constructor(private readonly value: CreateCategoryInput) {}

  static from(overrides: Partial<CreateCategoryInput> = {}): CategoryFactory {
    return new CategoryFactory({ name: `Category ${++created}`, ...overrides });
  }

  question(overrides: QuestionOverrides = {}): this {
    this.#questions.push(overrides);
    return this;
  }

  build(): CreateCategoryInput {
    return { ...this.value };
  }

  /** The category and its questions, in order. */
  async create(by: Member): Promise<BankCategory> {
    const category = dataOf(await by.gql(CreateCategory, { input: this.build() })).createCategory;
    const questions: Question[] = [];
    for (const question of this.#questions) questions.push(await QuestionFactory.from({ ...question, categoryId: category.id }).create(by));
    return { ...category, questions };
  }
}
