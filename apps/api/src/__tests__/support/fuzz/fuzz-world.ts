import { CandidateFactory, InterviewFactory, OpeningFactory, OrganizationFactory, type Organization } from '../../factories';
import { graphql } from '../../gql';
import { dataOf } from '../data-of';
import { TestApp, uniqueEmail } from '../test-app';
import type { FuzzWorld } from './valid-values';

const CreateQuestionSet = graphql(`
  mutation FuzzCreateQuestionSet($input: CreateQuestionSetInput!) {
    createQuestionSet(input: $input) {
      id
    }
  }
`);

const SaveLoopAsTemplate = graphql(`
  mutation FuzzSaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {
    saveLoopAsTemplate(openingId: $openingId, input: $input) {
      id
    }
  }
`);

const InviteMember = graphql(`
  mutation FuzzInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
    }
  }
`);

const PendingInvitations = graphql(`
  query FuzzPendingInvitations {
    pendingInvitations {
      id
    }
  }
`);

/**
 * An organisation with a record of every kind for fuzzed ids to name: its bank, an opening with a round,
 * candidates at several stages (one rejected), a booked interview, a question set, a loop template, pending
 * invitations, and panelists who are not the callers (so a fuzzed deactivation never signs a caller out).
 */
export async function createFuzzWorld(api: TestApp): Promise<{ org: Organization; world: FuzzWorld }> {
  const org = await OrganizationFactory.from({ organizationName: 'Fuzz' })
    .member({ role: 'INTERVIEWER', name: 'Pat Panelist' })
    .member({ role: 'INTERVIEWER', name: 'Quinn Panelist' })
    .create(api);
  const { hiringManager, recruiter, admin } = org;
  const panelists = org.members.slice(4);
  const categories = org.categories.slice(0, 3);
  const questions = categories.flatMap((category) => category.questions.slice(0, 3));
  const opening = await OpeningFactory.from({ title: 'Fuzz target' })
    .round({ name: 'Systems' }, (round) => round.proposedFrom([categories[0].id]))
    .create(hiringManager);
  const candidates = [
    await CandidateFactory.from().application(opening, { stage: 'Onsite' }).create(recruiter),
    await CandidateFactory.from().application(opening, { stage: 'Technical screen' }).create(recruiter),
    await CandidateFactory.from().application(opening, { rejected: true }).create(recruiter),
  ];
  const applications = candidates.flatMap((candidate) => candidate.applications);
  const interview = await InterviewFactory.from({ application: applications[0], round: opening.rounds[0], panel: panelists }).create(
    recruiter,
  );
  const questionSet = dataOf(
    await hiringManager.gql(CreateQuestionSet, { input: { name: 'Fuzz set', questionIds: questions.map((question) => question.id) } }),
  ).createQuestionSet;
  const template = dataOf(
    await hiringManager.gql(SaveLoopAsTemplate, { openingId: opening.id, input: { name: 'Fuzz loop' } }),
  ).saveLoopAsTemplate;
  const invitationTokens: string[] = [];
  for (const role of ['INTERVIEWER', 'RECRUITER'] as const) {
    invitationTokens.push(dataOf(await admin.gql(InviteMember, { input: { email: uniqueEmail('invitee'), role } })).inviteMember.token);
  }
  const invitations = dataOf(await admin.gql(PendingInvitations)).pendingInvitations;
  return {
    org,
    world: {
      invitationTokens,
      ids: {
        opening: [opening.id],
        stage: opening.stages.map((stage) => stage.id),
        round: opening.rounds.map((round) => round.id),
        application: applications.map((application) => application.id),
        candidate: candidates.map((candidate) => candidate.id),
        interview: [interview.id],
        category: categories.map((category) => category.id),
        question: questions.map((question) => question.id),
        questionSet: [questionSet.id],
        loopTemplate: [template.id],
        invitation: invitations.map((invitation) => invitation.id),
        member: panelists.map((member) => member.id),
      },
    },
  };
}
