/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    status\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n": typeof types.SetupStatusDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      role\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment CategoryFields on Category {\n    id\n    name\n    description\n    position\n    questionCount\n  }\n": typeof types.CategoryFieldsFragmentDoc,
    "\n  fragment QuestionSummary on Question {\n    id\n    title\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    revision\n    archivedAt\n    category {\n      id\n      name\n    }\n  }\n": typeof types.QuestionSummaryFragmentDoc,
    "\n  fragment QuestionContent on Question {\n    ...QuestionSummary\n    prompt\n    updatedAt\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    revisions {\n      id\n      revision\n      createdAt\n      title\n    }\n  }\n": typeof types.QuestionContentFragmentDoc,
    "\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...QuestionSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BankQuestionsDocument,
    "\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionContent\n    }\n  }\n": typeof types.QuestionDetailDocument,
    "\n  query QuestionRevisions($id: ID!) {\n    question(id: $id) {\n      id\n      revisions {\n        id\n        revision\n        createdAt\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        tags\n        talkingPoints {\n          text\n        }\n        anchors {\n          rating\n          text\n        }\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.QuestionRevisionsDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionContent\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionContent\n    }\n  }\n": typeof types.UpdateQuestionDocument,
    "\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveQuestionDocument,
    "\n  mutation UnarchiveQuestion($id: ID!) {\n    unarchiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.UnarchiveQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": typeof types.DeleteQuestionDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation ImportQuestionBank($markdown: String!, $dryRun: Boolean!) {\n    importQuestionBank(markdown: $markdown, dryRun: $dryRun) {\n      dryRun\n      categoriesCreated\n      questionsCreated\n      questionsUpdated\n      questionsUnchanged\n      talkingPointsCreated\n      skipped {\n        line\n        reason\n      }\n    }\n  }\n": typeof types.ImportQuestionBankDocument,
    "\n  query ExportQuestionBank {\n    exportQuestionBank\n  }\n": typeof types.ExportQuestionBankDocument,
    "\n  fragment MemberFields on User {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  fragment QuestionSetSummary on QuestionSet {\n    id\n    name\n    description\n    questionCount\n    version\n    updatedAt\n  }\n": typeof types.QuestionSetSummaryFragmentDoc,
    "\n  query QuestionSets {\n    questionSets {\n      ...QuestionSetSummary\n    }\n  }\n": typeof types.QuestionSetsDocument,
    "\n  query QuestionSet($id: ID!) {\n    questionSet(id: $id) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n": typeof types.QuestionSetDocument,
    "\n  mutation CreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      ...QuestionSetSummary\n    }\n  }\n": typeof types.CreateQuestionSetDocument,
    "\n  mutation UpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n": typeof types.UpdateQuestionSetDocument,
    "\n  mutation DeleteQuestionSet($id: ID!) {\n    deleteQuestionSet(id: $id)\n  }\n": typeof types.DeleteQuestionSetDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    status\n    organization {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n": types.SetupStatusDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      role\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment CategoryFields on Category {\n    id\n    name\n    description\n    position\n    questionCount\n  }\n": types.CategoryFieldsFragmentDoc,
    "\n  fragment QuestionSummary on Question {\n    id\n    title\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    revision\n    archivedAt\n    category {\n      id\n      name\n    }\n  }\n": types.QuestionSummaryFragmentDoc,
    "\n  fragment QuestionContent on Question {\n    ...QuestionSummary\n    prompt\n    updatedAt\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    revisions {\n      id\n      revision\n      createdAt\n      title\n    }\n  }\n": types.QuestionContentFragmentDoc,
    "\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n": types.CategoriesDocument,
    "\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...QuestionSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BankQuestionsDocument,
    "\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionContent\n    }\n  }\n": types.QuestionDetailDocument,
    "\n  query QuestionRevisions($id: ID!) {\n    question(id: $id) {\n      id\n      revisions {\n        id\n        revision\n        createdAt\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        tags\n        talkingPoints {\n          text\n        }\n        anchors {\n          rating\n          text\n        }\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.QuestionRevisionsDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionContent\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionContent\n    }\n  }\n": types.UpdateQuestionDocument,
    "\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveQuestionDocument,
    "\n  mutation UnarchiveQuestion($id: ID!) {\n    unarchiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.UnarchiveQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": types.DeleteQuestionDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation ImportQuestionBank($markdown: String!, $dryRun: Boolean!) {\n    importQuestionBank(markdown: $markdown, dryRun: $dryRun) {\n      dryRun\n      categoriesCreated\n      questionsCreated\n      questionsUpdated\n      questionsUnchanged\n      talkingPointsCreated\n      skipped {\n        line\n        reason\n      }\n    }\n  }\n": types.ImportQuestionBankDocument,
    "\n  query ExportQuestionBank {\n    exportQuestionBank\n  }\n": types.ExportQuestionBankDocument,
    "\n  fragment MemberFields on User {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": types.MembersDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  fragment QuestionSetSummary on QuestionSet {\n    id\n    name\n    description\n    questionCount\n    version\n    updatedAt\n  }\n": types.QuestionSetSummaryFragmentDoc,
    "\n  query QuestionSets {\n    questionSets {\n      ...QuestionSetSummary\n    }\n  }\n": types.QuestionSetsDocument,
    "\n  query QuestionSet($id: ID!) {\n    questionSet(id: $id) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n": types.QuestionSetDocument,
    "\n  mutation CreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      ...QuestionSetSummary\n    }\n  }\n": types.CreateQuestionSetDocument,
    "\n  mutation UpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n": types.UpdateQuestionSetDocument,
    "\n  mutation DeleteQuestionSet($id: ID!) {\n    deleteQuestionSet(id: $id)\n  }\n": types.DeleteQuestionSetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    status\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    status\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n"): (typeof documents)["\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      role\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryFields on Category {\n    id\n    name\n    description\n    position\n    questionCount\n  }\n"): (typeof documents)["\n  fragment CategoryFields on Category {\n    id\n    name\n    description\n    position\n    questionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionSummary on Question {\n    id\n    title\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    revision\n    archivedAt\n    category {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionSummary on Question {\n    id\n    title\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    revision\n    archivedAt\n    category {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionContent on Question {\n    ...QuestionSummary\n    prompt\n    updatedAt\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    revisions {\n      id\n      revision\n      createdAt\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionContent on Question {\n    ...QuestionSummary\n    prompt\n    updatedAt\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    revisions {\n      id\n      revision\n      createdAt\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...QuestionSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...QuestionSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionContent\n    }\n  }\n"): (typeof documents)["\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionContent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionRevisions($id: ID!) {\n    question(id: $id) {\n      id\n      revisions {\n        id\n        revision\n        createdAt\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        tags\n        talkingPoints {\n          text\n        }\n        anchors {\n          rating\n          text\n        }\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionRevisions($id: ID!) {\n    question(id: $id) {\n      id\n      revisions {\n        id\n        revision\n        createdAt\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        tags\n        talkingPoints {\n          text\n        }\n        anchors {\n          rating\n          text\n        }\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionContent\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionContent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionContent\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionContent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveQuestion($id: ID!) {\n    unarchiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveQuestion($id: ID!) {\n    unarchiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportQuestionBank($markdown: String!, $dryRun: Boolean!) {\n    importQuestionBank(markdown: $markdown, dryRun: $dryRun) {\n      dryRun\n      categoriesCreated\n      questionsCreated\n      questionsUpdated\n      questionsUnchanged\n      talkingPointsCreated\n      skipped {\n        line\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportQuestionBank($markdown: String!, $dryRun: Boolean!) {\n    importQuestionBank(markdown: $markdown, dryRun: $dryRun) {\n      dryRun\n      categoriesCreated\n      questionsCreated\n      questionsUpdated\n      questionsUnchanged\n      talkingPointsCreated\n      skipped {\n        line\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportQuestionBank {\n    exportQuestionBank\n  }\n"): (typeof documents)["\n  query ExportQuestionBank {\n    exportQuestionBank\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on User {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MemberFields on User {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      email\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      email\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionSetSummary on QuestionSet {\n    id\n    name\n    description\n    questionCount\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment QuestionSetSummary on QuestionSet {\n    id\n    name\n    description\n    questionCount\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionSets {\n    questionSets {\n      ...QuestionSetSummary\n    }\n  }\n"): (typeof documents)["\n  query QuestionSets {\n    questionSets {\n      ...QuestionSetSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionSet($id: ID!) {\n    questionSet(id: $id) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionSet($id: ID!) {\n    questionSet(id: $id) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      ...QuestionSetSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      ...QuestionSetSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuestionSet($id: ID!) {\n    deleteQuestionSet(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteQuestionSet($id: ID!) {\n    deleteQuestionSet(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;