import { graphql } from '../gql';
import type { FactoryRoundFragment, RoundInput } from '../gql/graphql';
import { dataOf } from '../support/data-of';
import type { Member } from './member.factory';

export const roundFields = graphql(`
  fragment FactoryRound on Round {
    id
    name
    durationMinutes
    panelSize
    stage {
      id
      name
    }
    questions {
      ...FactoryQuestion
    }
  }
`);

const AddRound = graphql(`
  mutation FactoryAddRound($openingId: ID!, $input: RoundInput!) {
    addRound(openingId: $openingId, input: $input) {
      ...FactoryRound
    }
  }
`);

const ProposeQuestions = graphql(`
  query FactoryProposeQuestions($input: ProposeRoundQuestionsInput!) {
    proposeRoundQuestions(input: $input) {
      questions {
        id
      }
    }
  }
`);

export type Round = FactoryRoundFragment;

/** A round's input with its stage named rather than identified: the stage ids exist once the opening does. */
export type RoundOverrides = Partial<Omit<RoundInput, 'stageId'>> & { stage?: string };

/** Where a round goes: an opening and its stages. */
export interface RoundOpening {
  id: string;
  stages: Array<{ id: string; name: string }>;
}

let created = 0;

/** A round of an opening's loop, by default a 45-minute onsite round without questions. */
export class RoundFactory {
  #proposedFrom?: { categoryIds: string[]; seed?: number };

  private constructor(private readonly value: RoundOverrides & Pick<RoundInput, 'name' | 'durationMinutes'> & { stage: string }) {}

  static from(overrides: RoundOverrides = {}): RoundFactory {
    return new RoundFactory({ name: `Round ${++created}`, stage: 'Onsite', durationMinutes: 45, ...overrides });
  }

  /** Asks the questions the API proposes for these categories in the round's time, as the admin's round editor does. */
  proposedFrom(categoryIds: string[], seed?: number): this {
    this.#proposedFrom = { categoryIds, seed };
    return this;
  }

  build(opening: RoundOpening): RoundInput {
    const { stage, ...input } = this.value;
    const stageId = opening.stages.find((candidate) => candidate.name === stage)?.id;
    if (!stageId) throw new Error(`the opening has no stage named ${stage}`);
    return { ...input, stageId };
  }

  async create(by: Member, opening: RoundOpening): Promise<Round> {
    const input = this.build(opening);
    if (this.#proposedFrom) {
      const proposal = dataOf(
        await by.gql(ProposeQuestions, { input: { ...this.#proposedFrom, durationMinutes: input.durationMinutes } }),
      ).proposeRoundQuestions;
      input.questionIds = proposal.questions.map((question) => question.id);
    }
    return dataOf(await by.gql(AddRound, { openingId: opening.id, input })).addRound;
  }
}
