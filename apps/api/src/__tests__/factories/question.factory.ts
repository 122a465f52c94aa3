import { graphql } from '../gql';
import type { CreateQuestionInput, FactoryQuestionFragment } from '../gql/graphql';
import { dataOf } from '../support/data-of';
import type { Member } from './member.factory';

export const questionFields = graphql(`
  fragment FactoryQuestion on Question {
    id
    title
    revision
    estimatedMinutes
    category {
      id
    }
  }
`);

const CreateQuestion = graphql(`
  mutation FactoryCreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      ...FactoryQuestion
    }
  }
`);

export type Question = FactoryQuestionFragment;

let created = 0;

/** A question in a category of the bank, written by a hiring manager or an admin. */
export class QuestionFactory {
  private constructor(private readonly value: CreateQuestionInput) {}

  static from(overrides: Partial<CreateQuestionInput> & Pick<CreateQuestionInput, 'categoryId'>): QuestionFactory {
    return new QuestionFactory({ title: `Question ${++created}`, ...overrides });
  }

  build(): CreateQuestionInput {
    return { ...this.value };
  }

  async create(by: Member): Promise<Question> {
    return dataOf(await by.gql(CreateQuestion, { input: this.build() })).createQuestion;
  }
}
