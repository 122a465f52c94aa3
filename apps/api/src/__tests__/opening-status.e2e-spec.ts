import { CandidateFactory, OpeningFactory, OrganizationFactory, type Member, type Organization } from './factories';
import { graphql } from './gql';
import type { OpeningStatus } from './gql/graphql';
import { dataOf } from './support/data-of';
import { startTestApp, TestApp } from './support/test-app';

const SetStatus = graphql(`
  mutation StatusSetOpeningStatus($id: ID!, $status: OpeningStatus!) {
    setOpeningStatus(id: $id, status: $status) {
      id
      status
      statusChoices
    }
  }
`);

const StatusOf = graphql(`
  query StatusOpening($id: ID!) {
    opening(id: $id) {
      status
      statusChoices
    }
  }
`);

const AddToOpening = graphql(`
  mutation StatusCreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      id
      opening {
        id
      }
    }
  }
`);

const CandidateApplications = graphql(`
  query StatusCandidateApplications($id: ID!) {
    candidate(id: $id) {
      applications {
        id
      }
    }
  }
`);

const STATUSES: OpeningStatus[] = ['DRAFT', 'OPEN', 'ON_HOLD', 'CLOSED'];

describe('opening status (issue 12 §5)', () => {
  let api: TestApp;
  let org: Organization;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
  });
  afterAll(() => api.close());

  /** An opening of the admin's, put in `status` first. */
  async function openingIn(status: OpeningStatus): Promise<string> {
    const opening = await OpeningFactory.from({ title: `Status ${status}` }).create(org.admin);
    if (status !== 'DRAFT') dataOf(await org.admin.gql(SetStatus, { id: opening.id, status }));
    return opening.id;
  }

  it('lets admins and hiring managers set any status, recruiters only pause and resume an open opening, interviewers none', async () => {
    const expected = (member: Member, from: OpeningStatus, to: OpeningStatus): boolean => {
      if (member.role === 'ADMIN' || member.role === 'HIRING_MANAGER') return true;
      if (member.role === 'RECRUITER') return (from === 'OPEN' && to === 'ON_HOLD') || (from === 'ON_HOLD' && to === 'OPEN');
      return false;
    };
    const failures: string[] = [];
    for (const member of [org.admin, org.hiringManager, org.recruiter, org.interviewer]) {
      for (const from of STATUSES) {
        for (const to of STATUSES.filter((status) => status !== from)) {
          const id = await openingIn(from);
          const answer = await member.gql(SetStatus, { id, status: to });
          const now = dataOf(await org.admin.gql(StatusOf, { id })).opening.status;
          const where = `${member.role} ${from} -> ${to}`;
          if (expected(member, from, to)) {
            if (answer.errors || answer.data?.setOpeningStatus.status !== to || now !== to)
              failures.push(`${where}: ${JSON.stringify(answer)}`);
          } else {
            const refusal: Record<string, unknown> | undefined = answer.errors?.[0].extensions;
            const byRole =
              member.role === 'INTERVIEWER' ? { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' } : { code: 'FORBIDDEN', field: 'status' };
            if (!refusal || !Object.entries(byRole).every(([key, value]) => refusal[key] === value))
              failures.push(`${where}: ${JSON.stringify(answer)}`);
            if (now !== from) failures.push(`${where}: refused, yet the status became ${now}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('says to each member which statuses they may set from the current one', async () => {
    const onHold = await openingIn('ON_HOLD');
    const closed = await openingIn('CLOSED');
    const choices = async (member: Member, id: string) => dataOf(await member.gql(StatusOf, { id })).opening.statusChoices;
    expect(await choices(org.hiringManager, onHold)).toEqual(['DRAFT', 'OPEN', 'CLOSED']);
    expect(await choices(org.recruiter, onHold)).toEqual(['OPEN']);
    expect(await choices(org.recruiter, closed)).toEqual([]);
  });

  it('explains a refused change, and setting the status an opening already has changes nothing', async () => {
    const closed = await openingIn('CLOSED');
    const refused = await org.recruiter.gql(SetStatus, { id: closed, status: 'OPEN' });
    expect(refused.errors?.[0].message).toMatch(/CLOSED to OPEN/);
    expect(dataOf(await org.recruiter.gql(SetStatus, { id: closed, status: 'CLOSED' })).setOpeningStatus.status).toBe('CLOSED');
  });

  it('refuses to add a candidate to a closed opening unless told to, and adds to a draft one', async () => {
    const closed = await openingIn('CLOSED');
    const draft = await openingIn('DRAFT');
    const candidate = await CandidateFactory.from().create(org.recruiter);

    const refused = await org.recruiter.gql(AddToOpening, { input: { candidateId: candidate.id, openingId: closed } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'openingId', reason: 'OPENING_CLOSED' });
    expect(dataOf(await org.recruiter.gql(CandidateApplications, { id: candidate.id })).candidate.applications).toEqual([]);

    const notAllowed = await org.recruiter.gql(AddToOpening, {
      input: { candidateId: candidate.id, openingId: closed, allowClosedOpening: false },
    });
    expect(notAllowed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'openingId' });

    const added = await org.recruiter.gql(AddToOpening, {
      input: { candidateId: candidate.id, openingId: closed, allowClosedOpening: true },
    });
    expect(dataOf(added).createApplication.opening.id).toBe(closed);
    const toDraft = await org.recruiter.gql(AddToOpening, { input: { candidateId: candidate.id, openingId: draft } });
    expect(dataOf(toDraft).createApplication.opening.id).toBe(draft);
  });
});
