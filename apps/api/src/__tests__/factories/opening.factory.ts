import { graphql } from '../gql';
import type { CreateOpeningInput, FactoryOpeningFragment } from '../gql/graphql';
import { dataOf } from '../support/data-of';
import type { Member } from './member.factory';
import { Round, RoundFactory, RoundOverrides } from './round.factory';

export const openingFields = graphql(`
  fragment FactoryOpening on Opening {
    id
    title
    status
    stages {
      id
      name
      position
    }
  }
`);

const CreateOpening = graphql(`
  mutation FactoryCreateOpening($input: CreateOpeningInput!) {
    createOpening(input: $input) {
      ...FactoryOpening
    }
  }
`);

export type Stage = FactoryOpeningFragment['stages'][number];

/** An opening with its pipeline's stages and its loop's rounds, as the API answered. */
export interface Opening extends FactoryOpeningFragment {
  rounds: Round[];
  /** The stage of that name (the default pipeline: Applied, Recruiter screen, Technical screen, Onsite, Debrief, Offer, Hired). */
  stage(name: string): Stage;
}

/**
 * `OpeningFactory.from({ title: 'MLOps Engineer' }).round({ name: 'Systems' }, (round) => round.proposedFrom([categoryId])).create(org.hiringManager)`:
 * an opening with the default pipeline (or the input's stages or template) and the rounds chained on, in order.
 */
export class OpeningFactory {
  readonly #rounds: RoundFactory[] = [];

  private constructor(private readonly value: CreateOpeningInput) {}

  static from(overrides: Partial<CreateOpeningInput> = {}): OpeningFactory {
    return new OpeningFactory({ title: 'ML Platform Engineer', ...overrides });
  }

  round(overrides: RoundOverrides = {}, build: (round: RoundFactory) => RoundFactory = (round) => round): this {
    this.#rounds.push(build(RoundFactory.from(overrides)));
    return this;
  }

  build(): CreateOpeningInput {
    return { ...this.value };
  }

  async create(by: Member): Promise<Opening> {
    const opening = dataOf(await by.gql(CreateOpening, { input: this.build() })).createOpening;
    const rounds: Round[] = [];
    for (const round of this.#rounds) rounds.push(await round.create(by, opening));
    return {
      ...opening,
      rounds,
      stage(name) {
        const stage = opening.stages.find((candidate) => candidate.name === name);
        if (!stage) throw new Error(`${opening.title} has no stage named ${name}`);
        return stage;
      },
    };
  }
}
