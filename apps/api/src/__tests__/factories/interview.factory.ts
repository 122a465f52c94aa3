import { graphql } from '../gql';
import type { FactoryInterviewFragment, ScheduleInterviewInput } from '../gql/graphql';
import { dataOf } from '../support/data-of';
import type { Application } from './candidate.factory';
import type { Member } from './member.factory';
import type { Round } from './round.factory';

export const interviewFields = graphql(`
  fragment FactoryInterview on Interview {
    id
    startsAt
    endsAt
    status
    panelists {
      id
    }
    questions {
      id
      revision
      title
    }
    warnings
  }
`);

const ScheduleInterview = graphql(`
  mutation FactoryScheduleInterview($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) {
      ...FactoryInterview
    }
  }
`);

export type Interview = FactoryInterviewFragment;

export interface InterviewOverrides {
  application: Pick<Application, 'id'>;
  round: Pick<Round, 'id'>;
  panel: Array<Pick<Member, 'id'>>;
  startsAt?: Date;
}

const DAY = 86_400_000;

/** `InterviewFactory.from({ application, round, panel: [org.interviewer] }).create(org.recruiter)`: booked for tomorrow unless told when. */
export class InterviewFactory {
  private constructor(private readonly value: InterviewOverrides & { startsAt: Date }) {}

  static from(overrides: InterviewOverrides): InterviewFactory {
    return new InterviewFactory({ startsAt: new Date(Date.now() + DAY), ...overrides });
  }

  build(): ScheduleInterviewInput {
    const { application, round, panel, startsAt } = this.value;
    return {
      applicationId: application.id,
      roundId: round.id,
      panelistIds: panel.map((member) => member.id),
      startsAt: startsAt.toISOString(),
    };
  }

  async create(by: Member): Promise<Interview> {
    return dataOf(await by.gql(ScheduleInterview, { input: this.build() })).scheduleInterview;
  }
}
