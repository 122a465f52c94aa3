import { graphql } from '../gql';
import type { CandidateInput, FactoryApplicationFragment, FactoryCandidateFragment } from '../gql/graphql';
import { dataOf } from '../support/data-of';
import { uniqueEmail } from '../support/test-app';
import type { Member } from './member.factory';
import type { Opening } from './opening.factory';

export const candidateFields = graphql(`
  fragment FactoryCandidate on Candidate {
    id
    name
    email
    tags
  }
`);

export const applicationFields = graphql(`
  fragment FactoryApplication on Application {
    id
    status
    stage {
      id
      name
    }
  }
`);

const CreateCandidate = graphql(`
  mutation FactoryCreateCandidate($input: CandidateInput!) {
    createCandidate(input: $input) {
      ...FactoryCandidate
    }
  }
`);

const CreateApplication = graphql(`
  mutation FactoryCreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      ...FactoryApplication
    }
  }
`);

const MoveApplication = graphql(`
  mutation FactoryMoveApplication($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      ...FactoryApplication
    }
  }
`);

const RejectApplication = graphql(`
  mutation FactoryRejectApplication($input: CloseApplicationInput!) {
    rejectApplication(input: $input) {
      ...FactoryApplication
    }
  }
`);

export type Application = FactoryApplicationFragment;

export interface Candidate extends FactoryCandidateFragment {
  /** In the order chained. */
  applications: Application[];
}

/** Where an application goes in its opening: a stage it is moved to, and whether it was rejected there. */
export interface ApplicationOverrides {
  stage?: string;
  rejected?: boolean;
}

let created = 0;

/**
 * `CandidateFactory.from({ name: 'Alan Turing' }).application(opening, { stage: 'Onsite' }).create(org.recruiter)`:
 * a candidate and their applications, moved and rejected through the API as a recruiter would.
 */
export class CandidateFactory {
  readonly #applications: Array<{ opening: Pick<Opening, 'id' | 'stage'> } & ApplicationOverrides> = [];

  private constructor(private readonly value: CandidateInput) {}

  static from(overrides: Partial<CandidateInput> = {}): CandidateFactory {
    const number = ++created;
    return new CandidateFactory({ name: `Candidate ${number}`, email: uniqueEmail(`candidate${number}`), ...overrides });
  }

  application(opening: Pick<Opening, 'id' | 'stage'>, overrides: ApplicationOverrides = {}): this {
    this.#applications.push({ opening, ...overrides });
    return this;
  }

  build(): CandidateInput {
    return { ...this.value };
  }

  async create(by: Member): Promise<Candidate> {
    const candidate = dataOf(await by.gql(CreateCandidate, { input: this.build() })).createCandidate;
    const applications: Application[] = [];
    for (const { opening, stage, rejected } of this.#applications) {
      let application = dataOf(
        await by.gql(CreateApplication, { input: { candidateId: candidate.id, openingId: opening.id } }),
      ).createApplication;
      if (stage) {
        const input = { applicationId: application.id, stageId: opening.stage(stage).id };
        application = dataOf(await by.gql(MoveApplication, { input })).moveApplication;
      }
      if (rejected) {
        application = dataOf(
          await by.gql(RejectApplication, { input: { applicationId: application.id, reason: 'Not this time' } }),
        ).rejectApplication;
      }
      applications.push(application);
    }
    return { ...candidate, applications };
  }
}
