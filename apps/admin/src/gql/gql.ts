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
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n    instance\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditLogCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": typeof types.AuditLogCsvDocument,
    "\n  query AuditLogActors {\n    members {\n      id\n      name\n      status\n    }\n  }\n": typeof types.AuditLogActorsDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    status\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n": typeof types.SetupStatusDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organizationName\n      role\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment CategoryFields on Category {\n    id\n    name\n    description\n    position\n    questionCount\n  }\n": typeof types.CategoryFieldsFragmentDoc,
    "\n  fragment QuestionSummary on Question {\n    id\n    title\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    revision\n    archivedAt\n    category {\n      id\n      name\n    }\n  }\n": typeof types.QuestionSummaryFragmentDoc,
    "\n  fragment QuestionContent on Question {\n    ...QuestionSummary\n    prompt\n    updatedAt\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    revisions {\n      id\n      revision\n      createdAt\n      title\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.QuestionContentFragmentDoc,
    "\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String, $withSignal: Boolean = false) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          ...QuestionSummary\n          titleHighlight {\n            text\n            highlighted\n          }\n          snippet {\n            source\n            parts {\n              text\n              highlighted\n            }\n          }\n          signal @include(if: $withSignal) {\n            questionId\n            timesAsked\n            mean\n            pointBiserial\n            sampleSize\n            flags\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BankQuestionsDocument,
    "\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionContent\n    }\n  }\n": typeof types.QuestionDetailDocument,
    "\n  query QuestionRevisions($id: ID!) {\n    question(id: $id) {\n      id\n      revisions {\n        id\n        revision\n        createdAt\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        tags\n        talkingPoints {\n          text\n        }\n        anchors {\n          rating\n          text\n        }\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.QuestionRevisionsDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionContent\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionContent\n    }\n  }\n": typeof types.UpdateQuestionDocument,
    "\n  mutation RestoreQuestionRevision($input: RestoreQuestionRevisionInput!) {\n    restoreQuestionRevision(input: $input) {\n      ...QuestionContent\n    }\n  }\n": typeof types.RestoreQuestionRevisionDocument,
    "\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveQuestionDocument,
    "\n  mutation UnarchiveQuestion($id: ID!) {\n    unarchiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.UnarchiveQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": typeof types.DeleteQuestionDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      ...CategoryFields\n    }\n  }\n": typeof types.ReorderCategoriesDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": typeof types.DeleteCategoryDocument,
    "\n  query Comparison($openingId: ID!, $filter: ComparisonFilter) {\n    comparison(openingId: $openingId, filter: $filter) {\n      rows {\n        candidateId\n        candidateName\n        application {\n          id\n          status\n          stage {\n            id\n            name\n            position\n          }\n        }\n        categoryScores {\n          categoryId\n          mean\n          ratings\n          disagreement\n        }\n        overallScore\n        calibratedScore\n        calibrationBacked\n        recommendations {\n          recommendation\n          count\n        }\n        scorecardCount\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n        decision {\n          id\n          decision\n          reason\n          createdAt\n        }\n      }\n      weights {\n        categoryId\n        weight\n        openingAverage\n      }\n      weightsRationale\n      method\n      hiddenForIndependence\n      minSharedCandidates\n    }\n  }\n": typeof types.ComparisonDocument,
    "\n  query ComparisonBreakdown($openingId: ID!, $applicationId: ID!) {\n    comparison(openingId: $openingId, filter: { applicationIds: [$applicationId] }) {\n      rows {\n        scorecardCount\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          rounds {\n            roundId\n            mean\n            ratings\n          }\n        }\n      }\n    }\n  }\n": typeof types.ComparisonBreakdownDocument,
    "\n  query ComparisonCategories {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.ComparisonCategoriesDocument,
    "\n  query ComparisonOpening($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        position\n      }\n      loop {\n        rounds {\n          id\n          name\n          ratingScale\n        }\n      }\n    }\n  }\n": typeof types.ComparisonOpeningDocument,
    "\n  query ComparisonCsv($openingId: ID!, $filter: ComparisonFilter) {\n    comparisonCsv(openingId: $openingId, filter: $filter)\n  }\n": typeof types.ComparisonCsvDocument,
    "\n  query QuestionGrid($openingId: ID!, $applicationIds: [ID!]!) {\n    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {\n      questions {\n        id\n        title\n        category {\n          id\n          name\n        }\n        talkingPoints {\n          text\n        }\n      }\n      applications {\n        id\n        candidate {\n          id\n          name\n        }\n      }\n      cells {\n        questionId\n        applicationId\n        ratings {\n          panelistId\n          panelist {\n            id\n            name\n          }\n          roundId\n          rating\n          levels\n          notAsked\n          notes\n          talkingPointsCovered\n        }\n      }\n    }\n  }\n": typeof types.QuestionGridDocument,
    "\n  mutation SetComparisonWeights($input: WeightsInput!) {\n    setComparisonWeights(input: $input) {\n      weights {\n        categoryId\n        weight\n      }\n      weightsRationale\n    }\n  }\n": typeof types.SetComparisonWeightsDocument,
    "\n  query InterviewerCalibration($openingId: ID!) {\n    interviewerCalibration(openingId: $openingId) {\n      interviewer {\n        id\n        name\n      }\n      leniency\n      sharedCandidates\n      ratings\n      backed\n    }\n  }\n": typeof types.InterviewerCalibrationDocument,
    "\n  query OpeningAgreement($openingId: ID!) {\n    openingAgreement(openingId: $openingId) {\n      categoryId\n      alpha\n      pairableUnits\n      pairableValues\n      low\n    }\n  }\n": typeof types.OpeningAgreementDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    applicationId\n    decision\n    reason\n    createdAt\n    decidedBy {\n      id\n      name\n    }\n    reversedAt\n    reversalReason\n    reversedBy {\n      id\n      name\n    }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  fragment DebriefNoteFields on DebriefNoteView {\n    body\n    version\n    updatedAt\n    updatedBy {\n      id\n      name\n    }\n  }\n": typeof types.DebriefNoteFieldsFragmentDoc,
    "\n  fragment DebriefScorecard on Scorecard {\n    id\n    panelistId\n    panelist {\n      id\n      name\n    }\n    status\n    submittedAt\n    scale\n    recommendation\n    summary\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      category {\n        id\n        name\n      }\n    }\n    amendments {\n      id\n      authorId\n      reason\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.DebriefScorecardFragmentDoc,
    "\n  query Debrief($applicationId: ID!) {\n    debrief(applicationId: $applicationId) {\n      application {\n        id\n        status\n        outcomeReason\n        candidate {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n        decision {\n          id\n        }\n        opening {\n          id\n          title\n          stages {\n            id\n            name\n          }\n          loop {\n            rounds {\n              id\n              focusCategories {\n                id\n                name\n              }\n            }\n          }\n        }\n        interviews {\n          id\n          roundName\n          startsAt\n          status\n          questions {\n            id\n            title\n            categoryId\n            talkingPoints {\n              text\n            }\n          }\n          scorecards {\n            ...DebriefScorecard\n          }\n        }\n      }\n      scores {\n        overallScore\n        calibratedScore\n        calibrationBacked\n        scorecardCount\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          ratings\n          disagreement\n        }\n        recommendations {\n          recommendation\n          count\n        }\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n      }\n      weights {\n        categoryId\n        weight\n      }\n      note {\n        ...DebriefNoteFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n    }\n  }\n": typeof types.DebriefDocument,
    "\n  mutation SaveDebriefNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      ...DebriefNoteFields\n    }\n  }\n": typeof types.SaveDebriefNoteDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation ReverseDecision($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.ReverseDecisionDocument,
    "\n  fragment LateFeedbackRow on LateFeedback {\n    interviewId\n    panelistId\n    missing\n    dueAt\n    lastNudgedAt\n    panelist {\n      id\n      name\n    }\n    interview {\n      id\n      startsAt\n      candidateName\n      roundName\n      openingTitle\n    }\n  }\n": typeof types.LateFeedbackRowFragmentDoc,
    "\n  query LateFeedback($first: Int!, $after: String) {\n    lateFeedback(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...LateFeedbackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LateFeedbackDocument,
    "\n  mutation NudgePanelist($input: NudgePanelistInput!) {\n    nudgePanelist(input: $input) {\n      ...LateFeedbackRow\n    }\n  }\n": typeof types.NudgePanelistDocument,
    "\n  query FeedbackPolicy {\n    feedbackPolicy {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n": typeof types.FeedbackPolicyDocument,
    "\n  mutation UpdateFeedbackPolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n": typeof types.UpdateFeedbackPolicyDocument,
    "\n  mutation ImportQuestionBank($markdown: String!, $dryRun: Boolean!) {\n    importQuestionBank(markdown: $markdown, dryRun: $dryRun) {\n      dryRun\n      categoriesCreated\n      questionsCreated\n      questionsUpdated\n      questionsUnchanged\n      talkingPointsCreated\n      skipped {\n        line\n        reason\n      }\n    }\n  }\n": typeof types.ImportQuestionBankDocument,
    "\n  query ExportQuestionBank {\n    exportQuestionBank\n  }\n": typeof types.ExportQuestionBankDocument,
    "\n  query MyInterviews($upcoming: Boolean) {\n    myInterviews(upcoming: $upcoming) {\n      id\n      startsAt\n      endsAt\n      durationMinutes\n      status\n      cancelReason\n      candidateName\n      openingTitle\n      roundName\n      panelists {\n        id\n        name\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n      myFeedbackDue {\n        status\n        recommendationDueAt\n        scorecardDueAt\n        late\n      }\n      questions {\n        id\n        revision\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        talkingPoints {\n          text\n        }\n      }\n    }\n  }\n": typeof types.MyInterviewsDocument,
    "\n  mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      roundName\n      status\n      warnings\n      panelists {\n        id\n        name\n      }\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n": typeof types.ScheduleInterviewDocument,
    "\n  mutation CancelInterview($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n": typeof types.CancelInterviewDocument,
    "\n  mutation RescheduleInterview($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n      warnings\n      panelists {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RescheduleInterviewDocument,
    "\n  query MyCalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n": typeof types.MyCalendarFeedUrlDocument,
    "\n  mutation ResetCalendarFeedUrl {\n    resetCalendarFeedUrl\n  }\n": typeof types.ResetCalendarFeedUrlDocument,
    "\n  fragment RoundFields on Round {\n    id\n    name\n    position\n    durationMinutes\n    panelSize\n    level\n    ratingScale\n    lockedQuestionIds\n    stage {\n      id\n      name\n    }\n    focusCategories {\n      id\n      name\n    }\n    questions {\n      ...QuestionSummary\n    }\n  }\n": typeof types.RoundFieldsFragmentDoc,
    "\n  fragment CoverageFields on CoverageMap {\n    warnings\n    rows {\n      category {\n        id\n        name\n      }\n      rounds {\n        roundId\n        focus\n        questionCount\n      }\n    }\n  }\n": typeof types.CoverageFieldsFragmentDoc,
    "\n  query OpeningLoop($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        ...StageFields\n      }\n      loop {\n        rounds {\n          ...RoundFields\n        }\n      }\n      coverage {\n        ...CoverageFields\n      }\n    }\n  }\n": typeof types.OpeningLoopDocument,
    "\n  query ProposeRoundQuestions($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        ...QuestionSummary\n      }\n      uncoveredCategoryIds\n      totalMinutes\n      budgetMinutes\n      offeredDifficulties\n      unmetDifficulties\n    }\n  }\n": typeof types.ProposeRoundQuestionsDocument,
    "\n  query SwapQuestionCandidates($input: SwapQuestionCandidatesInput!) {\n    swapQuestionCandidates(input: $input) {\n      ...QuestionSummary\n    }\n  }\n": typeof types.SwapQuestionCandidatesDocument,
    "\n  mutation AddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      ...RoundFields\n    }\n  }\n": typeof types.AddRoundDocument,
    "\n  mutation UpdateRound($roundId: ID!, $input: RoundInput!) {\n    updateRound(roundId: $roundId, input: $input) {\n      ...RoundFields\n    }\n  }\n": typeof types.UpdateRoundDocument,
    "\n  mutation RemoveRound($roundId: ID!) {\n    removeRound(roundId: $roundId)\n  }\n": typeof types.RemoveRoundDocument,
    "\n  mutation ReorderRounds($openingId: ID!, $input: ReorderInput!) {\n    reorderRounds(openingId: $openingId, input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderRoundsDocument,
    "\n  mutation SaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $openingId, input: $input) {\n      id\n      name\n      roundCount\n    }\n  }\n": typeof types.SaveLoopAsTemplateDocument,
    "\n  query CopyLoopSources($first: Int) {\n    openings(first: $first) {\n      edges {\n        node {\n          id\n          title\n          loop {\n            rounds {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CopyLoopSourcesDocument,
    "\n  mutation CopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      id\n    }\n  }\n": typeof types.CopyLoopDocument,
    "\n  fragment MemberFields on User {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      name\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  fragment InvitationTicketFields on InvitationTicket {\n    id\n    token\n    email\n    name\n    role\n    expiresAt\n    emailed\n  }\n": typeof types.InvitationTicketFieldsFragmentDoc,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationTicketFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ReissueInvitation($id: ID!) {\n    reissueInvitation(id: $id) {\n      ...InvitationTicketFields\n    }\n  }\n": typeof types.ReissueInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query LatestNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": typeof types.LatestNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  fragment StageFields on Stage {\n    id\n    name\n    position\n  }\n": typeof types.StageFieldsFragmentDoc,
    "\n  fragment OpeningSummary on Opening {\n    id\n    title\n    team\n    location\n    status\n    createdAt\n    hiringManager {\n      id\n      name\n    }\n    recruiter {\n      id\n      name\n    }\n    stages {\n      ...StageFields\n    }\n  }\n": typeof types.OpeningSummaryFragmentDoc,
    "\n  query Openings($first: Int, $after: String) {\n    openings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OpeningSummary\n          loop {\n            rounds {\n              id\n            }\n          }\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OpeningsDocument,
    "\n  query Opening($id: ID!) {\n    opening(id: $id) {\n      ...OpeningSummary\n      version\n      statusChoices\n    }\n  }\n": typeof types.OpeningDocument,
    "\n  query LoopTemplates {\n    loopTemplates {\n      id\n      name\n      description\n      stageNames\n      roundCount\n      createdAt\n    }\n  }\n": typeof types.LoopTemplatesDocument,
    "\n  mutation CreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      ...OpeningSummary\n    }\n  }\n": typeof types.CreateOpeningDocument,
    "\n  mutation UpdateOpening($id: ID!, $input: UpdateOpeningInput!) {\n    updateOpening(id: $id, input: $input) {\n      ...OpeningSummary\n      version\n    }\n  }\n": typeof types.UpdateOpeningDocument,
    "\n  mutation SetOpeningStatus($id: ID!, $status: OpeningStatus!) {\n    setOpeningStatus(id: $id, status: $status) {\n      ...OpeningSummary\n      version\n      statusChoices\n    }\n  }\n": typeof types.SetOpeningStatusDocument,
    "\n  mutation AddStage($openingId: ID!, $input: StageInput!) {\n    addStage(openingId: $openingId, input: $input) {\n      ...StageFields\n    }\n  }\n": typeof types.AddStageDocument,
    "\n  mutation RenameStage($stageId: ID!, $input: StageInput!) {\n    renameStage(stageId: $stageId, input: $input) {\n      ...StageFields\n    }\n  }\n": typeof types.RenameStageDocument,
    "\n  mutation ReorderStages($openingId: ID!, $input: ReorderInput!) {\n    reorderStages(openingId: $openingId, input: $input) {\n      ...StageFields\n    }\n  }\n": typeof types.ReorderStagesDocument,
    "\n  mutation DeleteStage($stageId: ID!, $moveToStageId: ID) {\n    deleteStage(stageId: $stageId, moveToStageId: $moveToStageId)\n  }\n": typeof types.DeleteStageDocument,
    "\n  fragment OutcomeReasonFields on OutcomeReason {\n    id\n    label\n    kind\n    position\n    archived\n  }\n": typeof types.OutcomeReasonFieldsFragmentDoc,
    "\n  query OutcomeReasons($kind: OutcomeKind, $includeArchived: Boolean) {\n    outcomeReasons(kind: $kind, includeArchived: $includeArchived) {\n      ...OutcomeReasonFields\n    }\n  }\n": typeof types.OutcomeReasonsDocument,
    "\n  mutation AddOutcomeReason($input: AddOutcomeReasonInput!) {\n    addOutcomeReason(input: $input) {\n      ...OutcomeReasonFields\n    }\n  }\n": typeof types.AddOutcomeReasonDocument,
    "\n  mutation UpdateOutcomeReason($input: UpdateOutcomeReasonInput!) {\n    updateOutcomeReason(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateOutcomeReasonDocument,
    "\n  fragment BoardCardFields on BoardCard {\n    id\n    candidateId\n    candidateName\n    candidateTags\n    timeInStageSeconds\n    feedback {\n      submitted\n      expected\n    }\n    decision {\n      id\n      decision\n    }\n  }\n": typeof types.BoardCardFieldsFragmentDoc,
    "\n  query PipelineBoard($openingId: ID!, $filter: BoardFilter) {\n    pipelineBoard(openingId: $openingId, filter: $filter) {\n      rejectedCount\n      withdrawnCount\n      columns {\n        count\n        hasMoreCards\n        endCursor\n        stage {\n          id\n          name\n        }\n        cards {\n          ...BoardCardFields\n        }\n      }\n    }\n  }\n": typeof types.PipelineBoardDocument,
    "\n  query BoardColumnCards($openingId: ID!, $stageId: ID!, $filter: BoardFilter, $first: Int, $after: String) {\n    boardColumnCards(openingId: $openingId, stageId: $stageId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...BoardCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BoardColumnCardsDocument,
    "\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      status\n      timeInStageSeconds\n      stage {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MoveApplicationDocument,
    "\n  mutation BulkMoveApplications($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BulkMoveApplicationsDocument,
    "\n  mutation BulkRejectApplications($input: BulkRejectInput!) {\n    bulkRejectApplications(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.BulkRejectApplicationsDocument,
    "\n  fragment CandidateSummary on Candidate {\n    id\n    name\n    email\n    tags\n    createdAt\n  }\n": typeof types.CandidateSummaryFragmentDoc,
    "\n  query Candidates($first: Int, $after: String, $search: String) {\n    candidates(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          ...CandidateSummary\n          applications {\n            id\n            status\n            stage {\n              id\n              name\n            }\n            opening {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CandidatesDocument,
    "\n  fragment ApplicationDetail on Application {\n    id\n    status\n    outcomeReason\n    createdAt\n    timeInStageSeconds\n    decision {\n      id\n      decision\n    }\n    stage {\n      id\n      name\n    }\n    opening {\n      id\n      title\n      status\n      stages {\n        id\n        name\n      }\n      loop {\n        rounds {\n          id\n          name\n          durationMinutes\n          panelSize\n          stage {\n            id\n            name\n          }\n        }\n      }\n    }\n    timeline {\n      id\n      kind\n      fromStageId\n      toStageId\n      reason\n      createdAt\n      interviewId\n      interviewStartsAt\n      actor {\n        id\n        name\n      }\n    }\n    interviews {\n      id\n      startsAt\n      endsAt\n      roundName\n      status\n      cancelReason\n      panelists {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApplicationDetailFragmentDoc,
    "\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateSummary\n      phone\n      links\n      source\n      notes\n      erasedAt\n      applications {\n        ...ApplicationDetail\n      }\n    }\n  }\n": typeof types.CandidateDocument,
    "\n  mutation CreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateSummary\n    }\n  }\n": typeof types.CreateCandidateDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApplicationDocument,
    "\n  mutation RejectApplication($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.RejectApplicationDocument,
    "\n  mutation WithdrawApplication($input: CloseApplicationInput!) {\n    withdrawApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  query ClosedApplications($openingId: ID!, $status: ApplicationStatus, $first: Int, $after: String) {\n    closedApplications(openingId: $openingId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          outcomeReason\n          outcomeReasonChoice {\n            id\n            label\n          }\n          updatedAt\n          candidate {\n            id\n            name\n          }\n          stage {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ClosedApplicationsDocument,
    "\n  mutation ReopenApplication($applicationId: ID!, $reason: String) {\n    reopenApplication(applicationId: $applicationId, reason: $reason) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.ReopenApplicationDocument,
    "\n  subscription BoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      openingId\n      applicationId\n      kind\n      fromStageId\n      toStageId\n      card {\n        ...BoardCardFields\n      }\n    }\n  }\n": typeof types.BoardChangedDocument,
    "\n  mutation EraseCandidate($id: ID!) {\n    eraseCandidate(id: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n": typeof types.EraseCandidateDocument,
    "\n  query CandidateDataExport($id: ID!) {\n    candidateDataExport(id: $id)\n  }\n": typeof types.CandidateDataExportDocument,
    "\n  query RetentionPolicy {\n    retentionPolicy {\n      days\n      lastRunAt\n    }\n  }\n": typeof types.RetentionPolicyDocument,
    "\n  mutation SetRetentionPolicy($days: Int) {\n    setRetentionPolicy(days: $days) {\n      days\n      lastRunAt\n    }\n  }\n": typeof types.SetRetentionPolicyDocument,
    "\n  query RetentionPreview {\n    retentionPreview {\n      days\n      candidates {\n        id\n        name\n        lastEndedAt\n      }\n      more\n    }\n  }\n": typeof types.RetentionPreviewDocument,
    "\n  mutation ApplyRetention {\n    applyRetention\n  }\n": typeof types.ApplyRetentionDocument,
    "\n  fragment QuestionSetSummary on QuestionSet {\n    id\n    name\n    description\n    questionCount\n    version\n    updatedAt\n  }\n": typeof types.QuestionSetSummaryFragmentDoc,
    "\n  query QuestionSets {\n    questionSets {\n      ...QuestionSetSummary\n    }\n  }\n": typeof types.QuestionSetsDocument,
    "\n  query QuestionSet($id: ID!) {\n    questionSet(id: $id) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n": typeof types.QuestionSetDocument,
    "\n  mutation CreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      ...QuestionSetSummary\n    }\n  }\n": typeof types.CreateQuestionSetDocument,
    "\n  mutation UpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n": typeof types.UpdateQuestionSetDocument,
    "\n  mutation DeleteQuestionSet($id: ID!) {\n    deleteQuestionSet(id: $id)\n  }\n": typeof types.DeleteQuestionSetDocument,
    "\n  query QuestionTalkingPoints($id: ID!) {\n    question(id: $id) {\n      id\n      talkingPoints {\n        text\n      }\n    }\n  }\n": typeof types.QuestionTalkingPointsDocument,
    "\n  query OpeningReport($openingId: ID!) {\n    opening(id: $openingId) {\n      id\n      title\n      applicationCounts {\n        active\n        rejected\n        withdrawn\n      }\n    }\n    openingReport(openingId: $openingId) {\n      stages {\n        stageId\n        stageName\n        entered\n        movedOn\n        left\n        current\n        exits {\n          status\n          reason\n          count\n        }\n        medianHoursInStage\n      }\n      rejectionReasons {\n        reason\n        count\n      }\n      withdrawalReasons {\n        reason\n        count\n      }\n      feedback {\n        seats\n        recommendationsOnTime\n        scorecardsOnTime\n        scorecardsSubmitted\n      }\n    }\n    feedbackPolicy {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n": typeof types.OpeningReportDocument,
    "\n  query OpeningReportCsv($openingId: ID!) {\n    openingReportCsv(openingId: $openingId)\n  }\n": typeof types.OpeningReportCsvDocument,
    "\n  query InterviewerReport($openingId: ID!) {\n    interviewerReport(openingId: $openingId) {\n      interviewer {\n        id\n        name\n      }\n      seats\n      scorecardsSubmitted\n      recommendationOnTimeRate\n      scorecardOnTimeRate\n      ratingDistribution\n      leniency\n      sharedCandidates\n      leniencyBacked\n      agreementRate\n      agreementSample\n    }\n  }\n": typeof types.InterviewerReportDocument,
    "\n  fragment ScorecardDetail on Scorecard {\n    id\n    interviewId\n    panelistId\n    version\n    status\n    scale\n    submittedAt\n    updatedAt\n    recommendation\n    summary\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      suggestedRating\n      category {\n        id\n        name\n      }\n    }\n    amendments {\n      id\n      authorId\n      reason\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.ScorecardDetailFragmentDoc,
    "\n  fragment InterviewSheet on Interview {\n    id\n    candidateName\n    roundName\n    openingTitle\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    panelists {\n      id\n      name\n    }\n    questions {\n      id\n      revision\n      title\n      prompt\n      kind\n      categoryId\n      estimatedMinutes\n      talkingPoints {\n        text\n      }\n      anchors {\n        rating\n        text\n      }\n    }\n  }\n": typeof types.InterviewSheetFragmentDoc,
    "\n  query ScorecardPage($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n    }\n    myScorecard(interviewId: $interviewId) {\n      ...ScorecardDetail\n    }\n  }\n": typeof types.ScorecardPageDocument,
    "\n  query InterviewPage($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n      scorecards {\n        ...ScorecardDetail\n        panelist {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InterviewPageDocument,
    "\n  query InterviewKit($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n      ratingScale\n    }\n  }\n": typeof types.InterviewKitDocument,
    "\n  query PanelProgress($interviewId: ID!) {\n    interview(id: $interviewId) {\n      id\n      panelists {\n        id\n        name\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n    }\n  }\n": typeof types.PanelProgressDocument,
    "\n  subscription PanelProgressChanged($interviewId: ID!) {\n    panelProgress(interviewId: $interviewId) {\n      interviewId\n      panelistId\n      status\n      resync\n    }\n  }\n": typeof types.PanelProgressChangedDocument,
    "\n  mutation SaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n": typeof types.SaveScorecardDocument,
    "\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n": typeof types.SubmitScorecardDocument,
    "\n  mutation AmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n": typeof types.AmendScorecardDocument,
};
const documents: Documents = {
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n    instance\n    actor {\n      id\n      name\n    }\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditLogCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": types.AuditLogCsvDocument,
    "\n  query AuditLogActors {\n    members {\n      id\n      name\n      status\n    }\n  }\n": types.AuditLogActorsDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    role\n    status\n    organization {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query SetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n": types.SetupStatusDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organizationName\n      role\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment CategoryFields on Category {\n    id\n    name\n    description\n    position\n    questionCount\n  }\n": types.CategoryFieldsFragmentDoc,
    "\n  fragment QuestionSummary on Question {\n    id\n    title\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    revision\n    archivedAt\n    category {\n      id\n      name\n    }\n  }\n": types.QuestionSummaryFragmentDoc,
    "\n  fragment QuestionContent on Question {\n    ...QuestionSummary\n    prompt\n    updatedAt\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    revisions {\n      id\n      revision\n      createdAt\n      title\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n": types.QuestionContentFragmentDoc,
    "\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n": types.CategoriesDocument,
    "\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String, $withSignal: Boolean = false) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          ...QuestionSummary\n          titleHighlight {\n            text\n            highlighted\n          }\n          snippet {\n            source\n            parts {\n              text\n              highlighted\n            }\n          }\n          signal @include(if: $withSignal) {\n            questionId\n            timesAsked\n            mean\n            pointBiserial\n            sampleSize\n            flags\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BankQuestionsDocument,
    "\n  query QuestionDetail($id: ID!) {\n    question(id: $id) {\n      ...QuestionContent\n    }\n  }\n": types.QuestionDetailDocument,
    "\n  query QuestionRevisions($id: ID!) {\n    question(id: $id) {\n      id\n      revisions {\n        id\n        revision\n        createdAt\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        tags\n        talkingPoints {\n          text\n        }\n        anchors {\n          rating\n          text\n        }\n        category {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.QuestionRevisionsDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionContent\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      ...QuestionContent\n    }\n  }\n": types.UpdateQuestionDocument,
    "\n  mutation RestoreQuestionRevision($input: RestoreQuestionRevisionInput!) {\n    restoreQuestionRevision(input: $input) {\n      ...QuestionContent\n    }\n  }\n": types.RestoreQuestionRevisionDocument,
    "\n  mutation ArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveQuestionDocument,
    "\n  mutation UnarchiveQuestion($id: ID!) {\n    unarchiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.UnarchiveQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": types.DeleteQuestionDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      ...CategoryFields\n    }\n  }\n": types.ReorderCategoriesDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": types.DeleteCategoryDocument,
    "\n  query Comparison($openingId: ID!, $filter: ComparisonFilter) {\n    comparison(openingId: $openingId, filter: $filter) {\n      rows {\n        candidateId\n        candidateName\n        application {\n          id\n          status\n          stage {\n            id\n            name\n            position\n          }\n        }\n        categoryScores {\n          categoryId\n          mean\n          ratings\n          disagreement\n        }\n        overallScore\n        calibratedScore\n        calibrationBacked\n        recommendations {\n          recommendation\n          count\n        }\n        scorecardCount\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n        decision {\n          id\n          decision\n          reason\n          createdAt\n        }\n      }\n      weights {\n        categoryId\n        weight\n        openingAverage\n      }\n      weightsRationale\n      method\n      hiddenForIndependence\n      minSharedCandidates\n    }\n  }\n": types.ComparisonDocument,
    "\n  query ComparisonBreakdown($openingId: ID!, $applicationId: ID!) {\n    comparison(openingId: $openingId, filter: { applicationIds: [$applicationId] }) {\n      rows {\n        scorecardCount\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          rounds {\n            roundId\n            mean\n            ratings\n          }\n        }\n      }\n    }\n  }\n": types.ComparisonBreakdownDocument,
    "\n  query ComparisonCategories {\n    categories {\n      id\n      name\n    }\n  }\n": types.ComparisonCategoriesDocument,
    "\n  query ComparisonOpening($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        position\n      }\n      loop {\n        rounds {\n          id\n          name\n          ratingScale\n        }\n      }\n    }\n  }\n": types.ComparisonOpeningDocument,
    "\n  query ComparisonCsv($openingId: ID!, $filter: ComparisonFilter) {\n    comparisonCsv(openingId: $openingId, filter: $filter)\n  }\n": types.ComparisonCsvDocument,
    "\n  query QuestionGrid($openingId: ID!, $applicationIds: [ID!]!) {\n    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {\n      questions {\n        id\n        title\n        category {\n          id\n          name\n        }\n        talkingPoints {\n          text\n        }\n      }\n      applications {\n        id\n        candidate {\n          id\n          name\n        }\n      }\n      cells {\n        questionId\n        applicationId\n        ratings {\n          panelistId\n          panelist {\n            id\n            name\n          }\n          roundId\n          rating\n          levels\n          notAsked\n          notes\n          talkingPointsCovered\n        }\n      }\n    }\n  }\n": types.QuestionGridDocument,
    "\n  mutation SetComparisonWeights($input: WeightsInput!) {\n    setComparisonWeights(input: $input) {\n      weights {\n        categoryId\n        weight\n      }\n      weightsRationale\n    }\n  }\n": types.SetComparisonWeightsDocument,
    "\n  query InterviewerCalibration($openingId: ID!) {\n    interviewerCalibration(openingId: $openingId) {\n      interviewer {\n        id\n        name\n      }\n      leniency\n      sharedCandidates\n      ratings\n      backed\n    }\n  }\n": types.InterviewerCalibrationDocument,
    "\n  query OpeningAgreement($openingId: ID!) {\n    openingAgreement(openingId: $openingId) {\n      categoryId\n      alpha\n      pairableUnits\n      pairableValues\n      low\n    }\n  }\n": types.OpeningAgreementDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    applicationId\n    decision\n    reason\n    createdAt\n    decidedBy {\n      id\n      name\n    }\n    reversedAt\n    reversalReason\n    reversedBy {\n      id\n      name\n    }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  fragment DebriefNoteFields on DebriefNoteView {\n    body\n    version\n    updatedAt\n    updatedBy {\n      id\n      name\n    }\n  }\n": types.DebriefNoteFieldsFragmentDoc,
    "\n  fragment DebriefScorecard on Scorecard {\n    id\n    panelistId\n    panelist {\n      id\n      name\n    }\n    status\n    submittedAt\n    scale\n    recommendation\n    summary\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      category {\n        id\n        name\n      }\n    }\n    amendments {\n      id\n      authorId\n      reason\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.DebriefScorecardFragmentDoc,
    "\n  query Debrief($applicationId: ID!) {\n    debrief(applicationId: $applicationId) {\n      application {\n        id\n        status\n        outcomeReason\n        candidate {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n        decision {\n          id\n        }\n        opening {\n          id\n          title\n          stages {\n            id\n            name\n          }\n          loop {\n            rounds {\n              id\n              focusCategories {\n                id\n                name\n              }\n            }\n          }\n        }\n        interviews {\n          id\n          roundName\n          startsAt\n          status\n          questions {\n            id\n            title\n            categoryId\n            talkingPoints {\n              text\n            }\n          }\n          scorecards {\n            ...DebriefScorecard\n          }\n        }\n      }\n      scores {\n        overallScore\n        calibratedScore\n        calibrationBacked\n        scorecardCount\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          ratings\n          disagreement\n        }\n        recommendations {\n          recommendation\n          count\n        }\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n      }\n      weights {\n        categoryId\n        weight\n      }\n      note {\n        ...DebriefNoteFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n    }\n  }\n": types.DebriefDocument,
    "\n  mutation SaveDebriefNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      ...DebriefNoteFields\n    }\n  }\n": types.SaveDebriefNoteDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation ReverseDecision($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.ReverseDecisionDocument,
    "\n  fragment LateFeedbackRow on LateFeedback {\n    interviewId\n    panelistId\n    missing\n    dueAt\n    lastNudgedAt\n    panelist {\n      id\n      name\n    }\n    interview {\n      id\n      startsAt\n      candidateName\n      roundName\n      openingTitle\n    }\n  }\n": types.LateFeedbackRowFragmentDoc,
    "\n  query LateFeedback($first: Int!, $after: String) {\n    lateFeedback(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...LateFeedbackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LateFeedbackDocument,
    "\n  mutation NudgePanelist($input: NudgePanelistInput!) {\n    nudgePanelist(input: $input) {\n      ...LateFeedbackRow\n    }\n  }\n": types.NudgePanelistDocument,
    "\n  query FeedbackPolicy {\n    feedbackPolicy {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n": types.FeedbackPolicyDocument,
    "\n  mutation UpdateFeedbackPolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n": types.UpdateFeedbackPolicyDocument,
    "\n  mutation ImportQuestionBank($markdown: String!, $dryRun: Boolean!) {\n    importQuestionBank(markdown: $markdown, dryRun: $dryRun) {\n      dryRun\n      categoriesCreated\n      questionsCreated\n      questionsUpdated\n      questionsUnchanged\n      talkingPointsCreated\n      skipped {\n        line\n        reason\n      }\n    }\n  }\n": types.ImportQuestionBankDocument,
    "\n  query ExportQuestionBank {\n    exportQuestionBank\n  }\n": types.ExportQuestionBankDocument,
    "\n  query MyInterviews($upcoming: Boolean) {\n    myInterviews(upcoming: $upcoming) {\n      id\n      startsAt\n      endsAt\n      durationMinutes\n      status\n      cancelReason\n      candidateName\n      openingTitle\n      roundName\n      panelists {\n        id\n        name\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n      myFeedbackDue {\n        status\n        recommendationDueAt\n        scorecardDueAt\n        late\n      }\n      questions {\n        id\n        revision\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        talkingPoints {\n          text\n        }\n      }\n    }\n  }\n": types.MyInterviewsDocument,
    "\n  mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      roundName\n      status\n      warnings\n      panelists {\n        id\n        name\n      }\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n": types.ScheduleInterviewDocument,
    "\n  mutation CancelInterview($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n": types.CancelInterviewDocument,
    "\n  mutation RescheduleInterview($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n      warnings\n      panelists {\n        id\n        name\n      }\n    }\n  }\n": types.RescheduleInterviewDocument,
    "\n  query MyCalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n": types.MyCalendarFeedUrlDocument,
    "\n  mutation ResetCalendarFeedUrl {\n    resetCalendarFeedUrl\n  }\n": types.ResetCalendarFeedUrlDocument,
    "\n  fragment RoundFields on Round {\n    id\n    name\n    position\n    durationMinutes\n    panelSize\n    level\n    ratingScale\n    lockedQuestionIds\n    stage {\n      id\n      name\n    }\n    focusCategories {\n      id\n      name\n    }\n    questions {\n      ...QuestionSummary\n    }\n  }\n": types.RoundFieldsFragmentDoc,
    "\n  fragment CoverageFields on CoverageMap {\n    warnings\n    rows {\n      category {\n        id\n        name\n      }\n      rounds {\n        roundId\n        focus\n        questionCount\n      }\n    }\n  }\n": types.CoverageFieldsFragmentDoc,
    "\n  query OpeningLoop($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        ...StageFields\n      }\n      loop {\n        rounds {\n          ...RoundFields\n        }\n      }\n      coverage {\n        ...CoverageFields\n      }\n    }\n  }\n": types.OpeningLoopDocument,
    "\n  query ProposeRoundQuestions($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        ...QuestionSummary\n      }\n      uncoveredCategoryIds\n      totalMinutes\n      budgetMinutes\n      offeredDifficulties\n      unmetDifficulties\n    }\n  }\n": types.ProposeRoundQuestionsDocument,
    "\n  query SwapQuestionCandidates($input: SwapQuestionCandidatesInput!) {\n    swapQuestionCandidates(input: $input) {\n      ...QuestionSummary\n    }\n  }\n": types.SwapQuestionCandidatesDocument,
    "\n  mutation AddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      ...RoundFields\n    }\n  }\n": types.AddRoundDocument,
    "\n  mutation UpdateRound($roundId: ID!, $input: RoundInput!) {\n    updateRound(roundId: $roundId, input: $input) {\n      ...RoundFields\n    }\n  }\n": types.UpdateRoundDocument,
    "\n  mutation RemoveRound($roundId: ID!) {\n    removeRound(roundId: $roundId)\n  }\n": types.RemoveRoundDocument,
    "\n  mutation ReorderRounds($openingId: ID!, $input: ReorderInput!) {\n    reorderRounds(openingId: $openingId, input: $input) {\n      id\n      position\n    }\n  }\n": types.ReorderRoundsDocument,
    "\n  mutation SaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $openingId, input: $input) {\n      id\n      name\n      roundCount\n    }\n  }\n": types.SaveLoopAsTemplateDocument,
    "\n  query CopyLoopSources($first: Int) {\n    openings(first: $first) {\n      edges {\n        node {\n          id\n          title\n          loop {\n            rounds {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CopyLoopSourcesDocument,
    "\n  mutation CopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      id\n    }\n  }\n": types.CopyLoopDocument,
    "\n  fragment MemberFields on User {\n    id\n    name\n    email\n    role\n    status\n    createdAt\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": types.MembersDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      name\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  fragment InvitationTicketFields on InvitationTicket {\n    id\n    token\n    email\n    name\n    role\n    expiresAt\n    emailed\n  }\n": types.InvitationTicketFieldsFragmentDoc,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationTicketFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ReissueInvitation($id: ID!) {\n    reissueInvitation(id: $id) {\n      ...InvitationTicketFields\n    }\n  }\n": types.ReissueInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query LatestNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": types.LatestNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  fragment StageFields on Stage {\n    id\n    name\n    position\n  }\n": types.StageFieldsFragmentDoc,
    "\n  fragment OpeningSummary on Opening {\n    id\n    title\n    team\n    location\n    status\n    createdAt\n    hiringManager {\n      id\n      name\n    }\n    recruiter {\n      id\n      name\n    }\n    stages {\n      ...StageFields\n    }\n  }\n": types.OpeningSummaryFragmentDoc,
    "\n  query Openings($first: Int, $after: String) {\n    openings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OpeningSummary\n          loop {\n            rounds {\n              id\n            }\n          }\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OpeningsDocument,
    "\n  query Opening($id: ID!) {\n    opening(id: $id) {\n      ...OpeningSummary\n      version\n      statusChoices\n    }\n  }\n": types.OpeningDocument,
    "\n  query LoopTemplates {\n    loopTemplates {\n      id\n      name\n      description\n      stageNames\n      roundCount\n      createdAt\n    }\n  }\n": types.LoopTemplatesDocument,
    "\n  mutation CreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      ...OpeningSummary\n    }\n  }\n": types.CreateOpeningDocument,
    "\n  mutation UpdateOpening($id: ID!, $input: UpdateOpeningInput!) {\n    updateOpening(id: $id, input: $input) {\n      ...OpeningSummary\n      version\n    }\n  }\n": types.UpdateOpeningDocument,
    "\n  mutation SetOpeningStatus($id: ID!, $status: OpeningStatus!) {\n    setOpeningStatus(id: $id, status: $status) {\n      ...OpeningSummary\n      version\n      statusChoices\n    }\n  }\n": types.SetOpeningStatusDocument,
    "\n  mutation AddStage($openingId: ID!, $input: StageInput!) {\n    addStage(openingId: $openingId, input: $input) {\n      ...StageFields\n    }\n  }\n": types.AddStageDocument,
    "\n  mutation RenameStage($stageId: ID!, $input: StageInput!) {\n    renameStage(stageId: $stageId, input: $input) {\n      ...StageFields\n    }\n  }\n": types.RenameStageDocument,
    "\n  mutation ReorderStages($openingId: ID!, $input: ReorderInput!) {\n    reorderStages(openingId: $openingId, input: $input) {\n      ...StageFields\n    }\n  }\n": types.ReorderStagesDocument,
    "\n  mutation DeleteStage($stageId: ID!, $moveToStageId: ID) {\n    deleteStage(stageId: $stageId, moveToStageId: $moveToStageId)\n  }\n": types.DeleteStageDocument,
    "\n  fragment OutcomeReasonFields on OutcomeReason {\n    id\n    label\n    kind\n    position\n    archived\n  }\n": types.OutcomeReasonFieldsFragmentDoc,
    "\n  query OutcomeReasons($kind: OutcomeKind, $includeArchived: Boolean) {\n    outcomeReasons(kind: $kind, includeArchived: $includeArchived) {\n      ...OutcomeReasonFields\n    }\n  }\n": types.OutcomeReasonsDocument,
    "\n  mutation AddOutcomeReason($input: AddOutcomeReasonInput!) {\n    addOutcomeReason(input: $input) {\n      ...OutcomeReasonFields\n    }\n  }\n": types.AddOutcomeReasonDocument,
    "\n  mutation UpdateOutcomeReason($input: UpdateOutcomeReasonInput!) {\n    updateOutcomeReason(input: $input) {\n      id\n    }\n  }\n": types.UpdateOutcomeReasonDocument,
    "\n  fragment BoardCardFields on BoardCard {\n    id\n    candidateId\n    candidateName\n    candidateTags\n    timeInStageSeconds\n    feedback {\n      submitted\n      expected\n    }\n    decision {\n      id\n      decision\n    }\n  }\n": types.BoardCardFieldsFragmentDoc,
    "\n  query PipelineBoard($openingId: ID!, $filter: BoardFilter) {\n    pipelineBoard(openingId: $openingId, filter: $filter) {\n      rejectedCount\n      withdrawnCount\n      columns {\n        count\n        hasMoreCards\n        endCursor\n        stage {\n          id\n          name\n        }\n        cards {\n          ...BoardCardFields\n        }\n      }\n    }\n  }\n": types.PipelineBoardDocument,
    "\n  query BoardColumnCards($openingId: ID!, $stageId: ID!, $filter: BoardFilter, $first: Int, $after: String) {\n    boardColumnCards(openingId: $openingId, stageId: $stageId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...BoardCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BoardColumnCardsDocument,
    "\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      status\n      timeInStageSeconds\n      stage {\n        id\n        name\n      }\n    }\n  }\n": types.MoveApplicationDocument,
    "\n  mutation BulkMoveApplications($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n    }\n  }\n": types.BulkMoveApplicationsDocument,
    "\n  mutation BulkRejectApplications($input: BulkRejectInput!) {\n    bulkRejectApplications(input: $input) {\n      id\n      status\n    }\n  }\n": types.BulkRejectApplicationsDocument,
    "\n  fragment CandidateSummary on Candidate {\n    id\n    name\n    email\n    tags\n    createdAt\n  }\n": types.CandidateSummaryFragmentDoc,
    "\n  query Candidates($first: Int, $after: String, $search: String) {\n    candidates(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          ...CandidateSummary\n          applications {\n            id\n            status\n            stage {\n              id\n              name\n            }\n            opening {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CandidatesDocument,
    "\n  fragment ApplicationDetail on Application {\n    id\n    status\n    outcomeReason\n    createdAt\n    timeInStageSeconds\n    decision {\n      id\n      decision\n    }\n    stage {\n      id\n      name\n    }\n    opening {\n      id\n      title\n      status\n      stages {\n        id\n        name\n      }\n      loop {\n        rounds {\n          id\n          name\n          durationMinutes\n          panelSize\n          stage {\n            id\n            name\n          }\n        }\n      }\n    }\n    timeline {\n      id\n      kind\n      fromStageId\n      toStageId\n      reason\n      createdAt\n      interviewId\n      interviewStartsAt\n      actor {\n        id\n        name\n      }\n    }\n    interviews {\n      id\n      startsAt\n      endsAt\n      roundName\n      status\n      cancelReason\n      panelists {\n        id\n        name\n      }\n    }\n  }\n": types.ApplicationDetailFragmentDoc,
    "\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateSummary\n      phone\n      links\n      source\n      notes\n      erasedAt\n      applications {\n        ...ApplicationDetail\n      }\n    }\n  }\n": types.CandidateDocument,
    "\n  mutation CreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateSummary\n    }\n  }\n": types.CreateCandidateDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApplicationDocument,
    "\n  mutation RejectApplication($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": types.RejectApplicationDocument,
    "\n  mutation WithdrawApplication($input: CloseApplicationInput!) {\n    withdrawApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  query ClosedApplications($openingId: ID!, $status: ApplicationStatus, $first: Int, $after: String) {\n    closedApplications(openingId: $openingId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          outcomeReason\n          outcomeReasonChoice {\n            id\n            label\n          }\n          updatedAt\n          candidate {\n            id\n            name\n          }\n          stage {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ClosedApplicationsDocument,
    "\n  mutation ReopenApplication($applicationId: ID!, $reason: String) {\n    reopenApplication(applicationId: $applicationId, reason: $reason) {\n      ...ApplicationDetail\n    }\n  }\n": types.ReopenApplicationDocument,
    "\n  subscription BoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      openingId\n      applicationId\n      kind\n      fromStageId\n      toStageId\n      card {\n        ...BoardCardFields\n      }\n    }\n  }\n": types.BoardChangedDocument,
    "\n  mutation EraseCandidate($id: ID!) {\n    eraseCandidate(id: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n": types.EraseCandidateDocument,
    "\n  query CandidateDataExport($id: ID!) {\n    candidateDataExport(id: $id)\n  }\n": types.CandidateDataExportDocument,
    "\n  query RetentionPolicy {\n    retentionPolicy {\n      days\n      lastRunAt\n    }\n  }\n": types.RetentionPolicyDocument,
    "\n  mutation SetRetentionPolicy($days: Int) {\n    setRetentionPolicy(days: $days) {\n      days\n      lastRunAt\n    }\n  }\n": types.SetRetentionPolicyDocument,
    "\n  query RetentionPreview {\n    retentionPreview {\n      days\n      candidates {\n        id\n        name\n        lastEndedAt\n      }\n      more\n    }\n  }\n": types.RetentionPreviewDocument,
    "\n  mutation ApplyRetention {\n    applyRetention\n  }\n": types.ApplyRetentionDocument,
    "\n  fragment QuestionSetSummary on QuestionSet {\n    id\n    name\n    description\n    questionCount\n    version\n    updatedAt\n  }\n": types.QuestionSetSummaryFragmentDoc,
    "\n  query QuestionSets {\n    questionSets {\n      ...QuestionSetSummary\n    }\n  }\n": types.QuestionSetsDocument,
    "\n  query QuestionSet($id: ID!) {\n    questionSet(id: $id) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n": types.QuestionSetDocument,
    "\n  mutation CreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      ...QuestionSetSummary\n    }\n  }\n": types.CreateQuestionSetDocument,
    "\n  mutation UpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      ...QuestionSetSummary\n      questions {\n        ...QuestionSummary\n      }\n    }\n  }\n": types.UpdateQuestionSetDocument,
    "\n  mutation DeleteQuestionSet($id: ID!) {\n    deleteQuestionSet(id: $id)\n  }\n": types.DeleteQuestionSetDocument,
    "\n  query QuestionTalkingPoints($id: ID!) {\n    question(id: $id) {\n      id\n      talkingPoints {\n        text\n      }\n    }\n  }\n": types.QuestionTalkingPointsDocument,
    "\n  query OpeningReport($openingId: ID!) {\n    opening(id: $openingId) {\n      id\n      title\n      applicationCounts {\n        active\n        rejected\n        withdrawn\n      }\n    }\n    openingReport(openingId: $openingId) {\n      stages {\n        stageId\n        stageName\n        entered\n        movedOn\n        left\n        current\n        exits {\n          status\n          reason\n          count\n        }\n        medianHoursInStage\n      }\n      rejectionReasons {\n        reason\n        count\n      }\n      withdrawalReasons {\n        reason\n        count\n      }\n      feedback {\n        seats\n        recommendationsOnTime\n        scorecardsOnTime\n        scorecardsSubmitted\n      }\n    }\n    feedbackPolicy {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n": types.OpeningReportDocument,
    "\n  query OpeningReportCsv($openingId: ID!) {\n    openingReportCsv(openingId: $openingId)\n  }\n": types.OpeningReportCsvDocument,
    "\n  query InterviewerReport($openingId: ID!) {\n    interviewerReport(openingId: $openingId) {\n      interviewer {\n        id\n        name\n      }\n      seats\n      scorecardsSubmitted\n      recommendationOnTimeRate\n      scorecardOnTimeRate\n      ratingDistribution\n      leniency\n      sharedCandidates\n      leniencyBacked\n      agreementRate\n      agreementSample\n    }\n  }\n": types.InterviewerReportDocument,
    "\n  fragment ScorecardDetail on Scorecard {\n    id\n    interviewId\n    panelistId\n    version\n    status\n    scale\n    submittedAt\n    updatedAt\n    recommendation\n    summary\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      suggestedRating\n      category {\n        id\n        name\n      }\n    }\n    amendments {\n      id\n      authorId\n      reason\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.ScorecardDetailFragmentDoc,
    "\n  fragment InterviewSheet on Interview {\n    id\n    candidateName\n    roundName\n    openingTitle\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    panelists {\n      id\n      name\n    }\n    questions {\n      id\n      revision\n      title\n      prompt\n      kind\n      categoryId\n      estimatedMinutes\n      talkingPoints {\n        text\n      }\n      anchors {\n        rating\n        text\n      }\n    }\n  }\n": types.InterviewSheetFragmentDoc,
    "\n  query ScorecardPage($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n    }\n    myScorecard(interviewId: $interviewId) {\n      ...ScorecardDetail\n    }\n  }\n": types.ScorecardPageDocument,
    "\n  query InterviewPage($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n      scorecards {\n        ...ScorecardDetail\n        panelist {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InterviewPageDocument,
    "\n  query InterviewKit($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n      ratingScale\n    }\n  }\n": types.InterviewKitDocument,
    "\n  query PanelProgress($interviewId: ID!) {\n    interview(id: $interviewId) {\n      id\n      panelists {\n        id\n        name\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n    }\n  }\n": types.PanelProgressDocument,
    "\n  subscription PanelProgressChanged($interviewId: ID!) {\n    panelProgress(interviewId: $interviewId) {\n      interviewId\n      panelistId\n      status\n      resync\n    }\n  }\n": types.PanelProgressChangedDocument,
    "\n  mutation SaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n": types.SaveScorecardDocument,
    "\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n": types.SubmitScorecardDocument,
    "\n  mutation AmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n": types.AmendScorecardDocument,
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
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    scope\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n    instance\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n    instance\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query AuditLogCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogActors {\n    members {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  query AuditLogActors {\n    members {\n      id\n      name\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organizationName\n      role\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      organizationName\n      role\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment QuestionContent on Question {\n    ...QuestionSummary\n    prompt\n    updatedAt\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    revisions {\n      id\n      revision\n      createdAt\n      title\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionContent on Question {\n    ...QuestionSummary\n    prompt\n    updatedAt\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    revisions {\n      id\n      revision\n      createdAt\n      title\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String, $withSignal: Boolean = false) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          ...QuestionSummary\n          titleHighlight {\n            text\n            highlighted\n          }\n          snippet {\n            source\n            parts {\n              text\n              highlighted\n            }\n          }\n          signal @include(if: $withSignal) {\n            questionId\n            timesAsked\n            mean\n            pointBiserial\n            sampleSize\n            flags\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String, $withSignal: Boolean = false) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          ...QuestionSummary\n          titleHighlight {\n            text\n            highlighted\n          }\n          snippet {\n            source\n            parts {\n              text\n              highlighted\n            }\n          }\n          signal @include(if: $withSignal) {\n            questionId\n            timesAsked\n            mean\n            pointBiserial\n            sampleSize\n            flags\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RestoreQuestionRevision($input: RestoreQuestionRevisionInput!) {\n    restoreQuestionRevision(input: $input) {\n      ...QuestionContent\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreQuestionRevision($input: RestoreQuestionRevisionInput!) {\n    restoreQuestionRevision(input: $input) {\n      ...QuestionContent\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      ...CategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      ...CategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comparison($openingId: ID!, $filter: ComparisonFilter) {\n    comparison(openingId: $openingId, filter: $filter) {\n      rows {\n        candidateId\n        candidateName\n        application {\n          id\n          status\n          stage {\n            id\n            name\n            position\n          }\n        }\n        categoryScores {\n          categoryId\n          mean\n          ratings\n          disagreement\n        }\n        overallScore\n        calibratedScore\n        calibrationBacked\n        recommendations {\n          recommendation\n          count\n        }\n        scorecardCount\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n        decision {\n          id\n          decision\n          reason\n          createdAt\n        }\n      }\n      weights {\n        categoryId\n        weight\n        openingAverage\n      }\n      weightsRationale\n      method\n      hiddenForIndependence\n      minSharedCandidates\n    }\n  }\n"): (typeof documents)["\n  query Comparison($openingId: ID!, $filter: ComparisonFilter) {\n    comparison(openingId: $openingId, filter: $filter) {\n      rows {\n        candidateId\n        candidateName\n        application {\n          id\n          status\n          stage {\n            id\n            name\n            position\n          }\n        }\n        categoryScores {\n          categoryId\n          mean\n          ratings\n          disagreement\n        }\n        overallScore\n        calibratedScore\n        calibrationBacked\n        recommendations {\n          recommendation\n          count\n        }\n        scorecardCount\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n        decision {\n          id\n          decision\n          reason\n          createdAt\n        }\n      }\n      weights {\n        categoryId\n        weight\n        openingAverage\n      }\n      weightsRationale\n      method\n      hiddenForIndependence\n      minSharedCandidates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparisonBreakdown($openingId: ID!, $applicationId: ID!) {\n    comparison(openingId: $openingId, filter: { applicationIds: [$applicationId] }) {\n      rows {\n        scorecardCount\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          rounds {\n            roundId\n            mean\n            ratings\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComparisonBreakdown($openingId: ID!, $applicationId: ID!) {\n    comparison(openingId: $openingId, filter: { applicationIds: [$applicationId] }) {\n      rows {\n        scorecardCount\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          rounds {\n            roundId\n            mean\n            ratings\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparisonCategories {\n    categories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ComparisonCategories {\n    categories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparisonOpening($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        position\n      }\n      loop {\n        rounds {\n          id\n          name\n          ratingScale\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComparisonOpening($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        position\n      }\n      loop {\n        rounds {\n          id\n          name\n          ratingScale\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparisonCsv($openingId: ID!, $filter: ComparisonFilter) {\n    comparisonCsv(openingId: $openingId, filter: $filter)\n  }\n"): (typeof documents)["\n  query ComparisonCsv($openingId: ID!, $filter: ComparisonFilter) {\n    comparisonCsv(openingId: $openingId, filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionGrid($openingId: ID!, $applicationIds: [ID!]!) {\n    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {\n      questions {\n        id\n        title\n        category {\n          id\n          name\n        }\n        talkingPoints {\n          text\n        }\n      }\n      applications {\n        id\n        candidate {\n          id\n          name\n        }\n      }\n      cells {\n        questionId\n        applicationId\n        ratings {\n          panelistId\n          panelist {\n            id\n            name\n          }\n          roundId\n          rating\n          levels\n          notAsked\n          notes\n          talkingPointsCovered\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionGrid($openingId: ID!, $applicationIds: [ID!]!) {\n    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {\n      questions {\n        id\n        title\n        category {\n          id\n          name\n        }\n        talkingPoints {\n          text\n        }\n      }\n      applications {\n        id\n        candidate {\n          id\n          name\n        }\n      }\n      cells {\n        questionId\n        applicationId\n        ratings {\n          panelistId\n          panelist {\n            id\n            name\n          }\n          roundId\n          rating\n          levels\n          notAsked\n          notes\n          talkingPointsCovered\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetComparisonWeights($input: WeightsInput!) {\n    setComparisonWeights(input: $input) {\n      weights {\n        categoryId\n        weight\n      }\n      weightsRationale\n    }\n  }\n"): (typeof documents)["\n  mutation SetComparisonWeights($input: WeightsInput!) {\n    setComparisonWeights(input: $input) {\n      weights {\n        categoryId\n        weight\n      }\n      weightsRationale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterviewerCalibration($openingId: ID!) {\n    interviewerCalibration(openingId: $openingId) {\n      interviewer {\n        id\n        name\n      }\n      leniency\n      sharedCandidates\n      ratings\n      backed\n    }\n  }\n"): (typeof documents)["\n  query InterviewerCalibration($openingId: ID!) {\n    interviewerCalibration(openingId: $openingId) {\n      interviewer {\n        id\n        name\n      }\n      leniency\n      sharedCandidates\n      ratings\n      backed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningAgreement($openingId: ID!) {\n    openingAgreement(openingId: $openingId) {\n      categoryId\n      alpha\n      pairableUnits\n      pairableValues\n      low\n    }\n  }\n"): (typeof documents)["\n  query OpeningAgreement($openingId: ID!) {\n    openingAgreement(openingId: $openingId) {\n      categoryId\n      alpha\n      pairableUnits\n      pairableValues\n      low\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    applicationId\n    decision\n    reason\n    createdAt\n    decidedBy {\n      id\n      name\n    }\n    reversedAt\n    reversalReason\n    reversedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    id\n    applicationId\n    decision\n    reason\n    createdAt\n    decidedBy {\n      id\n      name\n    }\n    reversedAt\n    reversalReason\n    reversedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebriefNoteFields on DebriefNoteView {\n    body\n    version\n    updatedAt\n    updatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DebriefNoteFields on DebriefNoteView {\n    body\n    version\n    updatedAt\n    updatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebriefScorecard on Scorecard {\n    id\n    panelistId\n    panelist {\n      id\n      name\n    }\n    status\n    submittedAt\n    scale\n    recommendation\n    summary\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      category {\n        id\n        name\n      }\n    }\n    amendments {\n      id\n      authorId\n      reason\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DebriefScorecard on Scorecard {\n    id\n    panelistId\n    panelist {\n      id\n      name\n    }\n    status\n    submittedAt\n    scale\n    recommendation\n    summary\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      category {\n        id\n        name\n      }\n    }\n    amendments {\n      id\n      authorId\n      reason\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Debrief($applicationId: ID!) {\n    debrief(applicationId: $applicationId) {\n      application {\n        id\n        status\n        outcomeReason\n        candidate {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n        decision {\n          id\n        }\n        opening {\n          id\n          title\n          stages {\n            id\n            name\n          }\n          loop {\n            rounds {\n              id\n              focusCategories {\n                id\n                name\n              }\n            }\n          }\n        }\n        interviews {\n          id\n          roundName\n          startsAt\n          status\n          questions {\n            id\n            title\n            categoryId\n            talkingPoints {\n              text\n            }\n          }\n          scorecards {\n            ...DebriefScorecard\n          }\n        }\n      }\n      scores {\n        overallScore\n        calibratedScore\n        calibrationBacked\n        scorecardCount\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          ratings\n          disagreement\n        }\n        recommendations {\n          recommendation\n          count\n        }\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n      }\n      weights {\n        categoryId\n        weight\n      }\n      note {\n        ...DebriefNoteFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Debrief($applicationId: ID!) {\n    debrief(applicationId: $applicationId) {\n      application {\n        id\n        status\n        outcomeReason\n        candidate {\n          id\n          name\n        }\n        stage {\n          id\n          name\n        }\n        decision {\n          id\n        }\n        opening {\n          id\n          title\n          stages {\n            id\n            name\n          }\n          loop {\n            rounds {\n              id\n              focusCategories {\n                id\n                name\n              }\n            }\n          }\n        }\n        interviews {\n          id\n          roundName\n          startsAt\n          status\n          questions {\n            id\n            title\n            categoryId\n            talkingPoints {\n              text\n            }\n          }\n          scorecards {\n            ...DebriefScorecard\n          }\n        }\n      }\n      scores {\n        overallScore\n        calibratedScore\n        calibrationBacked\n        scorecardCount\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          ratings\n          disagreement\n        }\n        recommendations {\n          recommendation\n          count\n        }\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n      }\n      weights {\n        categoryId\n        weight\n      }\n      note {\n        ...DebriefNoteFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDebriefNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      ...DebriefNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDebriefNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      ...DebriefNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseDecision($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseDecision($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LateFeedbackRow on LateFeedback {\n    interviewId\n    panelistId\n    missing\n    dueAt\n    lastNudgedAt\n    panelist {\n      id\n      name\n    }\n    interview {\n      id\n      startsAt\n      candidateName\n      roundName\n      openingTitle\n    }\n  }\n"): (typeof documents)["\n  fragment LateFeedbackRow on LateFeedback {\n    interviewId\n    panelistId\n    missing\n    dueAt\n    lastNudgedAt\n    panelist {\n      id\n      name\n    }\n    interview {\n      id\n      startsAt\n      candidateName\n      roundName\n      openingTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LateFeedback($first: Int!, $after: String) {\n    lateFeedback(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...LateFeedbackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LateFeedback($first: Int!, $after: String) {\n    lateFeedback(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...LateFeedbackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NudgePanelist($input: NudgePanelistInput!) {\n    nudgePanelist(input: $input) {\n      ...LateFeedbackRow\n    }\n  }\n"): (typeof documents)["\n  mutation NudgePanelist($input: NudgePanelistInput!) {\n    nudgePanelist(input: $input) {\n      ...LateFeedbackRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackPolicy {\n    feedbackPolicy {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n"): (typeof documents)["\n  query FeedbackPolicy {\n    feedbackPolicy {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFeedbackPolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFeedbackPolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyInterviews($upcoming: Boolean) {\n    myInterviews(upcoming: $upcoming) {\n      id\n      startsAt\n      endsAt\n      durationMinutes\n      status\n      cancelReason\n      candidateName\n      openingTitle\n      roundName\n      panelists {\n        id\n        name\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n      myFeedbackDue {\n        status\n        recommendationDueAt\n        scorecardDueAt\n        late\n      }\n      questions {\n        id\n        revision\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        talkingPoints {\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInterviews($upcoming: Boolean) {\n    myInterviews(upcoming: $upcoming) {\n      id\n      startsAt\n      endsAt\n      durationMinutes\n      status\n      cancelReason\n      candidateName\n      openingTitle\n      roundName\n      panelists {\n        id\n        name\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n      myFeedbackDue {\n        status\n        recommendationDueAt\n        scorecardDueAt\n        late\n      }\n      questions {\n        id\n        revision\n        title\n        prompt\n        kind\n        difficulty\n        estimatedMinutes\n        talkingPoints {\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      roundName\n      status\n      warnings\n      panelists {\n        id\n        name\n      }\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      roundName\n      status\n      warnings\n      panelists {\n        id\n        name\n      }\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelInterview($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n"): (typeof documents)["\n  mutation CancelInterview($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n      status\n      cancelReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleInterview($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n      warnings\n      panelists {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleInterview($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n      warnings\n      panelists {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n"): (typeof documents)["\n  query MyCalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarFeedUrl {\n    resetCalendarFeedUrl\n  }\n"): (typeof documents)["\n  mutation ResetCalendarFeedUrl {\n    resetCalendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundFields on Round {\n    id\n    name\n    position\n    durationMinutes\n    panelSize\n    level\n    ratingScale\n    lockedQuestionIds\n    stage {\n      id\n      name\n    }\n    focusCategories {\n      id\n      name\n    }\n    questions {\n      ...QuestionSummary\n    }\n  }\n"): (typeof documents)["\n  fragment RoundFields on Round {\n    id\n    name\n    position\n    durationMinutes\n    panelSize\n    level\n    ratingScale\n    lockedQuestionIds\n    stage {\n      id\n      name\n    }\n    focusCategories {\n      id\n      name\n    }\n    questions {\n      ...QuestionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageFields on CoverageMap {\n    warnings\n    rows {\n      category {\n        id\n        name\n      }\n      rounds {\n        roundId\n        focus\n        questionCount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CoverageFields on CoverageMap {\n    warnings\n    rows {\n      category {\n        id\n        name\n      }\n      rounds {\n        roundId\n        focus\n        questionCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningLoop($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        ...StageFields\n      }\n      loop {\n        rounds {\n          ...RoundFields\n        }\n      }\n      coverage {\n        ...CoverageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpeningLoop($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        ...StageFields\n      }\n      loop {\n        rounds {\n          ...RoundFields\n        }\n      }\n      coverage {\n        ...CoverageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeRoundQuestions($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        ...QuestionSummary\n      }\n      uncoveredCategoryIds\n      totalMinutes\n      budgetMinutes\n      offeredDifficulties\n      unmetDifficulties\n    }\n  }\n"): (typeof documents)["\n  query ProposeRoundQuestions($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        ...QuestionSummary\n      }\n      uncoveredCategoryIds\n      totalMinutes\n      budgetMinutes\n      offeredDifficulties\n      unmetDifficulties\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SwapQuestionCandidates($input: SwapQuestionCandidatesInput!) {\n    swapQuestionCandidates(input: $input) {\n      ...QuestionSummary\n    }\n  }\n"): (typeof documents)["\n  query SwapQuestionCandidates($input: SwapQuestionCandidatesInput!) {\n    swapQuestionCandidates(input: $input) {\n      ...QuestionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      ...RoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      ...RoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRound($roundId: ID!, $input: RoundInput!) {\n    updateRound(roundId: $roundId, input: $input) {\n      ...RoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRound($roundId: ID!, $input: RoundInput!) {\n    updateRound(roundId: $roundId, input: $input) {\n      ...RoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRound($roundId: ID!) {\n    removeRound(roundId: $roundId)\n  }\n"): (typeof documents)["\n  mutation RemoveRound($roundId: ID!) {\n    removeRound(roundId: $roundId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRounds($openingId: ID!, $input: ReorderInput!) {\n    reorderRounds(openingId: $openingId, input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderRounds($openingId: ID!, $input: ReorderInput!) {\n    reorderRounds(openingId: $openingId, input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $openingId, input: $input) {\n      id\n      name\n      roundCount\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $openingId, input: $input) {\n      id\n      name\n      roundCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CopyLoopSources($first: Int) {\n    openings(first: $first) {\n      edges {\n        node {\n          id\n          title\n          loop {\n            rounds {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CopyLoopSources($first: Int) {\n    openings(first: $first) {\n      edges {\n        node {\n          id\n          title\n          loop {\n            rounds {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      name\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      name\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationTicketFields on InvitationTicket {\n    id\n    token\n    email\n    name\n    role\n    expiresAt\n    emailed\n  }\n"): (typeof documents)["\n  fragment InvitationTicketFields on InvitationTicket {\n    id\n    token\n    email\n    name\n    role\n    expiresAt\n    emailed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueInvitation($id: ID!) {\n    reissueInvitation(id: $id) {\n      ...InvitationTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueInvitation($id: ID!) {\n    reissueInvitation(id: $id) {\n      ...InvitationTicketFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    readAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StageFields on Stage {\n    id\n    name\n    position\n  }\n"): (typeof documents)["\n  fragment StageFields on Stage {\n    id\n    name\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpeningSummary on Opening {\n    id\n    title\n    team\n    location\n    status\n    createdAt\n    hiringManager {\n      id\n      name\n    }\n    recruiter {\n      id\n      name\n    }\n    stages {\n      ...StageFields\n    }\n  }\n"): (typeof documents)["\n  fragment OpeningSummary on Opening {\n    id\n    title\n    team\n    location\n    status\n    createdAt\n    hiringManager {\n      id\n      name\n    }\n    recruiter {\n      id\n      name\n    }\n    stages {\n      ...StageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Openings($first: Int, $after: String) {\n    openings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OpeningSummary\n          loop {\n            rounds {\n              id\n            }\n          }\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Openings($first: Int, $after: String) {\n    openings(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OpeningSummary\n          loop {\n            rounds {\n              id\n            }\n          }\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Opening($id: ID!) {\n    opening(id: $id) {\n      ...OpeningSummary\n      version\n      statusChoices\n    }\n  }\n"): (typeof documents)["\n  query Opening($id: ID!) {\n    opening(id: $id) {\n      ...OpeningSummary\n      version\n      statusChoices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoopTemplates {\n    loopTemplates {\n      id\n      name\n      description\n      stageNames\n      roundCount\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query LoopTemplates {\n    loopTemplates {\n      id\n      name\n      description\n      stageNames\n      roundCount\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      ...OpeningSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      ...OpeningSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpening($id: ID!, $input: UpdateOpeningInput!) {\n    updateOpening(id: $id, input: $input) {\n      ...OpeningSummary\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOpening($id: ID!, $input: UpdateOpeningInput!) {\n    updateOpening(id: $id, input: $input) {\n      ...OpeningSummary\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOpeningStatus($id: ID!, $status: OpeningStatus!) {\n    setOpeningStatus(id: $id, status: $status) {\n      ...OpeningSummary\n      version\n      statusChoices\n    }\n  }\n"): (typeof documents)["\n  mutation SetOpeningStatus($id: ID!, $status: OpeningStatus!) {\n    setOpeningStatus(id: $id, status: $status) {\n      ...OpeningSummary\n      version\n      statusChoices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStage($openingId: ID!, $input: StageInput!) {\n    addStage(openingId: $openingId, input: $input) {\n      ...StageFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddStage($openingId: ID!, $input: StageInput!) {\n    addStage(openingId: $openingId, input: $input) {\n      ...StageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameStage($stageId: ID!, $input: StageInput!) {\n    renameStage(stageId: $stageId, input: $input) {\n      ...StageFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameStage($stageId: ID!, $input: StageInput!) {\n    renameStage(stageId: $stageId, input: $input) {\n      ...StageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderStages($openingId: ID!, $input: ReorderInput!) {\n    reorderStages(openingId: $openingId, input: $input) {\n      ...StageFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderStages($openingId: ID!, $input: ReorderInput!) {\n    reorderStages(openingId: $openingId, input: $input) {\n      ...StageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStage($stageId: ID!, $moveToStageId: ID) {\n    deleteStage(stageId: $stageId, moveToStageId: $moveToStageId)\n  }\n"): (typeof documents)["\n  mutation DeleteStage($stageId: ID!, $moveToStageId: ID) {\n    deleteStage(stageId: $stageId, moveToStageId: $moveToStageId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeReasonFields on OutcomeReason {\n    id\n    label\n    kind\n    position\n    archived\n  }\n"): (typeof documents)["\n  fragment OutcomeReasonFields on OutcomeReason {\n    id\n    label\n    kind\n    position\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeReasons($kind: OutcomeKind, $includeArchived: Boolean) {\n    outcomeReasons(kind: $kind, includeArchived: $includeArchived) {\n      ...OutcomeReasonFields\n    }\n  }\n"): (typeof documents)["\n  query OutcomeReasons($kind: OutcomeKind, $includeArchived: Boolean) {\n    outcomeReasons(kind: $kind, includeArchived: $includeArchived) {\n      ...OutcomeReasonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOutcomeReason($input: AddOutcomeReasonInput!) {\n    addOutcomeReason(input: $input) {\n      ...OutcomeReasonFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddOutcomeReason($input: AddOutcomeReasonInput!) {\n    addOutcomeReason(input: $input) {\n      ...OutcomeReasonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOutcomeReason($input: UpdateOutcomeReasonInput!) {\n    updateOutcomeReason(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOutcomeReason($input: UpdateOutcomeReasonInput!) {\n    updateOutcomeReason(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardCardFields on BoardCard {\n    id\n    candidateId\n    candidateName\n    candidateTags\n    timeInStageSeconds\n    feedback {\n      submitted\n      expected\n    }\n    decision {\n      id\n      decision\n    }\n  }\n"): (typeof documents)["\n  fragment BoardCardFields on BoardCard {\n    id\n    candidateId\n    candidateName\n    candidateTags\n    timeInStageSeconds\n    feedback {\n      submitted\n      expected\n    }\n    decision {\n      id\n      decision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineBoard($openingId: ID!, $filter: BoardFilter) {\n    pipelineBoard(openingId: $openingId, filter: $filter) {\n      rejectedCount\n      withdrawnCount\n      columns {\n        count\n        hasMoreCards\n        endCursor\n        stage {\n          id\n          name\n        }\n        cards {\n          ...BoardCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineBoard($openingId: ID!, $filter: BoardFilter) {\n    pipelineBoard(openingId: $openingId, filter: $filter) {\n      rejectedCount\n      withdrawnCount\n      columns {\n        count\n        hasMoreCards\n        endCursor\n        stage {\n          id\n          name\n        }\n        cards {\n          ...BoardCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnCards($openingId: ID!, $stageId: ID!, $filter: BoardFilter, $first: Int, $after: String) {\n    boardColumnCards(openingId: $openingId, stageId: $stageId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...BoardCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumnCards($openingId: ID!, $stageId: ID!, $filter: BoardFilter, $first: Int, $after: String) {\n    boardColumnCards(openingId: $openingId, stageId: $stageId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...BoardCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      status\n      timeInStageSeconds\n      stage {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      status\n      timeInStageSeconds\n      stage {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkMoveApplications($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkMoveApplications($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkRejectApplications($input: BulkRejectInput!) {\n    bulkRejectApplications(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BulkRejectApplications($input: BulkRejectInput!) {\n    bulkRejectApplications(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateSummary on Candidate {\n    id\n    name\n    email\n    tags\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CandidateSummary on Candidate {\n    id\n    name\n    email\n    tags\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Candidates($first: Int, $after: String, $search: String) {\n    candidates(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          ...CandidateSummary\n          applications {\n            id\n            status\n            stage {\n              id\n              name\n            }\n            opening {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Candidates($first: Int, $after: String, $search: String) {\n    candidates(first: $first, after: $after, search: $search) {\n      totalCount\n      totalCountIsExact\n      edges {\n        cursor\n        node {\n          ...CandidateSummary\n          applications {\n            id\n            status\n            stage {\n              id\n              name\n            }\n            opening {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationDetail on Application {\n    id\n    status\n    outcomeReason\n    createdAt\n    timeInStageSeconds\n    decision {\n      id\n      decision\n    }\n    stage {\n      id\n      name\n    }\n    opening {\n      id\n      title\n      status\n      stages {\n        id\n        name\n      }\n      loop {\n        rounds {\n          id\n          name\n          durationMinutes\n          panelSize\n          stage {\n            id\n            name\n          }\n        }\n      }\n    }\n    timeline {\n      id\n      kind\n      fromStageId\n      toStageId\n      reason\n      createdAt\n      interviewId\n      interviewStartsAt\n      actor {\n        id\n        name\n      }\n    }\n    interviews {\n      id\n      startsAt\n      endsAt\n      roundName\n      status\n      cancelReason\n      panelists {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationDetail on Application {\n    id\n    status\n    outcomeReason\n    createdAt\n    timeInStageSeconds\n    decision {\n      id\n      decision\n    }\n    stage {\n      id\n      name\n    }\n    opening {\n      id\n      title\n      status\n      stages {\n        id\n        name\n      }\n      loop {\n        rounds {\n          id\n          name\n          durationMinutes\n          panelSize\n          stage {\n            id\n            name\n          }\n        }\n      }\n    }\n    timeline {\n      id\n      kind\n      fromStageId\n      toStageId\n      reason\n      createdAt\n      interviewId\n      interviewStartsAt\n      actor {\n        id\n        name\n      }\n    }\n    interviews {\n      id\n      startsAt\n      endsAt\n      roundName\n      status\n      cancelReason\n      panelists {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateSummary\n      phone\n      links\n      source\n      notes\n      erasedAt\n      applications {\n        ...ApplicationDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      ...CandidateSummary\n      phone\n      links\n      source\n      notes\n      erasedAt\n      applications {\n        ...ApplicationDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      ...CandidateSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectApplication($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RejectApplication($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($input: CloseApplicationInput!) {\n    withdrawApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($input: CloseApplicationInput!) {\n    withdrawApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosedApplications($openingId: ID!, $status: ApplicationStatus, $first: Int, $after: String) {\n    closedApplications(openingId: $openingId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          outcomeReason\n          outcomeReasonChoice {\n            id\n            label\n          }\n          updatedAt\n          candidate {\n            id\n            name\n          }\n          stage {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClosedApplications($openingId: ID!, $status: ApplicationStatus, $first: Int, $after: String) {\n    closedApplications(openingId: $openingId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          status\n          outcomeReason\n          outcomeReasonChoice {\n            id\n            label\n          }\n          updatedAt\n          candidate {\n            id\n            name\n          }\n          stage {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenApplication($applicationId: ID!, $reason: String) {\n    reopenApplication(applicationId: $applicationId, reason: $reason) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenApplication($applicationId: ID!, $reason: String) {\n    reopenApplication(applicationId: $applicationId, reason: $reason) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      openingId\n      applicationId\n      kind\n      fromStageId\n      toStageId\n      card {\n        ...BoardCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      openingId\n      applicationId\n      kind\n      fromStageId\n      toStageId\n      card {\n        ...BoardCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCandidate($id: ID!) {\n    eraseCandidate(id: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EraseCandidate($id: ID!) {\n    eraseCandidate(id: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateDataExport($id: ID!) {\n    candidateDataExport(id: $id)\n  }\n"): (typeof documents)["\n  query CandidateDataExport($id: ID!) {\n    candidateDataExport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPolicy {\n    retentionPolicy {\n      days\n      lastRunAt\n    }\n  }\n"): (typeof documents)["\n  query RetentionPolicy {\n    retentionPolicy {\n      days\n      lastRunAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionPolicy($days: Int) {\n    setRetentionPolicy(days: $days) {\n      days\n      lastRunAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetRetentionPolicy($days: Int) {\n    setRetentionPolicy(days: $days) {\n      days\n      lastRunAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPreview {\n    retentionPreview {\n      days\n      candidates {\n        id\n        name\n        lastEndedAt\n      }\n      more\n    }\n  }\n"): (typeof documents)["\n  query RetentionPreview {\n    retentionPreview {\n      days\n      candidates {\n        id\n        name\n        lastEndedAt\n      }\n      more\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyRetention {\n    applyRetention\n  }\n"): (typeof documents)["\n  mutation ApplyRetention {\n    applyRetention\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionTalkingPoints($id: ID!) {\n    question(id: $id) {\n      id\n      talkingPoints {\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionTalkingPoints($id: ID!) {\n    question(id: $id) {\n      id\n      talkingPoints {\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningReport($openingId: ID!) {\n    opening(id: $openingId) {\n      id\n      title\n      applicationCounts {\n        active\n        rejected\n        withdrawn\n      }\n    }\n    openingReport(openingId: $openingId) {\n      stages {\n        stageId\n        stageName\n        entered\n        movedOn\n        left\n        current\n        exits {\n          status\n          reason\n          count\n        }\n        medianHoursInStage\n      }\n      rejectionReasons {\n        reason\n        count\n      }\n      withdrawalReasons {\n        reason\n        count\n      }\n      feedback {\n        seats\n        recommendationsOnTime\n        scorecardsOnTime\n        scorecardsSubmitted\n      }\n    }\n    feedbackPolicy {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n"): (typeof documents)["\n  query OpeningReport($openingId: ID!) {\n    opening(id: $openingId) {\n      id\n      title\n      applicationCounts {\n        active\n        rejected\n        withdrawn\n      }\n    }\n    openingReport(openingId: $openingId) {\n      stages {\n        stageId\n        stageName\n        entered\n        movedOn\n        left\n        current\n        exits {\n          status\n          reason\n          count\n        }\n        medianHoursInStage\n      }\n      rejectionReasons {\n        reason\n        count\n      }\n      withdrawalReasons {\n        reason\n        count\n      }\n      feedback {\n        seats\n        recommendationsOnTime\n        scorecardsOnTime\n        scorecardsSubmitted\n      }\n    }\n    feedbackPolicy {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningReportCsv($openingId: ID!) {\n    openingReportCsv(openingId: $openingId)\n  }\n"): (typeof documents)["\n  query OpeningReportCsv($openingId: ID!) {\n    openingReportCsv(openingId: $openingId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterviewerReport($openingId: ID!) {\n    interviewerReport(openingId: $openingId) {\n      interviewer {\n        id\n        name\n      }\n      seats\n      scorecardsSubmitted\n      recommendationOnTimeRate\n      scorecardOnTimeRate\n      ratingDistribution\n      leniency\n      sharedCandidates\n      leniencyBacked\n      agreementRate\n      agreementSample\n    }\n  }\n"): (typeof documents)["\n  query InterviewerReport($openingId: ID!) {\n    interviewerReport(openingId: $openingId) {\n      interviewer {\n        id\n        name\n      }\n      seats\n      scorecardsSubmitted\n      recommendationOnTimeRate\n      scorecardOnTimeRate\n      ratingDistribution\n      leniency\n      sharedCandidates\n      leniencyBacked\n      agreementRate\n      agreementSample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardDetail on Scorecard {\n    id\n    interviewId\n    panelistId\n    version\n    status\n    scale\n    submittedAt\n    updatedAt\n    recommendation\n    summary\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      suggestedRating\n      category {\n        id\n        name\n      }\n    }\n    amendments {\n      id\n      authorId\n      reason\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ScorecardDetail on Scorecard {\n    id\n    interviewId\n    panelistId\n    version\n    status\n    scale\n    submittedAt\n    updatedAt\n    recommendation\n    summary\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      suggestedRating\n      category {\n        id\n        name\n      }\n    }\n    amendments {\n      id\n      authorId\n      reason\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterviewSheet on Interview {\n    id\n    candidateName\n    roundName\n    openingTitle\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    panelists {\n      id\n      name\n    }\n    questions {\n      id\n      revision\n      title\n      prompt\n      kind\n      categoryId\n      estimatedMinutes\n      talkingPoints {\n        text\n      }\n      anchors {\n        rating\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InterviewSheet on Interview {\n    id\n    candidateName\n    roundName\n    openingTitle\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    panelists {\n      id\n      name\n    }\n    questions {\n      id\n      revision\n      title\n      prompt\n      kind\n      categoryId\n      estimatedMinutes\n      talkingPoints {\n        text\n      }\n      anchors {\n        rating\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardPage($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n    }\n    myScorecard(interviewId: $interviewId) {\n      ...ScorecardDetail\n    }\n  }\n"): (typeof documents)["\n  query ScorecardPage($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n    }\n    myScorecard(interviewId: $interviewId) {\n      ...ScorecardDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterviewPage($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n      scorecards {\n        ...ScorecardDetail\n        panelist {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InterviewPage($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n      scorecards {\n        ...ScorecardDetail\n        panelist {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterviewKit($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n      ratingScale\n    }\n  }\n"): (typeof documents)["\n  query InterviewKit($interviewId: ID!) {\n    interview(id: $interviewId) {\n      ...InterviewSheet\n      ratingScale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelProgress($interviewId: ID!) {\n    interview(id: $interviewId) {\n      id\n      panelists {\n        id\n        name\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PanelProgress($interviewId: ID!) {\n    interview(id: $interviewId) {\n      id\n      panelists {\n        id\n        name\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PanelProgressChanged($interviewId: ID!) {\n    panelProgress(interviewId: $interviewId) {\n      interviewId\n      panelistId\n      status\n      resync\n    }\n  }\n"): (typeof documents)["\n  subscription PanelProgressChanged($interviewId: ID!) {\n    panelProgress(interviewId: $interviewId) {\n      interviewId\n      panelistId\n      status\n      resync\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      ...ScorecardDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;