import { graphql } from '../gql';
import type { Role, SignUpInput } from '../gql/graphql';
import { dataOf } from '../support/data-of';
import { PASSWORD, TestApp, uniqueEmail } from '../support/test-app';
import { BankCategory, CategoryFactory } from './category.factory';
import { Member, MemberFactory, MemberOverrides, signedInMember } from './member.factory';
import type { Question } from './question.factory';

const SignUp = graphql(`
  mutation FactorySignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        ...FactoryMember
        organization {
          id
          name
        }
      }
    }
  }
`);

const Bank = graphql(`
  query FactoryBank($after: String) {
    categories {
      ...FactoryCategory
    }
    questions(first: 100, after: $after) {
      edges {
        node {
          ...FactoryQuestion
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Every category with its questions, in bank order, as the API lists them. */
async function readBank(by: Member): Promise<BankCategory[]> {
  const questions: Question[] = [];
  let page = dataOf(await by.gql(Bank));
  const { categories } = page;
  questions.push(...page.questions.edges.map((edge) => edge.node));
  while (page.questions.pageInfo.hasNextPage) {
    page = dataOf(await by.gql(Bank, { after: page.questions.pageInfo.endCursor }));
    questions.push(...page.questions.edges.map((edge) => edge.node));
  }
  return categories.map((category) => ({ ...category, questions: questions.filter((question) => question.category.id === category.id) }));
}

/** An organisation with one signed-in member of each role, and its bank. */
export interface Organization {
  id: string;
  name: string;
  /** The server the organisation lives on. */
  api: TestApp;
  /** Signed up the organisation. */
  admin: Member;
  hiringManager: Member;
  recruiter: Member;
  interviewer: Member;
  /** Everyone: the four above, then the factory's extra members in the order given. */
  members: Member[];
  /** The bank in order, each category with its questions: the seeded MLOps bank unless started empty, then the factory's own. */
  categories: BankCategory[];
}

const INVITED_ROLES: Role[] = ['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'];

/**
 * `OrganizationFactory.from({ startEmpty: true }).member({ role: 'INTERVIEWER', name: 'Ivy' }).category({ name: 'LLMOps' }, (c) => c.question()).create(api)`:
 * signs up through the API (the admin), invites and signs in the other members, then builds the bank.
 */
export class OrganizationFactory {
  readonly #members: MemberFactory[] = [];
  readonly #categories: CategoryFactory[] = [];

  private constructor(private readonly value: SignUpInput) {}

  static from(overrides: Partial<SignUpInput> = {}): OrganizationFactory {
    return new OrganizationFactory({
      organizationName: 'Acme',
      name: 'Ada Admin',
      email: uniqueEmail('admin'),
      password: PASSWORD,
      ...overrides,
    });
  }

  /** A member beyond the one of each role every organisation has. */
  member(overrides: MemberOverrides): this {
    this.#members.push(MemberFactory.from(overrides));
    return this;
  }

  /** A category added to the bank by the hiring manager; `questions` chains its questions. */
  category(
    overrides: Parameters<typeof CategoryFactory.from>[0] = {},
    questions: (category: CategoryFactory) => CategoryFactory = (category) => category,
  ): this {
    this.#categories.push(questions(CategoryFactory.from(overrides)));
    return this;
  }

  build(): SignUpInput {
    return { ...this.value };
  }

  async create(api: TestApp): Promise<Organization> {
    const session = dataOf(await api.gql(SignUp, { input: this.build() })).signUp;
    const admin = signedInMember(api, session);
    const invited: Member[] = [];
    for (const role of INVITED_ROLES) invited.push(await MemberFactory.from({ role }).create({ api, admin }));
    const [hiringManager, recruiter, interviewer] = invited;
    const members = [admin, ...invited];
    for (const member of this.#members) members.push(await member.create({ api, admin }));
    for (const category of this.#categories) await category.create(hiringManager);
    const categories = await readBank(admin);
    return { ...session.user.organization, api, admin, hiringManager, recruiter, interviewer, members, categories };
  }
}
