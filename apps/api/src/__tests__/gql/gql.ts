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
    "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scope\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.TokensCreateDocument,
    "\n  query TokensList {\n    apiTokens {\n      id\n      name\n      scope\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.TokensListDocument,
    "\n  mutation TokensRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.TokensRevokeDocument,
    "\n  query TokensMe {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.TokensMeDocument,
    "\n  mutation TokensCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.TokensCreateCategoryDocument,
    "\n  mutation TokensLogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.TokensLogoutEverywhereDocument,
    "\n  mutation TokensDeactivate($id: ID!) {\n    deactivateMember(userId: $id) {\n      status\n    }\n  }\n": typeof types.TokensDeactivateDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          actor {\n            id\n            name\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          at\n          instance\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": typeof types.AuditCsvDocument,
    "\n  mutation AuditUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AuditUpdateCategoryDocument,
    "\n  mutation AuditChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditChangeRoleDocument,
    "\n  mutation AuditUpdatePolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      scorecardDueMinutes\n    }\n  }\n": typeof types.AuditUpdatePolicyDocument,
    "\n  mutation AuditUpdateCandidate($id: ID!, $input: CandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AuditUpdateCandidateDocument,
    "\n  query AuditMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      categoryRatings {\n        categoryId\n      }\n    }\n  }\n": typeof types.AuditMyScorecardDocument,
    "\n  mutation AuditSaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditSaveScorecardDocument,
    "\n  mutation AuditSubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditSubmitScorecardDocument,
    "\n  mutation AuditAmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditAmendScorecardDocument,
    "\n  mutation AuditRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditRecordDecisionDocument,
    "\n  mutation AuditReverseDecision($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditReverseDecisionDocument,
    "\n  query AuthSetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n": typeof types.AuthSetupStatusDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.AuthSignUpDocument,
    "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      id\n      email\n      name\n      role\n      status\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthMyMembership {\n    me {\n      email\n      role\n      organization {\n        name\n      }\n    }\n  }\n": typeof types.AuthMyMembershipDocument,
    "\n  query AuthMyRole {\n    me {\n      role\n    }\n  }\n": typeof types.AuthMyRoleDocument,
    "\n  mutation AuthLogout {\n    logout\n  }\n": typeof types.AuthLogoutDocument,
    "\n  mutation AuthInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      email\n      role\n    }\n  }\n": typeof types.AuthInviteMemberDocument,
    "\n  query AuthInvitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      email\n      role\n    }\n  }\n": typeof types.AuthInvitationDocument,
    "\n  mutation AuthAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        email\n        role\n      }\n    }\n  }\n": typeof types.AuthAcceptInvitationDocument,
    "\n  mutation AuthChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n": typeof types.AuthChangeMemberRoleDocument,
    "\n  mutation AuthDeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      status\n    }\n  }\n": typeof types.AuthDeactivateMemberDocument,
    "\n  query AuthMembers {\n    members {\n      email\n    }\n  }\n": typeof types.AuthMembersDocument,
    "\n  mutation AuthLoginTo($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.AuthLoginToDocument,
    "\n  query AuthMyOrganization {\n    me {\n      organization {\n        name\n      }\n    }\n  }\n": typeof types.AuthMyOrganizationDocument,
    "\n  query CalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n": typeof types.CalendarFeedUrlDocument,
    "\n  mutation CalendarResetFeedUrl {\n    resetCalendarFeedUrl\n  }\n": typeof types.CalendarResetFeedUrlDocument,
    "\n  mutation CalendarReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n    }\n  }\n": typeof types.CalendarRescheduleDocument,
    "\n  mutation CalendarCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n    }\n  }\n": typeof types.CalendarCancelDocument,
    "\n  mutation CalendarDeactivate($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n    }\n  }\n": typeof types.CalendarDeactivateDocument,
    "\n  query PrivacyMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      ratings {\n        questionId\n      }\n    }\n  }\n": typeof types.PrivacyMyScorecardDocument,
    "\n  mutation PrivacySave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PrivacySaveDocument,
    "\n  mutation PrivacySubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n    }\n  }\n": typeof types.PrivacySubmitDocument,
    "\n  mutation PrivacyDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.PrivacyDecideDocument,
    "\n  mutation PrivacySaveNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      version\n    }\n  }\n": typeof types.PrivacySaveNoteDocument,
    "\n  mutation PrivacyErase($id: ID!) {\n    eraseCandidate(id: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n": typeof types.PrivacyEraseDocument,
    "\n  query PrivacyExport($id: ID!) {\n    candidateDataExport(id: $id)\n  }\n": typeof types.PrivacyExportDocument,
    "\n  query PrivacyCandidate($id: ID!) {\n    candidate(id: $id) {\n      name\n      email\n      phone\n      notes\n      erasedAt\n    }\n  }\n": typeof types.PrivacyCandidateDocument,
    "\n  mutation PrivacySetRetention($days: Int) {\n    setRetentionPolicy(days: $days) {\n      days\n    }\n  }\n": typeof types.PrivacySetRetentionDocument,
    "\n  query PrivacyRetentionPreview {\n    retentionPreview {\n      days\n      candidates {\n        id\n        name\n        lastEndedAt\n      }\n      more\n    }\n  }\n": typeof types.PrivacyRetentionPreviewDocument,
    "\n  mutation PrivacyApplyRetention {\n    applyRetention\n  }\n": typeof types.PrivacyApplyRetentionDocument,
    "\n  mutation PrivacyReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      status\n    }\n  }\n": typeof types.PrivacyRejectDocument,
    "\n  subscription EventsBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      openingId\n      applicationId\n      kind\n      fromStageId\n      toStageId\n      card {\n        id\n        candidateId\n        candidateName\n        candidateTags\n      }\n    }\n  }\n": typeof types.EventsBoardChangedDocument,
    "\n  mutation EventsMove($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.EventsMoveDocument,
    "\n  mutation EventsBulkMove($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n    }\n  }\n": typeof types.EventsBulkMoveDocument,
    "\n  mutation EventsCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.EventsCreateApplicationDocument,
    "\n  mutation EventsReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.EventsRejectDocument,
    "\n  mutation EventsWithdraw($input: CloseApplicationInput!) {\n    withdrawApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.EventsWithdrawDocument,
    "\n  mutation EventsReopen($applicationId: ID!) {\n    reopenApplication(applicationId: $applicationId) {\n      id\n    }\n  }\n": typeof types.EventsReopenDocument,
    "\n  query EventsMe {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.EventsMeDocument,
    "\n  query EventsBoard($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      rejectedCount\n    }\n  }\n": typeof types.EventsBoardDocument,
    "\n  mutation EventsLogout {\n    logout\n  }\n": typeof types.EventsLogoutDocument,
    "\n  mutation EventsLogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.EventsLogoutEverywhereDocument,
    "\n  mutation EventsSignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.EventsSignInDocument,
    "\n  mutation EventsDeactivate($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      status\n    }\n  }\n": typeof types.EventsDeactivateDocument,
    "\n  mutation EventsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n": typeof types.EventsChangeRoleDocument,
    "\n  fragment FactoryCandidate on Candidate {\n    id\n    name\n    email\n    tags\n  }\n": typeof types.FactoryCandidateFragmentDoc,
    "\n  fragment FactoryApplication on Application {\n    id\n    status\n    stage {\n      id\n      name\n    }\n  }\n": typeof types.FactoryApplicationFragmentDoc,
    "\n  mutation FactoryCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      ...FactoryCandidate\n    }\n  }\n": typeof types.FactoryCreateCandidateDocument,
    "\n  mutation FactoryCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n": typeof types.FactoryCreateApplicationDocument,
    "\n  mutation FactoryMoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n": typeof types.FactoryMoveApplicationDocument,
    "\n  mutation FactoryRejectApplication($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n": typeof types.FactoryRejectApplicationDocument,
    "\n  fragment FactoryCategory on Category {\n    id\n    name\n    position\n  }\n": typeof types.FactoryCategoryFragmentDoc,
    "\n  mutation FactoryCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...FactoryCategory\n    }\n  }\n": typeof types.FactoryCreateCategoryDocument,
    "\n  fragment FactoryInterview on Interview {\n    id\n    startsAt\n    endsAt\n    status\n    panelists {\n      id\n    }\n    questions {\n      id\n      revision\n      title\n    }\n    warnings\n  }\n": typeof types.FactoryInterviewFragmentDoc,
    "\n  mutation FactoryScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      ...FactoryInterview\n    }\n  }\n": typeof types.FactoryScheduleInterviewDocument,
    "\n  fragment FactoryMember on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.FactoryMemberFragmentDoc,
    "\n  mutation FactoryInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n": typeof types.FactoryInviteMemberDocument,
    "\n  mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        ...FactoryMember\n      }\n    }\n  }\n": typeof types.FactoryAcceptInvitationDocument,
    "\n  fragment FactoryOpening on Opening {\n    id\n    title\n    status\n    stages {\n      id\n      name\n      position\n    }\n  }\n": typeof types.FactoryOpeningFragmentDoc,
    "\n  mutation FactoryCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      ...FactoryOpening\n    }\n  }\n": typeof types.FactoryCreateOpeningDocument,
    "\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        ...FactoryMember\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FactorySignUpDocument,
    "\n  query FactoryBank($after: String) {\n    categories {\n      ...FactoryCategory\n    }\n    questions(first: 100, after: $after) {\n      edges {\n        node {\n          ...FactoryQuestion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FactoryBankDocument,
    "\n  fragment FactoryQuestion on Question {\n    id\n    title\n    revision\n    estimatedMinutes\n    category {\n      id\n    }\n  }\n": typeof types.FactoryQuestionFragmentDoc,
    "\n  mutation FactoryCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...FactoryQuestion\n    }\n  }\n": typeof types.FactoryCreateQuestionDocument,
    "\n  fragment FactoryRound on Round {\n    id\n    name\n    durationMinutes\n    panelSize\n    stage {\n      id\n      name\n    }\n    questions {\n      ...FactoryQuestion\n    }\n  }\n": typeof types.FactoryRoundFragmentDoc,
    "\n  mutation FactoryAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      ...FactoryRound\n    }\n  }\n": typeof types.FactoryAddRoundDocument,
    "\n  query FactoryProposeQuestions($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.FactoryProposeQuestionsDocument,
    "\n  subscription ShutdownBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      kind\n    }\n  }\n": typeof types.ShutdownBoardChangedDocument,
    "\n  query InsightsMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      ratings {\n        questionId\n      }\n      categoryRatings {\n        categoryId\n      }\n    }\n  }\n": typeof types.InsightsMyScorecardDocument,
    "\n  mutation InsightsSave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.InsightsSaveDocument,
    "\n  mutation InsightsSubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.InsightsSubmitDocument,
    "\n  mutation InsightsAmend($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      version\n    }\n  }\n": typeof types.InsightsAmendDocument,
    "\n  query InsightsComparison($openingId: ID!, $filter: ComparisonFilter) {\n    comparison(openingId: $openingId, filter: $filter) {\n      rows {\n        application {\n          id\n          status\n        }\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          ratings\n          disagreement\n          rounds {\n            roundId\n            mean\n            ratings\n          }\n        }\n        overallScore\n        calibratedScore\n        calibrationBacked\n        recommendations {\n          recommendation\n          count\n        }\n        scorecardCount\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n        decision {\n          decision\n        }\n      }\n      weights {\n        categoryId\n        weight\n        openingAverage\n      }\n      weightsRationale\n      hiddenForIndependence\n    }\n  }\n": typeof types.InsightsComparisonDocument,
    "\n  query InsightsCsv($openingId: ID!) {\n    comparisonCsv(openingId: $openingId)\n  }\n": typeof types.InsightsCsvDocument,
    "\n  query InsightsGrid($openingId: ID!, $applicationIds: [ID!]!) {\n    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {\n      questions {\n        id\n      }\n      cells {\n        questionId\n        applicationId\n        ratings {\n          panelistId\n          panelist {\n            name\n          }\n          rating\n          notes\n          talkingPointsCovered\n        }\n      }\n    }\n  }\n": typeof types.InsightsGridDocument,
    "\n  query InsightsCalibration($openingId: ID!) {\n    interviewerCalibration(openingId: $openingId) {\n      interviewer {\n        id\n      }\n      leniency\n      sharedCandidates\n      backed\n    }\n  }\n": typeof types.InsightsCalibrationDocument,
    "\n  query InsightsAgreement($openingId: ID!, $categoryId: ID) {\n    agreement(openingId: $openingId, categoryId: $categoryId) {\n      alpha\n      pairableUnits\n      low\n    }\n  }\n": typeof types.InsightsAgreementDocument,
    "\n  query InsightsAgreements($openingId: ID!) {\n    openingAgreement(openingId: $openingId) {\n      categoryId\n      alpha\n      pairableUnits\n    }\n  }\n": typeof types.InsightsAgreementsDocument,
    "\n  query InsightsSignal($questionId: ID!) {\n    questionSignal(questionId: $questionId) {\n      timesAsked\n      mean\n      distribution\n      pointBiserial\n      sampleSize\n    }\n  }\n": typeof types.InsightsSignalDocument,
    "\n  mutation InsightsWeights($input: WeightsInput!) {\n    setComparisonWeights(input: $input) {\n      weightsRationale\n      rows {\n        application {\n          id\n        }\n        overallScore\n      }\n    }\n  }\n": typeof types.InsightsWeightsDocument,
    "\n  mutation InsightsDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      decision\n      reason\n      decidedBy {\n        id\n      }\n    }\n  }\n": typeof types.InsightsDecideDocument,
    "\n  mutation InsightsReverse($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      reversedAt\n      reversalReason\n    }\n  }\n": typeof types.InsightsReverseDocument,
    "\n  query InsightsDebrief($applicationId: ID!) {\n    debrief(applicationId: $applicationId) {\n      application {\n        stage {\n          name\n        }\n        status\n        outcomeReasonChoice {\n          label\n        }\n      }\n      scores {\n        overallScore\n      }\n      note {\n        body\n        version\n      }\n      decisions {\n        decision\n        reversedAt\n      }\n    }\n  }\n": typeof types.InsightsDebriefDocument,
    "\n  mutation InsightsSaveNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      body\n      version\n    }\n  }\n": typeof types.InsightsSaveNoteDocument,
    "\n  query InsightsReasons {\n    outcomeReasons(kind: REJECTION) {\n      id\n      label\n    }\n  }\n": typeof types.InsightsReasonsDocument,
    "\n  query InsightsOpeningReport($openingId: ID!) {\n    openingReport(openingId: $openingId) {\n      stages {\n        stageName\n        entered\n        movedOn\n        left\n        current\n        exits {\n          status\n          reason\n          count\n        }\n        medianHoursInStage\n      }\n      rejectionReasons {\n        reason\n        count\n      }\n      feedback {\n        seats\n        recommendationsOnTime\n        scorecardsOnTime\n        scorecardsSubmitted\n      }\n    }\n    openingReportCsv(openingId: $openingId)\n  }\n": typeof types.InsightsOpeningReportDocument,
    "\n  query InsightsInterviewerReport($openingId: ID!) {\n    interviewerReport(openingId: $openingId) {\n      interviewer {\n        id\n      }\n      seats\n      scorecardsSubmitted\n      scorecardOnTimeRate\n      ratingDistribution\n      leniency\n      leniencyBacked\n      agreementRate\n      agreementSample\n    }\n  }\n": typeof types.InsightsInterviewerReportDocument,
    "\n  mutation InsightsUpdateReason($input: UpdateOutcomeReasonInput!) {\n    updateOutcomeReason(input: $input) {\n      label\n      archived\n    }\n  }\n": typeof types.InsightsUpdateReasonDocument,
    "\n  query InsightsBoard($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      columns {\n        cards {\n          id\n          decision {\n            decision\n          }\n        }\n      }\n    }\n  }\n": typeof types.InsightsBoardDocument,
    "\n  mutation InvitationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      token\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationsInviteDocument,
    "\n  query InvitationsPending {\n    pendingInvitations {\n      id\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationsPendingDocument,
    "\n  mutation InvitationsReissue($id: ID!) {\n    reissueInvitation(id: $id) {\n      id\n      token\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationsReissueDocument,
    "\n  mutation InvitationsRevoke($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.InvitationsRevokeDocument,
    "\n  query InvitationsPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      role\n    }\n  }\n": typeof types.InvitationsPreviewDocument,
    "\n  mutation InvitationsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        email\n      }\n    }\n  }\n": typeof types.InvitationsAcceptDocument,
    "\n  query InvitationsMembers {\n    members {\n      email\n    }\n  }\n": typeof types.InvitationsMembersDocument,
    "\n  mutation ThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ThrottleLoginDocument,
    "\n  mutation LogsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.LogsSignUpDocument,
    "\n  mutation LogsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.LogsLoginDocument,
    "\n  query LogsMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.LogsMeDocument,
    "\n  mutation LogsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n": typeof types.LogsInviteDocument,
    "\n  mutation LogsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n    }\n  }\n": typeof types.LogsAcceptDocument,
    "\n  mutation LogsCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n    }\n  }\n": typeof types.LogsCreateCandidateDocument,
    "\n  mutation LogsUpdateCandidate($id: ID!, $input: CandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n      notes\n    }\n  }\n": typeof types.LogsUpdateCandidateDocument,
    "\n  query LogsFeedUrl {\n    myCalendarFeedUrl\n  }\n": typeof types.LogsFeedUrlDocument,
    "\n  mutation LogsLogout {\n    logout\n  }\n": typeof types.LogsLogoutDocument,
    "\n  query LoopBuilderRounds($id: ID!) {\n    opening(id: $id) {\n      id\n      loop {\n        rounds {\n          id\n          name\n          position\n          stage {\n            id\n            name\n          }\n          lockedQuestionIds\n          questions {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoopBuilderRoundsDocument,
    "\n  query LoopBuilderPropose($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n        difficulty\n      }\n      offeredDifficulties\n      unmetDifficulties\n    }\n  }\n": typeof types.LoopBuilderProposeDocument,
    "\n  mutation LoopBuilderReorderRounds($openingId: ID!, $input: ReorderInput!) {\n    reorderRounds(openingId: $openingId, input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.LoopBuilderReorderRoundsDocument,
    "\n  mutation LoopBuilderReorderStages($openingId: ID!, $input: ReorderInput!) {\n    reorderStages(openingId: $openingId, input: $input) {\n      id\n    }\n  }\n": typeof types.LoopBuilderReorderStagesDocument,
    "\n  mutation LoopBuilderUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.LoopBuilderUpdateRoundDocument,
    "\n  mutation LoopBuilderSaveTemplate($id: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.LoopBuilderSaveTemplateDocument,
    "\n  mutation LoopBuilderCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      id\n    }\n  }\n": typeof types.LoopBuilderCreateOpeningDocument,
    "\n  mutation LoopBuilderCopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      id\n    }\n  }\n": typeof types.LoopBuilderCopyLoopDocument,
    "\n  mutation LoopsCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      id\n      title\n      status\n      stages {\n        id\n        name\n        position\n      }\n    }\n  }\n": typeof types.LoopsCreateOpeningDocument,
    "\n  query LoopsOpenings($first: Int) {\n    openings(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.LoopsOpeningsDocument,
    "\n  query LoopsOpening($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        position\n      }\n      loop {\n        rounds {\n          id\n          name\n          durationMinutes\n          panelSize\n          ratingScale\n          stage {\n            id\n          }\n          focusCategories {\n            id\n          }\n          lockedQuestionIds\n          questions {\n            id\n            title\n            estimatedMinutes\n            difficulty\n            category {\n              id\n            }\n          }\n        }\n      }\n      coverage {\n        warnings\n        rows {\n          category {\n            id\n            name\n          }\n          rounds {\n            roundId\n            focus\n            questionCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoopsOpeningDocument,
    "\n  mutation LoopsAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      id\n      name\n      durationMinutes\n      ratingScale\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.LoopsAddRoundDocument,
    "\n  mutation LoopsUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.LoopsUpdateRoundDocument,
    "\n  mutation LoopsDeleteStage($id: ID!) {\n    deleteStage(stageId: $id)\n  }\n": typeof types.LoopsDeleteStageDocument,
    "\n  query LoopsPropose($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n        estimatedMinutes\n        difficulty\n        category {\n          id\n        }\n      }\n      uncoveredCategoryIds\n      totalMinutes\n      budgetMinutes\n    }\n  }\n": typeof types.LoopsProposeDocument,
    "\n  query LoopsSwapCandidates($input: SwapQuestionCandidatesInput!) {\n    swapQuestionCandidates(input: $input) {\n      id\n      difficulty\n      estimatedMinutes\n      category {\n        id\n      }\n    }\n  }\n": typeof types.LoopsSwapCandidatesDocument,
    "\n  query LoopsCategorySize($id: ID!) {\n    category(id: $id) {\n      questionCount\n    }\n  }\n": typeof types.LoopsCategorySizeDocument,
    "\n  mutation LoopsSaveLoopAsTemplate($id: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $id, input: $input) {\n      id\n      name\n      stageNames\n      roundCount\n    }\n  }\n": typeof types.LoopsSaveLoopAsTemplateDocument,
    "\n  mutation LoopsCopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      name\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.LoopsCopyLoopDocument,
    "\n  query FeedbackOpenScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n    }\n  }\n": typeof types.FeedbackOpenScorecardDocument,
    "\n  mutation FeedbackSaveRecommendation($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      version\n    }\n  }\n": typeof types.FeedbackSaveRecommendationDocument,
    "\n  query FeedbackMyInterviews {\n    myInterviews {\n      id\n      myFeedbackDue {\n        status\n        late\n        recommendationDueAt\n        scorecardDueAt\n      }\n    }\n  }\n": typeof types.FeedbackMyInterviewsDocument,
    "\n  query FeedbackLate {\n    lateFeedback(first: 50) {\n      totalCount\n      edges {\n        node {\n          interviewId\n          panelistId\n          missing\n          dueAt\n          lastNudgedAt\n          panelist {\n            name\n          }\n          interview {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.FeedbackLateDocument,
    "\n  mutation FeedbackUpdatePolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n": typeof types.FeedbackUpdatePolicyDocument,
    "\n  mutation FeedbackNudge($input: NudgePanelistInput!) {\n    nudgePanelist(input: $input) {\n      panelistId\n      missing\n      lastNudgedAt\n    }\n  }\n": typeof types.FeedbackNudgeDocument,
    "\n  query FeedbackNotifications {\n    unreadNotificationCount\n    notifications(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          link\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.FeedbackNotificationsDocument,
    "\n  query NotificationsPage($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation FeedbackMarkRead {\n    markNotificationsRead\n  }\n": typeof types.FeedbackMarkReadDocument,
    "\n  subscription FeedbackNotificationAdded {\n    notificationAdded {\n      kind\n      title\n      link\n    }\n  }\n": typeof types.FeedbackNotificationAddedDocument,
    "\n  mutation NotificationsReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n    }\n  }\n": typeof types.NotificationsRescheduleDocument,
    "\n  mutation NotificationsCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n    }\n  }\n": typeof types.NotificationsCancelDocument,
    "\n  mutation NotificationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n    }\n  }\n": typeof types.NotificationsInviteDocument,
    "\n  mutation NullsUpdateOpening($id: ID!, $input: UpdateOpeningInput!) {\n    updateOpening(id: $id, input: $input) {\n      title\n      status\n      team\n      location\n      hiringManager {\n        id\n      }\n      recruiter {\n        id\n      }\n    }\n  }\n": typeof types.NullsUpdateOpeningDocument,
    "\n  mutation NullsUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      name\n      description\n    }\n  }\n": typeof types.NullsUpdateCategoryDocument,
    "\n  mutation NullsCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.NullsCreateQuestionDocument,
    "\n  mutation NullsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      revision\n      prompt\n    }\n  }\n": typeof types.NullsUpdateQuestionDocument,
    "\n  mutation NullsCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NullsCreateQuestionSetDocument,
    "\n  mutation NullsUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      name\n      description\n      version\n    }\n  }\n": typeof types.NullsUpdateQuestionSetDocument,
    "\n  mutation NullsAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      id\n      panelSize\n      level\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.NullsAddRoundDocument,
    "\n  mutation NullsUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n      panelSize\n      level\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.NullsUpdateRoundDocument,
    "\n  mutation StatusSetOpeningStatus($id: ID!, $status: OpeningStatus!) {\n    setOpeningStatus(id: $id, status: $status) {\n      id\n      status\n      statusChoices\n    }\n  }\n": typeof types.StatusSetOpeningStatusDocument,
    "\n  query StatusOpening($id: ID!) {\n    opening(id: $id) {\n      status\n      statusChoices\n    }\n  }\n": typeof types.StatusOpeningDocument,
    "\n  mutation StatusCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      opening {\n        id\n      }\n    }\n  }\n": typeof types.StatusCreateApplicationDocument,
    "\n  query StatusCandidateApplications($id: ID!) {\n    candidate(id: $id) {\n      applications {\n        id\n      }\n    }\n  }\n": typeof types.StatusCandidateApplicationsDocument,
    "\n  mutation PipelineCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.PipelineCreateCandidateDocument,
    "\n  mutation PipelineCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      status\n      stage {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PipelineCreateApplicationDocument,
    "\n  mutation PipelineMove($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n      timeline {\n        kind\n        fromStageId\n        toStageId\n        reason\n        actor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PipelineMoveDocument,
    "\n  mutation PipelineBulkMove($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n      stage {\n        name\n      }\n    }\n  }\n": typeof types.PipelineBulkMoveDocument,
    "\n  mutation PipelineReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      status\n      outcomeReason\n    }\n  }\n": typeof types.PipelineRejectDocument,
    "\n  mutation PipelineBulkReject($input: BulkRejectInput!) {\n    bulkRejectApplications(input: $input) {\n      status\n    }\n  }\n": typeof types.PipelineBulkRejectDocument,
    "\n  mutation PipelineReopen($id: ID!, $reason: String) {\n    reopenApplication(applicationId: $id, reason: $reason) {\n      status\n      timeline {\n        kind\n      }\n    }\n  }\n": typeof types.PipelineReopenDocument,
    "\n  query PipelineTimeline($id: ID!) {\n    application(id: $id) {\n      id\n      timeline {\n        kind\n        reason\n        interviewId\n        interviewStartsAt\n        actor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PipelineTimelineDocument,
    "\n  query PipelineBoard($id: ID!) {\n    pipelineBoard(openingId: $id) {\n      rejectedCount\n      columns {\n        stage {\n          name\n        }\n        count\n        cards {\n          id\n          timeInStageSeconds\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n": typeof types.PipelineBoardDocument,
    "\n  query PipelinePagedBoard($id: ID!, $n: Int, $filter: BoardFilter) {\n    pipelineBoard(openingId: $id, cardsPerColumn: $n, filter: $filter) {\n      columns {\n        stage {\n          id\n        }\n        count\n        hasMoreCards\n        endCursor\n        cards {\n          candidateName\n        }\n      }\n    }\n  }\n": typeof types.PipelinePagedBoardDocument,
    "\n  query PipelineColumnPage($id: ID!, $stage: ID!, $after: String, $filter: BoardFilter) {\n    boardColumnCards(openingId: $id, stageId: $stage, first: 2, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          candidateName\n        }\n      }\n    }\n  }\n": typeof types.PipelineColumnPageDocument,
    "\n  query PipelineOpeningCounts {\n    openings(first: 20) {\n      edges {\n        node {\n          id\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n    }\n  }\n": typeof types.PipelineOpeningCountsDocument,
    "\n  mutation PipelineSchedule($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      panelists {\n        id\n      }\n      questions {\n        id\n        revision\n        title\n      }\n      warnings\n    }\n  }\n": typeof types.PipelineScheduleDocument,
    "\n  mutation PipelineReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n": typeof types.PipelineRescheduleDocument,
    "\n  mutation PipelineCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      status\n      cancelReason\n    }\n  }\n": typeof types.PipelineCancelDocument,
    "\n  query PipelineInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n": typeof types.PipelineInterviewDocument,
    "\n  query PipelineMyInterviews($upcoming: Boolean) {\n    myInterviews(upcoming: $upcoming) {\n      id\n      candidateName\n      openingTitle\n      roundName\n      startsAt\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.PipelineMyInterviewsDocument,
    "\n  query PipelineCandidates {\n    candidates {\n      totalCount\n    }\n  }\n": typeof types.PipelineCandidatesDocument,
    "\n  mutation PipelineUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      revision\n    }\n  }\n": typeof types.PipelineUpdateQuestionDocument,
    "\n  mutation PipelineDeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      id\n    }\n  }\n": typeof types.PipelineDeactivateMemberDocument,
    "\n  mutation PipelineDeleteStage($id: ID!, $to: ID) {\n    deleteStage(stageId: $id, moveToStageId: $to)\n  }\n": typeof types.PipelineDeleteStageDocument,
    "\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          difficulty\n          tags\n          category {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BankQuestionsDocument,
    "\n  mutation BankCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      prompt\n      revision\n      tags\n      talkingPoints {\n        text\n      }\n      anchors {\n        rating\n        text\n      }\n      category {\n        id\n      }\n    }\n  }\n": typeof types.BankCreateQuestionDocument,
    "\n  mutation BankUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      title\n      revision\n    }\n  }\n": typeof types.BankUpdateQuestionDocument,
    "\n  query BankQuestion($id: ID!) {\n    question(id: $id) {\n      id\n    }\n  }\n": typeof types.BankQuestionDocument,
    "\n  query BankQuestionRevisions($id: ID!) {\n    question(id: $id) {\n      title\n      revision\n      revisions {\n        revision\n        title\n        talkingPoints {\n          text\n        }\n      }\n    }\n  }\n": typeof types.BankQuestionRevisionsDocument,
    "\n  mutation BankArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.BankArchiveQuestionDocument,
    "\n  mutation BankDeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": typeof types.BankDeleteQuestionDocument,
    "\n  query BankCategories {\n    categories {\n      id\n      name\n      position\n      questionCount\n    }\n  }\n": typeof types.BankCategoriesDocument,
    "\n  query BankCategory($id: ID!) {\n    category(id: $id) {\n      id\n    }\n  }\n": typeof types.BankCategoryDocument,
    "\n  mutation BankCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      position\n      questionCount\n    }\n  }\n": typeof types.BankCreateCategoryDocument,
    "\n  mutation BankUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.BankUpdateCategoryDocument,
    "\n  mutation BankReorderCategories($ids: [ID!]!) {\n    reorderCategories(input: { categoryIds: $ids }) {\n      id\n      position\n    }\n  }\n": typeof types.BankReorderCategoriesDocument,
    "\n  mutation BankDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": typeof types.BankDeleteCategoryDocument,
    "\n  query BankExport {\n    exportQuestionBank\n  }\n": typeof types.BankExportDocument,
    "\n  mutation BankCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n      name\n      version\n      questionCount\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.BankCreateQuestionSetDocument,
    "\n  mutation BankUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      version\n      questions {\n        id\n      }\n    }\n  }\n": typeof types.BankUpdateQuestionSetDocument,
    "\n  mutation RevisionsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      revision\n    }\n  }\n": typeof types.RevisionsUpdateQuestionDocument,
    "\n  mutation RevisionsRestore($input: RestoreQuestionRevisionInput!) {\n    restoreQuestionRevision(input: $input) {\n      id\n      revision\n      title\n    }\n  }\n": typeof types.RevisionsRestoreDocument,
    "\n  query RevisionsHistory($id: ID!) {\n    question(id: $id) {\n      revision\n      title\n      revisions {\n        ...RevisionsContent\n      }\n    }\n  }\n": typeof types.RevisionsHistoryDocument,
    "\n  fragment RevisionsContent on QuestionRevision {\n    revision\n    createdBy {\n      id\n      name\n    }\n    title\n    prompt\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    category {\n      id\n    }\n  }\n": typeof types.RevisionsContentFragmentDoc,
    "\n  mutation RevisionsDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": typeof types.RevisionsDeleteCategoryDocument,
    "\n  mutation RevisionsCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.RevisionsCreateCategoryDocument,
    "\n  query RevisionCategories($id: ID!) {\n    question(id: $id) {\n      revisions {\n        revision\n        category {\n          name\n        }\n      }\n    }\n  }\n": typeof types.RevisionCategoriesDocument,
    "\n  fragment ScorecardsCard on Scorecard {\n    id\n    version\n    status\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      suggestedRating\n    }\n    recommendation\n    summary\n  }\n": typeof types.ScorecardsCardFragmentDoc,
    "\n  query ScorecardsMine($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      ...ScorecardsCard\n    }\n  }\n": typeof types.ScorecardsMineDocument,
    "\n  mutation ScorecardsSave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardsCard\n    }\n  }\n": typeof types.ScorecardsSaveDocument,
    "\n  mutation ScorecardsSubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n      version\n      status\n      submittedAt\n    }\n  }\n": typeof types.ScorecardsSubmitDocument,
    "\n  mutation ScorecardsAmend($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      version\n      recommendation\n      amendments {\n        authorId\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.ScorecardsAmendDocument,
    "\n  query ScorecardsOfInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      ratingScale\n      questions {\n        id\n      }\n      panelists {\n        id\n      }\n      scorecards {\n        id\n        status\n        recommendation\n        panelist {\n          id\n        }\n        ratings {\n          rating\n          notes\n        }\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n    }\n  }\n": typeof types.ScorecardsOfInterviewDocument,
    "\n  subscription ScorecardsPanelProgress($interviewId: ID!) {\n    panelProgress(interviewId: $interviewId) {\n      interviewId\n      panelistId\n      status\n      resync\n    }\n  }\n": typeof types.ScorecardsPanelProgressDocument,
    "\n  query ScorecardsBoardFeedback($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      columns {\n        cards {\n          id\n          feedback {\n            submitted\n            expected\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScorecardsBoardFeedbackDocument,
    "\n  subscription ScorecardsBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      kind\n      applicationId\n      card {\n        feedback {\n          submitted\n          expected\n        }\n      }\n    }\n  }\n": typeof types.ScorecardsBoardChangedDocument,
    "\n  query SearchHighlights($filter: QuestionFilter, $first: Int) {\n    questions(filter: $filter, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          title\n          difficulty\n          titleHighlight {\n            text\n            highlighted\n          }\n          snippet {\n            source\n            parts {\n              text\n              highlighted\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchHighlightsDocument,
    "\n  mutation HighlightsCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.HighlightsCreateQuestionDocument,
    "\n  query SqlQuestions($first: Int) {\n    questions(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          category {\n            id\n            name\n            questionCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.SqlQuestionsDocument,
    "\n  query SqlBoard($id: ID!) {\n    pipelineBoard(openingId: $id) {\n      columns {\n        stage {\n          name\n        }\n        count\n        cards {\n          id\n          timeInStageSeconds\n          candidateId\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n": typeof types.SqlBoardDocument,
    "\n  query SqlColumn($id: ID!, $stage: ID!, $first: Int) {\n    boardColumnCards(openingId: $id, stageId: $stage, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n": typeof types.SqlColumnDocument,
    "\n  query SqlOpenings($first: Int) {\n    openings(first: $first) {\n      edges {\n        node {\n          id\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SqlOpeningsDocument,
    "\n  query SqlMyInterviews {\n    myInterviews {\n      id\n      candidateName\n      openingTitle\n      roundName\n      warnings\n      panelists {\n        id\n        name\n      }\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n": typeof types.SqlMyInterviewsDocument,
    "\n  query SqlComparison($id: ID!) {\n    comparison(openingId: $id) {\n      rows {\n        application {\n          id\n          candidate {\n            name\n          }\n          stage {\n            name\n          }\n        }\n        categoryScores {\n          mean\n        }\n        overallScore\n        decision {\n          decision\n        }\n      }\n    }\n  }\n": typeof types.SqlComparisonDocument,
    "\n  query SqlQuestionSignals($first: Int) {\n    questions(first: $first) {\n      edges {\n        node {\n          id\n          signal {\n            timesAsked\n            pointBiserial\n          }\n        }\n      }\n    }\n  }\n": typeof types.SqlQuestionSignalsDocument,
    "\n  mutation FuzzCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n    }\n  }\n": typeof types.FuzzCreateQuestionSetDocument,
    "\n  mutation FuzzSaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $openingId, input: $input) {\n      id\n    }\n  }\n": typeof types.FuzzSaveLoopAsTemplateDocument,
    "\n  mutation FuzzInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n": typeof types.FuzzInviteMemberDocument,
    "\n  query FuzzPendingInvitations {\n    pendingInvitations {\n      id\n    }\n  }\n": typeof types.FuzzPendingInvitationsDocument,
    "\n  mutation OutageSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.OutageSignUpDocument,
    "\n  mutation OutageCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.OutageCreateCandidateDocument,
};
const documents: Documents = {
    "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scope\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.TokensCreateDocument,
    "\n  query TokensList {\n    apiTokens {\n      id\n      name\n      scope\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.TokensListDocument,
    "\n  mutation TokensRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.TokensRevokeDocument,
    "\n  query TokensMe {\n    me {\n      id\n      role\n    }\n  }\n": types.TokensMeDocument,
    "\n  mutation TokensCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": types.TokensCreateCategoryDocument,
    "\n  mutation TokensLogoutEverywhere {\n    logoutEverywhere\n  }\n": types.TokensLogoutEverywhereDocument,
    "\n  mutation TokensDeactivate($id: ID!) {\n    deactivateMember(userId: $id) {\n      status\n    }\n  }\n": types.TokensDeactivateDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          actor {\n            id\n            name\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          at\n          instance\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n": types.AuditCsvDocument,
    "\n  mutation AuditUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AuditUpdateCategoryDocument,
    "\n  mutation AuditChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n    }\n  }\n": types.AuditChangeRoleDocument,
    "\n  mutation AuditUpdatePolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      scorecardDueMinutes\n    }\n  }\n": types.AuditUpdatePolicyDocument,
    "\n  mutation AuditUpdateCandidate($id: ID!, $input: CandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AuditUpdateCandidateDocument,
    "\n  query AuditMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      categoryRatings {\n        categoryId\n      }\n    }\n  }\n": types.AuditMyScorecardDocument,
    "\n  mutation AuditSaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditSaveScorecardDocument,
    "\n  mutation AuditSubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n    }\n  }\n": types.AuditSubmitScorecardDocument,
    "\n  mutation AuditAmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      id\n    }\n  }\n": types.AuditAmendScorecardDocument,
    "\n  mutation AuditRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n": types.AuditRecordDecisionDocument,
    "\n  mutation AuditReverseDecision($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      id\n    }\n  }\n": types.AuditReverseDecisionDocument,
    "\n  query AuthSetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n": types.AuthSetupStatusDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.AuthSignUpDocument,
    "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      id\n      email\n      name\n      role\n      status\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.AuthMeDocument,
    "\n  query AuthMyMembership {\n    me {\n      email\n      role\n      organization {\n        name\n      }\n    }\n  }\n": types.AuthMyMembershipDocument,
    "\n  query AuthMyRole {\n    me {\n      role\n    }\n  }\n": types.AuthMyRoleDocument,
    "\n  mutation AuthLogout {\n    logout\n  }\n": types.AuthLogoutDocument,
    "\n  mutation AuthInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      email\n      role\n    }\n  }\n": types.AuthInviteMemberDocument,
    "\n  query AuthInvitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      email\n      role\n    }\n  }\n": types.AuthInvitationDocument,
    "\n  mutation AuthAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        email\n        role\n      }\n    }\n  }\n": types.AuthAcceptInvitationDocument,
    "\n  mutation AuthChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n": types.AuthChangeMemberRoleDocument,
    "\n  mutation AuthDeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      status\n    }\n  }\n": types.AuthDeactivateMemberDocument,
    "\n  query AuthMembers {\n    members {\n      email\n    }\n  }\n": types.AuthMembersDocument,
    "\n  mutation AuthLoginTo($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.AuthLoginToDocument,
    "\n  query AuthMyOrganization {\n    me {\n      organization {\n        name\n      }\n    }\n  }\n": types.AuthMyOrganizationDocument,
    "\n  query CalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n": types.CalendarFeedUrlDocument,
    "\n  mutation CalendarResetFeedUrl {\n    resetCalendarFeedUrl\n  }\n": types.CalendarResetFeedUrlDocument,
    "\n  mutation CalendarReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n    }\n  }\n": types.CalendarRescheduleDocument,
    "\n  mutation CalendarCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n    }\n  }\n": types.CalendarCancelDocument,
    "\n  mutation CalendarDeactivate($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n    }\n  }\n": types.CalendarDeactivateDocument,
    "\n  query PrivacyMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      ratings {\n        questionId\n      }\n    }\n  }\n": types.PrivacyMyScorecardDocument,
    "\n  mutation PrivacySave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n": types.PrivacySaveDocument,
    "\n  mutation PrivacySubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n    }\n  }\n": types.PrivacySubmitDocument,
    "\n  mutation PrivacyDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n": types.PrivacyDecideDocument,
    "\n  mutation PrivacySaveNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      version\n    }\n  }\n": types.PrivacySaveNoteDocument,
    "\n  mutation PrivacyErase($id: ID!) {\n    eraseCandidate(id: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n": types.PrivacyEraseDocument,
    "\n  query PrivacyExport($id: ID!) {\n    candidateDataExport(id: $id)\n  }\n": types.PrivacyExportDocument,
    "\n  query PrivacyCandidate($id: ID!) {\n    candidate(id: $id) {\n      name\n      email\n      phone\n      notes\n      erasedAt\n    }\n  }\n": types.PrivacyCandidateDocument,
    "\n  mutation PrivacySetRetention($days: Int) {\n    setRetentionPolicy(days: $days) {\n      days\n    }\n  }\n": types.PrivacySetRetentionDocument,
    "\n  query PrivacyRetentionPreview {\n    retentionPreview {\n      days\n      candidates {\n        id\n        name\n        lastEndedAt\n      }\n      more\n    }\n  }\n": types.PrivacyRetentionPreviewDocument,
    "\n  mutation PrivacyApplyRetention {\n    applyRetention\n  }\n": types.PrivacyApplyRetentionDocument,
    "\n  mutation PrivacyReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      status\n    }\n  }\n": types.PrivacyRejectDocument,
    "\n  subscription EventsBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      openingId\n      applicationId\n      kind\n      fromStageId\n      toStageId\n      card {\n        id\n        candidateId\n        candidateName\n        candidateTags\n      }\n    }\n  }\n": types.EventsBoardChangedDocument,
    "\n  mutation EventsMove($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n    }\n  }\n": types.EventsMoveDocument,
    "\n  mutation EventsBulkMove($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n    }\n  }\n": types.EventsBulkMoveDocument,
    "\n  mutation EventsCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n": types.EventsCreateApplicationDocument,
    "\n  mutation EventsReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      id\n    }\n  }\n": types.EventsRejectDocument,
    "\n  mutation EventsWithdraw($input: CloseApplicationInput!) {\n    withdrawApplication(input: $input) {\n      id\n    }\n  }\n": types.EventsWithdrawDocument,
    "\n  mutation EventsReopen($applicationId: ID!) {\n    reopenApplication(applicationId: $applicationId) {\n      id\n    }\n  }\n": types.EventsReopenDocument,
    "\n  query EventsMe {\n    me {\n      id\n      role\n    }\n  }\n": types.EventsMeDocument,
    "\n  query EventsBoard($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      rejectedCount\n    }\n  }\n": types.EventsBoardDocument,
    "\n  mutation EventsLogout {\n    logout\n  }\n": types.EventsLogoutDocument,
    "\n  mutation EventsLogoutEverywhere {\n    logoutEverywhere\n  }\n": types.EventsLogoutEverywhereDocument,
    "\n  mutation EventsSignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.EventsSignInDocument,
    "\n  mutation EventsDeactivate($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      status\n    }\n  }\n": types.EventsDeactivateDocument,
    "\n  mutation EventsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n": types.EventsChangeRoleDocument,
    "\n  fragment FactoryCandidate on Candidate {\n    id\n    name\n    email\n    tags\n  }\n": types.FactoryCandidateFragmentDoc,
    "\n  fragment FactoryApplication on Application {\n    id\n    status\n    stage {\n      id\n      name\n    }\n  }\n": types.FactoryApplicationFragmentDoc,
    "\n  mutation FactoryCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      ...FactoryCandidate\n    }\n  }\n": types.FactoryCreateCandidateDocument,
    "\n  mutation FactoryCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n": types.FactoryCreateApplicationDocument,
    "\n  mutation FactoryMoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n": types.FactoryMoveApplicationDocument,
    "\n  mutation FactoryRejectApplication($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n": types.FactoryRejectApplicationDocument,
    "\n  fragment FactoryCategory on Category {\n    id\n    name\n    position\n  }\n": types.FactoryCategoryFragmentDoc,
    "\n  mutation FactoryCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...FactoryCategory\n    }\n  }\n": types.FactoryCreateCategoryDocument,
    "\n  fragment FactoryInterview on Interview {\n    id\n    startsAt\n    endsAt\n    status\n    panelists {\n      id\n    }\n    questions {\n      id\n      revision\n      title\n    }\n    warnings\n  }\n": types.FactoryInterviewFragmentDoc,
    "\n  mutation FactoryScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      ...FactoryInterview\n    }\n  }\n": types.FactoryScheduleInterviewDocument,
    "\n  fragment FactoryMember on User {\n    id\n    email\n    name\n    role\n  }\n": types.FactoryMemberFragmentDoc,
    "\n  mutation FactoryInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n": types.FactoryInviteMemberDocument,
    "\n  mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        ...FactoryMember\n      }\n    }\n  }\n": types.FactoryAcceptInvitationDocument,
    "\n  fragment FactoryOpening on Opening {\n    id\n    title\n    status\n    stages {\n      id\n      name\n      position\n    }\n  }\n": types.FactoryOpeningFragmentDoc,
    "\n  mutation FactoryCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      ...FactoryOpening\n    }\n  }\n": types.FactoryCreateOpeningDocument,
    "\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        ...FactoryMember\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FactorySignUpDocument,
    "\n  query FactoryBank($after: String) {\n    categories {\n      ...FactoryCategory\n    }\n    questions(first: 100, after: $after) {\n      edges {\n        node {\n          ...FactoryQuestion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FactoryBankDocument,
    "\n  fragment FactoryQuestion on Question {\n    id\n    title\n    revision\n    estimatedMinutes\n    category {\n      id\n    }\n  }\n": types.FactoryQuestionFragmentDoc,
    "\n  mutation FactoryCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...FactoryQuestion\n    }\n  }\n": types.FactoryCreateQuestionDocument,
    "\n  fragment FactoryRound on Round {\n    id\n    name\n    durationMinutes\n    panelSize\n    stage {\n      id\n      name\n    }\n    questions {\n      ...FactoryQuestion\n    }\n  }\n": types.FactoryRoundFragmentDoc,
    "\n  mutation FactoryAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      ...FactoryRound\n    }\n  }\n": types.FactoryAddRoundDocument,
    "\n  query FactoryProposeQuestions($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n      }\n    }\n  }\n": types.FactoryProposeQuestionsDocument,
    "\n  subscription ShutdownBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      kind\n    }\n  }\n": types.ShutdownBoardChangedDocument,
    "\n  query InsightsMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      ratings {\n        questionId\n      }\n      categoryRatings {\n        categoryId\n      }\n    }\n  }\n": types.InsightsMyScorecardDocument,
    "\n  mutation InsightsSave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n": types.InsightsSaveDocument,
    "\n  mutation InsightsSubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n      version\n    }\n  }\n": types.InsightsSubmitDocument,
    "\n  mutation InsightsAmend($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      version\n    }\n  }\n": types.InsightsAmendDocument,
    "\n  query InsightsComparison($openingId: ID!, $filter: ComparisonFilter) {\n    comparison(openingId: $openingId, filter: $filter) {\n      rows {\n        application {\n          id\n          status\n        }\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          ratings\n          disagreement\n          rounds {\n            roundId\n            mean\n            ratings\n          }\n        }\n        overallScore\n        calibratedScore\n        calibrationBacked\n        recommendations {\n          recommendation\n          count\n        }\n        scorecardCount\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n        decision {\n          decision\n        }\n      }\n      weights {\n        categoryId\n        weight\n        openingAverage\n      }\n      weightsRationale\n      hiddenForIndependence\n    }\n  }\n": types.InsightsComparisonDocument,
    "\n  query InsightsCsv($openingId: ID!) {\n    comparisonCsv(openingId: $openingId)\n  }\n": types.InsightsCsvDocument,
    "\n  query InsightsGrid($openingId: ID!, $applicationIds: [ID!]!) {\n    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {\n      questions {\n        id\n      }\n      cells {\n        questionId\n        applicationId\n        ratings {\n          panelistId\n          panelist {\n            name\n          }\n          rating\n          notes\n          talkingPointsCovered\n        }\n      }\n    }\n  }\n": types.InsightsGridDocument,
    "\n  query InsightsCalibration($openingId: ID!) {\n    interviewerCalibration(openingId: $openingId) {\n      interviewer {\n        id\n      }\n      leniency\n      sharedCandidates\n      backed\n    }\n  }\n": types.InsightsCalibrationDocument,
    "\n  query InsightsAgreement($openingId: ID!, $categoryId: ID) {\n    agreement(openingId: $openingId, categoryId: $categoryId) {\n      alpha\n      pairableUnits\n      low\n    }\n  }\n": types.InsightsAgreementDocument,
    "\n  query InsightsAgreements($openingId: ID!) {\n    openingAgreement(openingId: $openingId) {\n      categoryId\n      alpha\n      pairableUnits\n    }\n  }\n": types.InsightsAgreementsDocument,
    "\n  query InsightsSignal($questionId: ID!) {\n    questionSignal(questionId: $questionId) {\n      timesAsked\n      mean\n      distribution\n      pointBiserial\n      sampleSize\n    }\n  }\n": types.InsightsSignalDocument,
    "\n  mutation InsightsWeights($input: WeightsInput!) {\n    setComparisonWeights(input: $input) {\n      weightsRationale\n      rows {\n        application {\n          id\n        }\n        overallScore\n      }\n    }\n  }\n": types.InsightsWeightsDocument,
    "\n  mutation InsightsDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      decision\n      reason\n      decidedBy {\n        id\n      }\n    }\n  }\n": types.InsightsDecideDocument,
    "\n  mutation InsightsReverse($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      reversedAt\n      reversalReason\n    }\n  }\n": types.InsightsReverseDocument,
    "\n  query InsightsDebrief($applicationId: ID!) {\n    debrief(applicationId: $applicationId) {\n      application {\n        stage {\n          name\n        }\n        status\n        outcomeReasonChoice {\n          label\n        }\n      }\n      scores {\n        overallScore\n      }\n      note {\n        body\n        version\n      }\n      decisions {\n        decision\n        reversedAt\n      }\n    }\n  }\n": types.InsightsDebriefDocument,
    "\n  mutation InsightsSaveNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      body\n      version\n    }\n  }\n": types.InsightsSaveNoteDocument,
    "\n  query InsightsReasons {\n    outcomeReasons(kind: REJECTION) {\n      id\n      label\n    }\n  }\n": types.InsightsReasonsDocument,
    "\n  query InsightsOpeningReport($openingId: ID!) {\n    openingReport(openingId: $openingId) {\n      stages {\n        stageName\n        entered\n        movedOn\n        left\n        current\n        exits {\n          status\n          reason\n          count\n        }\n        medianHoursInStage\n      }\n      rejectionReasons {\n        reason\n        count\n      }\n      feedback {\n        seats\n        recommendationsOnTime\n        scorecardsOnTime\n        scorecardsSubmitted\n      }\n    }\n    openingReportCsv(openingId: $openingId)\n  }\n": types.InsightsOpeningReportDocument,
    "\n  query InsightsInterviewerReport($openingId: ID!) {\n    interviewerReport(openingId: $openingId) {\n      interviewer {\n        id\n      }\n      seats\n      scorecardsSubmitted\n      scorecardOnTimeRate\n      ratingDistribution\n      leniency\n      leniencyBacked\n      agreementRate\n      agreementSample\n    }\n  }\n": types.InsightsInterviewerReportDocument,
    "\n  mutation InsightsUpdateReason($input: UpdateOutcomeReasonInput!) {\n    updateOutcomeReason(input: $input) {\n      label\n      archived\n    }\n  }\n": types.InsightsUpdateReasonDocument,
    "\n  query InsightsBoard($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      columns {\n        cards {\n          id\n          decision {\n            decision\n          }\n        }\n      }\n    }\n  }\n": types.InsightsBoardDocument,
    "\n  mutation InvitationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      token\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n": types.InvitationsInviteDocument,
    "\n  query InvitationsPending {\n    pendingInvitations {\n      id\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n": types.InvitationsPendingDocument,
    "\n  mutation InvitationsReissue($id: ID!) {\n    reissueInvitation(id: $id) {\n      id\n      token\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n": types.InvitationsReissueDocument,
    "\n  mutation InvitationsRevoke($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.InvitationsRevokeDocument,
    "\n  query InvitationsPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      role\n    }\n  }\n": types.InvitationsPreviewDocument,
    "\n  mutation InvitationsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        email\n      }\n    }\n  }\n": types.InvitationsAcceptDocument,
    "\n  query InvitationsMembers {\n    members {\n      email\n    }\n  }\n": types.InvitationsMembersDocument,
    "\n  mutation ThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.ThrottleLoginDocument,
    "\n  mutation LogsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.LogsSignUpDocument,
    "\n  mutation LogsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.LogsLoginDocument,
    "\n  query LogsMe {\n    me {\n      id\n      email\n    }\n  }\n": types.LogsMeDocument,
    "\n  mutation LogsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n": types.LogsInviteDocument,
    "\n  mutation LogsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n    }\n  }\n": types.LogsAcceptDocument,
    "\n  mutation LogsCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n    }\n  }\n": types.LogsCreateCandidateDocument,
    "\n  mutation LogsUpdateCandidate($id: ID!, $input: CandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n      notes\n    }\n  }\n": types.LogsUpdateCandidateDocument,
    "\n  query LogsFeedUrl {\n    myCalendarFeedUrl\n  }\n": types.LogsFeedUrlDocument,
    "\n  mutation LogsLogout {\n    logout\n  }\n": types.LogsLogoutDocument,
    "\n  query LoopBuilderRounds($id: ID!) {\n    opening(id: $id) {\n      id\n      loop {\n        rounds {\n          id\n          name\n          position\n          stage {\n            id\n            name\n          }\n          lockedQuestionIds\n          questions {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.LoopBuilderRoundsDocument,
    "\n  query LoopBuilderPropose($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n        difficulty\n      }\n      offeredDifficulties\n      unmetDifficulties\n    }\n  }\n": types.LoopBuilderProposeDocument,
    "\n  mutation LoopBuilderReorderRounds($openingId: ID!, $input: ReorderInput!) {\n    reorderRounds(openingId: $openingId, input: $input) {\n      id\n      position\n    }\n  }\n": types.LoopBuilderReorderRoundsDocument,
    "\n  mutation LoopBuilderReorderStages($openingId: ID!, $input: ReorderInput!) {\n    reorderStages(openingId: $openingId, input: $input) {\n      id\n    }\n  }\n": types.LoopBuilderReorderStagesDocument,
    "\n  mutation LoopBuilderUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n    }\n  }\n": types.LoopBuilderUpdateRoundDocument,
    "\n  mutation LoopBuilderSaveTemplate($id: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $id, input: $input) {\n      id\n    }\n  }\n": types.LoopBuilderSaveTemplateDocument,
    "\n  mutation LoopBuilderCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      id\n    }\n  }\n": types.LoopBuilderCreateOpeningDocument,
    "\n  mutation LoopBuilderCopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      id\n    }\n  }\n": types.LoopBuilderCopyLoopDocument,
    "\n  mutation LoopsCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      id\n      title\n      status\n      stages {\n        id\n        name\n        position\n      }\n    }\n  }\n": types.LoopsCreateOpeningDocument,
    "\n  query LoopsOpenings($first: Int) {\n    openings(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.LoopsOpeningsDocument,
    "\n  query LoopsOpening($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        position\n      }\n      loop {\n        rounds {\n          id\n          name\n          durationMinutes\n          panelSize\n          ratingScale\n          stage {\n            id\n          }\n          focusCategories {\n            id\n          }\n          lockedQuestionIds\n          questions {\n            id\n            title\n            estimatedMinutes\n            difficulty\n            category {\n              id\n            }\n          }\n        }\n      }\n      coverage {\n        warnings\n        rows {\n          category {\n            id\n            name\n          }\n          rounds {\n            roundId\n            focus\n            questionCount\n          }\n        }\n      }\n    }\n  }\n": types.LoopsOpeningDocument,
    "\n  mutation LoopsAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      id\n      name\n      durationMinutes\n      ratingScale\n      questions {\n        id\n      }\n    }\n  }\n": types.LoopsAddRoundDocument,
    "\n  mutation LoopsUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n    }\n  }\n": types.LoopsUpdateRoundDocument,
    "\n  mutation LoopsDeleteStage($id: ID!) {\n    deleteStage(stageId: $id)\n  }\n": types.LoopsDeleteStageDocument,
    "\n  query LoopsPropose($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n        estimatedMinutes\n        difficulty\n        category {\n          id\n        }\n      }\n      uncoveredCategoryIds\n      totalMinutes\n      budgetMinutes\n    }\n  }\n": types.LoopsProposeDocument,
    "\n  query LoopsSwapCandidates($input: SwapQuestionCandidatesInput!) {\n    swapQuestionCandidates(input: $input) {\n      id\n      difficulty\n      estimatedMinutes\n      category {\n        id\n      }\n    }\n  }\n": types.LoopsSwapCandidatesDocument,
    "\n  query LoopsCategorySize($id: ID!) {\n    category(id: $id) {\n      questionCount\n    }\n  }\n": types.LoopsCategorySizeDocument,
    "\n  mutation LoopsSaveLoopAsTemplate($id: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $id, input: $input) {\n      id\n      name\n      stageNames\n      roundCount\n    }\n  }\n": types.LoopsSaveLoopAsTemplateDocument,
    "\n  mutation LoopsCopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      name\n      questions {\n        id\n      }\n    }\n  }\n": types.LoopsCopyLoopDocument,
    "\n  query FeedbackOpenScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n    }\n  }\n": types.FeedbackOpenScorecardDocument,
    "\n  mutation FeedbackSaveRecommendation($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      version\n    }\n  }\n": types.FeedbackSaveRecommendationDocument,
    "\n  query FeedbackMyInterviews {\n    myInterviews {\n      id\n      myFeedbackDue {\n        status\n        late\n        recommendationDueAt\n        scorecardDueAt\n      }\n    }\n  }\n": types.FeedbackMyInterviewsDocument,
    "\n  query FeedbackLate {\n    lateFeedback(first: 50) {\n      totalCount\n      edges {\n        node {\n          interviewId\n          panelistId\n          missing\n          dueAt\n          lastNudgedAt\n          panelist {\n            name\n          }\n          interview {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.FeedbackLateDocument,
    "\n  mutation FeedbackUpdatePolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n": types.FeedbackUpdatePolicyDocument,
    "\n  mutation FeedbackNudge($input: NudgePanelistInput!) {\n    nudgePanelist(input: $input) {\n      panelistId\n      missing\n      lastNudgedAt\n    }\n  }\n": types.FeedbackNudgeDocument,
    "\n  query FeedbackNotifications {\n    unreadNotificationCount\n    notifications(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          link\n          readAt\n        }\n      }\n    }\n  }\n": types.FeedbackNotificationsDocument,
    "\n  query NotificationsPage($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation FeedbackMarkRead {\n    markNotificationsRead\n  }\n": types.FeedbackMarkReadDocument,
    "\n  subscription FeedbackNotificationAdded {\n    notificationAdded {\n      kind\n      title\n      link\n    }\n  }\n": types.FeedbackNotificationAddedDocument,
    "\n  mutation NotificationsReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n    }\n  }\n": types.NotificationsRescheduleDocument,
    "\n  mutation NotificationsCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n    }\n  }\n": types.NotificationsCancelDocument,
    "\n  mutation NotificationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n    }\n  }\n": types.NotificationsInviteDocument,
    "\n  mutation NullsUpdateOpening($id: ID!, $input: UpdateOpeningInput!) {\n    updateOpening(id: $id, input: $input) {\n      title\n      status\n      team\n      location\n      hiringManager {\n        id\n      }\n      recruiter {\n        id\n      }\n    }\n  }\n": types.NullsUpdateOpeningDocument,
    "\n  mutation NullsUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      name\n      description\n    }\n  }\n": types.NullsUpdateCategoryDocument,
    "\n  mutation NullsCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n": types.NullsCreateQuestionDocument,
    "\n  mutation NullsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      revision\n      prompt\n    }\n  }\n": types.NullsUpdateQuestionDocument,
    "\n  mutation NullsCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n      version\n    }\n  }\n": types.NullsCreateQuestionSetDocument,
    "\n  mutation NullsUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      name\n      description\n      version\n    }\n  }\n": types.NullsUpdateQuestionSetDocument,
    "\n  mutation NullsAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      id\n      panelSize\n      level\n      questions {\n        id\n      }\n    }\n  }\n": types.NullsAddRoundDocument,
    "\n  mutation NullsUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n      panelSize\n      level\n      questions {\n        id\n      }\n    }\n  }\n": types.NullsUpdateRoundDocument,
    "\n  mutation StatusSetOpeningStatus($id: ID!, $status: OpeningStatus!) {\n    setOpeningStatus(id: $id, status: $status) {\n      id\n      status\n      statusChoices\n    }\n  }\n": types.StatusSetOpeningStatusDocument,
    "\n  query StatusOpening($id: ID!) {\n    opening(id: $id) {\n      status\n      statusChoices\n    }\n  }\n": types.StatusOpeningDocument,
    "\n  mutation StatusCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      opening {\n        id\n      }\n    }\n  }\n": types.StatusCreateApplicationDocument,
    "\n  query StatusCandidateApplications($id: ID!) {\n    candidate(id: $id) {\n      applications {\n        id\n      }\n    }\n  }\n": types.StatusCandidateApplicationsDocument,
    "\n  mutation PipelineCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": types.PipelineCreateCandidateDocument,
    "\n  mutation PipelineCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      status\n      stage {\n        id\n        name\n      }\n    }\n  }\n": types.PipelineCreateApplicationDocument,
    "\n  mutation PipelineMove($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n      timeline {\n        kind\n        fromStageId\n        toStageId\n        reason\n        actor {\n          name\n        }\n      }\n    }\n  }\n": types.PipelineMoveDocument,
    "\n  mutation PipelineBulkMove($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n      stage {\n        name\n      }\n    }\n  }\n": types.PipelineBulkMoveDocument,
    "\n  mutation PipelineReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      status\n      outcomeReason\n    }\n  }\n": types.PipelineRejectDocument,
    "\n  mutation PipelineBulkReject($input: BulkRejectInput!) {\n    bulkRejectApplications(input: $input) {\n      status\n    }\n  }\n": types.PipelineBulkRejectDocument,
    "\n  mutation PipelineReopen($id: ID!, $reason: String) {\n    reopenApplication(applicationId: $id, reason: $reason) {\n      status\n      timeline {\n        kind\n      }\n    }\n  }\n": types.PipelineReopenDocument,
    "\n  query PipelineTimeline($id: ID!) {\n    application(id: $id) {\n      id\n      timeline {\n        kind\n        reason\n        interviewId\n        interviewStartsAt\n        actor {\n          name\n        }\n      }\n    }\n  }\n": types.PipelineTimelineDocument,
    "\n  query PipelineBoard($id: ID!) {\n    pipelineBoard(openingId: $id) {\n      rejectedCount\n      columns {\n        stage {\n          name\n        }\n        count\n        cards {\n          id\n          timeInStageSeconds\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n": types.PipelineBoardDocument,
    "\n  query PipelinePagedBoard($id: ID!, $n: Int, $filter: BoardFilter) {\n    pipelineBoard(openingId: $id, cardsPerColumn: $n, filter: $filter) {\n      columns {\n        stage {\n          id\n        }\n        count\n        hasMoreCards\n        endCursor\n        cards {\n          candidateName\n        }\n      }\n    }\n  }\n": types.PipelinePagedBoardDocument,
    "\n  query PipelineColumnPage($id: ID!, $stage: ID!, $after: String, $filter: BoardFilter) {\n    boardColumnCards(openingId: $id, stageId: $stage, first: 2, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          candidateName\n        }\n      }\n    }\n  }\n": types.PipelineColumnPageDocument,
    "\n  query PipelineOpeningCounts {\n    openings(first: 20) {\n      edges {\n        node {\n          id\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n    }\n  }\n": types.PipelineOpeningCountsDocument,
    "\n  mutation PipelineSchedule($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      panelists {\n        id\n      }\n      questions {\n        id\n        revision\n        title\n      }\n      warnings\n    }\n  }\n": types.PipelineScheduleDocument,
    "\n  mutation PipelineReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n": types.PipelineRescheduleDocument,
    "\n  mutation PipelineCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      status\n      cancelReason\n    }\n  }\n": types.PipelineCancelDocument,
    "\n  query PipelineInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n": types.PipelineInterviewDocument,
    "\n  query PipelineMyInterviews($upcoming: Boolean) {\n    myInterviews(upcoming: $upcoming) {\n      id\n      candidateName\n      openingTitle\n      roundName\n      startsAt\n      questions {\n        id\n      }\n    }\n  }\n": types.PipelineMyInterviewsDocument,
    "\n  query PipelineCandidates {\n    candidates {\n      totalCount\n    }\n  }\n": types.PipelineCandidatesDocument,
    "\n  mutation PipelineUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      revision\n    }\n  }\n": types.PipelineUpdateQuestionDocument,
    "\n  mutation PipelineDeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      id\n    }\n  }\n": types.PipelineDeactivateMemberDocument,
    "\n  mutation PipelineDeleteStage($id: ID!, $to: ID) {\n    deleteStage(stageId: $id, moveToStageId: $to)\n  }\n": types.PipelineDeleteStageDocument,
    "\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          difficulty\n          tags\n          category {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.BankQuestionsDocument,
    "\n  mutation BankCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      prompt\n      revision\n      tags\n      talkingPoints {\n        text\n      }\n      anchors {\n        rating\n        text\n      }\n      category {\n        id\n      }\n    }\n  }\n": types.BankCreateQuestionDocument,
    "\n  mutation BankUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      title\n      revision\n    }\n  }\n": types.BankUpdateQuestionDocument,
    "\n  query BankQuestion($id: ID!) {\n    question(id: $id) {\n      id\n    }\n  }\n": types.BankQuestionDocument,
    "\n  query BankQuestionRevisions($id: ID!) {\n    question(id: $id) {\n      title\n      revision\n      revisions {\n        revision\n        title\n        talkingPoints {\n          text\n        }\n      }\n    }\n  }\n": types.BankQuestionRevisionsDocument,
    "\n  mutation BankArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.BankArchiveQuestionDocument,
    "\n  mutation BankDeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": types.BankDeleteQuestionDocument,
    "\n  query BankCategories {\n    categories {\n      id\n      name\n      position\n      questionCount\n    }\n  }\n": types.BankCategoriesDocument,
    "\n  query BankCategory($id: ID!) {\n    category(id: $id) {\n      id\n    }\n  }\n": types.BankCategoryDocument,
    "\n  mutation BankCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      position\n      questionCount\n    }\n  }\n": types.BankCreateCategoryDocument,
    "\n  mutation BankUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n": types.BankUpdateCategoryDocument,
    "\n  mutation BankReorderCategories($ids: [ID!]!) {\n    reorderCategories(input: { categoryIds: $ids }) {\n      id\n      position\n    }\n  }\n": types.BankReorderCategoriesDocument,
    "\n  mutation BankDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": types.BankDeleteCategoryDocument,
    "\n  query BankExport {\n    exportQuestionBank\n  }\n": types.BankExportDocument,
    "\n  mutation BankCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n      name\n      version\n      questionCount\n      questions {\n        id\n      }\n    }\n  }\n": types.BankCreateQuestionSetDocument,
    "\n  mutation BankUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      version\n      questions {\n        id\n      }\n    }\n  }\n": types.BankUpdateQuestionSetDocument,
    "\n  mutation RevisionsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      revision\n    }\n  }\n": types.RevisionsUpdateQuestionDocument,
    "\n  mutation RevisionsRestore($input: RestoreQuestionRevisionInput!) {\n    restoreQuestionRevision(input: $input) {\n      id\n      revision\n      title\n    }\n  }\n": types.RevisionsRestoreDocument,
    "\n  query RevisionsHistory($id: ID!) {\n    question(id: $id) {\n      revision\n      title\n      revisions {\n        ...RevisionsContent\n      }\n    }\n  }\n": types.RevisionsHistoryDocument,
    "\n  fragment RevisionsContent on QuestionRevision {\n    revision\n    createdBy {\n      id\n      name\n    }\n    title\n    prompt\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    category {\n      id\n    }\n  }\n": types.RevisionsContentFragmentDoc,
    "\n  mutation RevisionsDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": types.RevisionsDeleteCategoryDocument,
    "\n  mutation RevisionsCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": types.RevisionsCreateCategoryDocument,
    "\n  query RevisionCategories($id: ID!) {\n    question(id: $id) {\n      revisions {\n        revision\n        category {\n          name\n        }\n      }\n    }\n  }\n": types.RevisionCategoriesDocument,
    "\n  fragment ScorecardsCard on Scorecard {\n    id\n    version\n    status\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      suggestedRating\n    }\n    recommendation\n    summary\n  }\n": types.ScorecardsCardFragmentDoc,
    "\n  query ScorecardsMine($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      ...ScorecardsCard\n    }\n  }\n": types.ScorecardsMineDocument,
    "\n  mutation ScorecardsSave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardsCard\n    }\n  }\n": types.ScorecardsSaveDocument,
    "\n  mutation ScorecardsSubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n      version\n      status\n      submittedAt\n    }\n  }\n": types.ScorecardsSubmitDocument,
    "\n  mutation ScorecardsAmend($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      version\n      recommendation\n      amendments {\n        authorId\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.ScorecardsAmendDocument,
    "\n  query ScorecardsOfInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      ratingScale\n      questions {\n        id\n      }\n      panelists {\n        id\n      }\n      scorecards {\n        id\n        status\n        recommendation\n        panelist {\n          id\n        }\n        ratings {\n          rating\n          notes\n        }\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n    }\n  }\n": types.ScorecardsOfInterviewDocument,
    "\n  subscription ScorecardsPanelProgress($interviewId: ID!) {\n    panelProgress(interviewId: $interviewId) {\n      interviewId\n      panelistId\n      status\n      resync\n    }\n  }\n": types.ScorecardsPanelProgressDocument,
    "\n  query ScorecardsBoardFeedback($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      columns {\n        cards {\n          id\n          feedback {\n            submitted\n            expected\n          }\n        }\n      }\n    }\n  }\n": types.ScorecardsBoardFeedbackDocument,
    "\n  subscription ScorecardsBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      kind\n      applicationId\n      card {\n        feedback {\n          submitted\n          expected\n        }\n      }\n    }\n  }\n": types.ScorecardsBoardChangedDocument,
    "\n  query SearchHighlights($filter: QuestionFilter, $first: Int) {\n    questions(filter: $filter, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          title\n          difficulty\n          titleHighlight {\n            text\n            highlighted\n          }\n          snippet {\n            source\n            parts {\n              text\n              highlighted\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SearchHighlightsDocument,
    "\n  mutation HighlightsCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n": types.HighlightsCreateQuestionDocument,
    "\n  query SqlQuestions($first: Int) {\n    questions(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          category {\n            id\n            name\n            questionCount\n          }\n        }\n      }\n    }\n  }\n": types.SqlQuestionsDocument,
    "\n  query SqlBoard($id: ID!) {\n    pipelineBoard(openingId: $id) {\n      columns {\n        stage {\n          name\n        }\n        count\n        cards {\n          id\n          timeInStageSeconds\n          candidateId\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n": types.SqlBoardDocument,
    "\n  query SqlColumn($id: ID!, $stage: ID!, $first: Int) {\n    boardColumnCards(openingId: $id, stageId: $stage, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n": types.SqlColumnDocument,
    "\n  query SqlOpenings($first: Int) {\n    openings(first: $first) {\n      edges {\n        node {\n          id\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n    }\n  }\n": types.SqlOpeningsDocument,
    "\n  query SqlMyInterviews {\n    myInterviews {\n      id\n      candidateName\n      openingTitle\n      roundName\n      warnings\n      panelists {\n        id\n        name\n      }\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n": types.SqlMyInterviewsDocument,
    "\n  query SqlComparison($id: ID!) {\n    comparison(openingId: $id) {\n      rows {\n        application {\n          id\n          candidate {\n            name\n          }\n          stage {\n            name\n          }\n        }\n        categoryScores {\n          mean\n        }\n        overallScore\n        decision {\n          decision\n        }\n      }\n    }\n  }\n": types.SqlComparisonDocument,
    "\n  query SqlQuestionSignals($first: Int) {\n    questions(first: $first) {\n      edges {\n        node {\n          id\n          signal {\n            timesAsked\n            pointBiserial\n          }\n        }\n      }\n    }\n  }\n": types.SqlQuestionSignalsDocument,
    "\n  mutation FuzzCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n    }\n  }\n": types.FuzzCreateQuestionSetDocument,
    "\n  mutation FuzzSaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $openingId, input: $input) {\n      id\n    }\n  }\n": types.FuzzSaveLoopAsTemplateDocument,
    "\n  mutation FuzzInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n": types.FuzzInviteMemberDocument,
    "\n  query FuzzPendingInvitations {\n    pendingInvitations {\n      id\n    }\n  }\n": types.FuzzPendingInvitationsDocument,
    "\n  mutation OutageSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.OutageSignUpDocument,
    "\n  mutation OutageCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      email\n    }\n  }\n": types.OutageCreateCandidateDocument,
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
export function graphql(source: "\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scope\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scope\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensList {\n    apiTokens {\n      id\n      name\n      scope\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query TokensList {\n    apiTokens {\n      id\n      name\n      scope\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TokensRevoke($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensMe {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query TokensMe {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TokensCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensLogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation TokensLogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensDeactivate($id: ID!) {\n    deactivateMember(userId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TokensDeactivate($id: ID!) {\n    deactivateMember(userId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          actor {\n            id\n            name\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          at\n          instance\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          actor {\n            id\n            name\n          }\n          action\n          entityType\n          entityId\n          before\n          after\n          at\n          instance\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query AuditCsv($filter: AuditEventFilter) {\n    auditEventsCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdatePolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      scorecardDueMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation AuditUpdatePolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      scorecardDueMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateCandidate($id: ID!, $input: CandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateCandidate($id: ID!, $input: CandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      categoryRatings {\n        categoryId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      categoryRatings {\n        categoryId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AuditSaveScorecard($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditSubmitScorecard($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditAmendScorecard($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditReverseDecision($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditReverseDecision($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthSetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n"): (typeof documents)["\n  query AuthSetupStatus {\n    setupStatus {\n      needsSetup\n      signUpAllowed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      id\n      email\n      name\n      role\n      status\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me {\n      id\n      email\n      name\n      role\n      status\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMyMembership {\n    me {\n      email\n      role\n      organization {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthMyMembership {\n    me {\n      email\n      role\n      organization {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMyRole {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query AuthMyRole {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation AuthLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AuthInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthInvitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query AuthInvitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AuthChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AuthDeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMembers {\n    members {\n      email\n    }\n  }\n"): (typeof documents)["\n  query AuthMembers {\n    members {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLoginTo($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLoginTo($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMyOrganization {\n    me {\n      organization {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthMyOrganization {\n    me {\n      organization {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n"): (typeof documents)["\n  query CalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarResetFeedUrl {\n    resetCalendarFeedUrl\n  }\n"): (typeof documents)["\n  mutation CalendarResetFeedUrl {\n    resetCalendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarDeactivate($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarDeactivate($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      ratings {\n        questionId\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrivacyMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      ratings {\n        questionId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacySave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacySubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacyDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySaveNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacySaveNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyErase($id: ID!) {\n    eraseCandidate(id: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacyErase($id: ID!) {\n    eraseCandidate(id: $id) {\n      candidateId\n      erasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyExport($id: ID!) {\n    candidateDataExport(id: $id)\n  }\n"): (typeof documents)["\n  query PrivacyExport($id: ID!) {\n    candidateDataExport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyCandidate($id: ID!) {\n    candidate(id: $id) {\n      name\n      email\n      phone\n      notes\n      erasedAt\n    }\n  }\n"): (typeof documents)["\n  query PrivacyCandidate($id: ID!) {\n    candidate(id: $id) {\n      name\n      email\n      phone\n      notes\n      erasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySetRetention($days: Int) {\n    setRetentionPolicy(days: $days) {\n      days\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacySetRetention($days: Int) {\n    setRetentionPolicy(days: $days) {\n      days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyRetentionPreview {\n    retentionPreview {\n      days\n      candidates {\n        id\n        name\n        lastEndedAt\n      }\n      more\n    }\n  }\n"): (typeof documents)["\n  query PrivacyRetentionPreview {\n    retentionPreview {\n      days\n      candidates {\n        id\n        name\n        lastEndedAt\n      }\n      more\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyApplyRetention {\n    applyRetention\n  }\n"): (typeof documents)["\n  mutation PrivacyApplyRetention {\n    applyRetention\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacyReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventsBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      openingId\n      applicationId\n      kind\n      fromStageId\n      toStageId\n      card {\n        id\n        candidateId\n        candidateName\n        candidateTags\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription EventsBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      openingId\n      applicationId\n      kind\n      fromStageId\n      toStageId\n      card {\n        id\n        candidateId\n        candidateName\n        candidateTags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsMove($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EventsMove($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsBulkMove($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EventsBulkMove($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EventsCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EventsReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsWithdraw($input: CloseApplicationInput!) {\n    withdrawApplication(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EventsWithdraw($input: CloseApplicationInput!) {\n    withdrawApplication(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsReopen($applicationId: ID!) {\n    reopenApplication(applicationId: $applicationId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EventsReopen($applicationId: ID!) {\n    reopenApplication(applicationId: $applicationId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsMe {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query EventsMe {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsBoard($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      rejectedCount\n    }\n  }\n"): (typeof documents)["\n  query EventsBoard($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      rejectedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation EventsLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsLogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation EventsLogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsSignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation EventsSignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsDeactivate($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EventsDeactivate($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation EventsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactoryCandidate on Candidate {\n    id\n    name\n    email\n    tags\n  }\n"): (typeof documents)["\n  fragment FactoryCandidate on Candidate {\n    id\n    name\n    email\n    tags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactoryApplication on Application {\n    id\n    status\n    stage {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FactoryApplication on Application {\n    id\n    status\n    stage {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      ...FactoryCandidate\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      ...FactoryCandidate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryMoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryMoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryRejectApplication($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryRejectApplication($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...FactoryApplication\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactoryCategory on Category {\n    id\n    name\n    position\n  }\n"): (typeof documents)["\n  fragment FactoryCategory on Category {\n    id\n    name\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...FactoryCategory\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...FactoryCategory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactoryInterview on Interview {\n    id\n    startsAt\n    endsAt\n    status\n    panelists {\n      id\n    }\n    questions {\n      id\n      revision\n      title\n    }\n    warnings\n  }\n"): (typeof documents)["\n  fragment FactoryInterview on Interview {\n    id\n    startsAt\n    endsAt\n    status\n    panelists {\n      id\n    }\n    questions {\n      id\n      revision\n      title\n    }\n    warnings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      ...FactoryInterview\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      ...FactoryInterview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactoryMember on User {\n    id\n    email\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment FactoryMember on User {\n    id\n    email\n    name\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        ...FactoryMember\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        ...FactoryMember\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactoryOpening on Opening {\n    id\n    title\n    status\n    stages {\n      id\n      name\n      position\n    }\n  }\n"): (typeof documents)["\n  fragment FactoryOpening on Opening {\n    id\n    title\n    status\n    stages {\n      id\n      name\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      ...FactoryOpening\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      ...FactoryOpening\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        ...FactoryMember\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FactorySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        ...FactoryMember\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryBank($after: String) {\n    categories {\n      ...FactoryCategory\n    }\n    questions(first: 100, after: $after) {\n      edges {\n        node {\n          ...FactoryQuestion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FactoryBank($after: String) {\n    categories {\n      ...FactoryCategory\n    }\n    questions(first: 100, after: $after) {\n      edges {\n        node {\n          ...FactoryQuestion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactoryQuestion on Question {\n    id\n    title\n    revision\n    estimatedMinutes\n    category {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment FactoryQuestion on Question {\n    id\n    title\n    revision\n    estimatedMinutes\n    category {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...FactoryQuestion\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...FactoryQuestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactoryRound on Round {\n    id\n    name\n    durationMinutes\n    panelSize\n    stage {\n      id\n      name\n    }\n    questions {\n      ...FactoryQuestion\n    }\n  }\n"): (typeof documents)["\n  fragment FactoryRound on Round {\n    id\n    name\n    durationMinutes\n    panelSize\n    stage {\n      id\n      name\n    }\n    questions {\n      ...FactoryQuestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      ...FactoryRound\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      ...FactoryRound\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryProposeQuestions($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query FactoryProposeQuestions($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ShutdownBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription ShutdownBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      ratings {\n        questionId\n      }\n      categoryRatings {\n        categoryId\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsightsMyScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n      ratings {\n        questionId\n      }\n      categoryRatings {\n        categoryId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightsSave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation InsightsSave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightsSubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation InsightsSubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightsAmend($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation InsightsAmend($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsComparison($openingId: ID!, $filter: ComparisonFilter) {\n    comparison(openingId: $openingId, filter: $filter) {\n      rows {\n        application {\n          id\n          status\n        }\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          ratings\n          disagreement\n          rounds {\n            roundId\n            mean\n            ratings\n          }\n        }\n        overallScore\n        calibratedScore\n        calibrationBacked\n        recommendations {\n          recommendation\n          count\n        }\n        scorecardCount\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n        decision {\n          decision\n        }\n      }\n      weights {\n        categoryId\n        weight\n        openingAverage\n      }\n      weightsRationale\n      hiddenForIndependence\n    }\n  }\n"): (typeof documents)["\n  query InsightsComparison($openingId: ID!, $filter: ComparisonFilter) {\n    comparison(openingId: $openingId, filter: $filter) {\n      rows {\n        application {\n          id\n          status\n        }\n        categoryScores {\n          categoryId\n          mean\n          calibratedMean\n          ratings\n          disagreement\n          rounds {\n            roundId\n            mean\n            ratings\n          }\n        }\n        overallScore\n        calibratedScore\n        calibrationBacked\n        recommendations {\n          recommendation\n          count\n        }\n        scorecardCount\n        evidenceGaps {\n          unratedCategoryIds\n          disagreementCategoryIds\n        }\n        decision {\n          decision\n        }\n      }\n      weights {\n        categoryId\n        weight\n        openingAverage\n      }\n      weightsRationale\n      hiddenForIndependence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsCsv($openingId: ID!) {\n    comparisonCsv(openingId: $openingId)\n  }\n"): (typeof documents)["\n  query InsightsCsv($openingId: ID!) {\n    comparisonCsv(openingId: $openingId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsGrid($openingId: ID!, $applicationIds: [ID!]!) {\n    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {\n      questions {\n        id\n      }\n      cells {\n        questionId\n        applicationId\n        ratings {\n          panelistId\n          panelist {\n            name\n          }\n          rating\n          notes\n          talkingPointsCovered\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsightsGrid($openingId: ID!, $applicationIds: [ID!]!) {\n    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {\n      questions {\n        id\n      }\n      cells {\n        questionId\n        applicationId\n        ratings {\n          panelistId\n          panelist {\n            name\n          }\n          rating\n          notes\n          talkingPointsCovered\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsCalibration($openingId: ID!) {\n    interviewerCalibration(openingId: $openingId) {\n      interviewer {\n        id\n      }\n      leniency\n      sharedCandidates\n      backed\n    }\n  }\n"): (typeof documents)["\n  query InsightsCalibration($openingId: ID!) {\n    interviewerCalibration(openingId: $openingId) {\n      interviewer {\n        id\n      }\n      leniency\n      sharedCandidates\n      backed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsAgreement($openingId: ID!, $categoryId: ID) {\n    agreement(openingId: $openingId, categoryId: $categoryId) {\n      alpha\n      pairableUnits\n      low\n    }\n  }\n"): (typeof documents)["\n  query InsightsAgreement($openingId: ID!, $categoryId: ID) {\n    agreement(openingId: $openingId, categoryId: $categoryId) {\n      alpha\n      pairableUnits\n      low\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsAgreements($openingId: ID!) {\n    openingAgreement(openingId: $openingId) {\n      categoryId\n      alpha\n      pairableUnits\n    }\n  }\n"): (typeof documents)["\n  query InsightsAgreements($openingId: ID!) {\n    openingAgreement(openingId: $openingId) {\n      categoryId\n      alpha\n      pairableUnits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsSignal($questionId: ID!) {\n    questionSignal(questionId: $questionId) {\n      timesAsked\n      mean\n      distribution\n      pointBiserial\n      sampleSize\n    }\n  }\n"): (typeof documents)["\n  query InsightsSignal($questionId: ID!) {\n    questionSignal(questionId: $questionId) {\n      timesAsked\n      mean\n      distribution\n      pointBiserial\n      sampleSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightsWeights($input: WeightsInput!) {\n    setComparisonWeights(input: $input) {\n      weightsRationale\n      rows {\n        application {\n          id\n        }\n        overallScore\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InsightsWeights($input: WeightsInput!) {\n    setComparisonWeights(input: $input) {\n      weightsRationale\n      rows {\n        application {\n          id\n        }\n        overallScore\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightsDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      decision\n      reason\n      decidedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InsightsDecide($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      decision\n      reason\n      decidedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightsReverse($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      reversedAt\n      reversalReason\n    }\n  }\n"): (typeof documents)["\n  mutation InsightsReverse($input: ReverseDecisionInput!) {\n    reverseDecision(input: $input) {\n      reversedAt\n      reversalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsDebrief($applicationId: ID!) {\n    debrief(applicationId: $applicationId) {\n      application {\n        stage {\n          name\n        }\n        status\n        outcomeReasonChoice {\n          label\n        }\n      }\n      scores {\n        overallScore\n      }\n      note {\n        body\n        version\n      }\n      decisions {\n        decision\n        reversedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsightsDebrief($applicationId: ID!) {\n    debrief(applicationId: $applicationId) {\n      application {\n        stage {\n          name\n        }\n        status\n        outcomeReasonChoice {\n          label\n        }\n      }\n      scores {\n        overallScore\n      }\n      note {\n        body\n        version\n      }\n      decisions {\n        decision\n        reversedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightsSaveNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      body\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation InsightsSaveNote($input: SaveDebriefNoteInput!) {\n    saveDebriefNote(input: $input) {\n      body\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsReasons {\n    outcomeReasons(kind: REJECTION) {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  query InsightsReasons {\n    outcomeReasons(kind: REJECTION) {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsOpeningReport($openingId: ID!) {\n    openingReport(openingId: $openingId) {\n      stages {\n        stageName\n        entered\n        movedOn\n        left\n        current\n        exits {\n          status\n          reason\n          count\n        }\n        medianHoursInStage\n      }\n      rejectionReasons {\n        reason\n        count\n      }\n      feedback {\n        seats\n        recommendationsOnTime\n        scorecardsOnTime\n        scorecardsSubmitted\n      }\n    }\n    openingReportCsv(openingId: $openingId)\n  }\n"): (typeof documents)["\n  query InsightsOpeningReport($openingId: ID!) {\n    openingReport(openingId: $openingId) {\n      stages {\n        stageName\n        entered\n        movedOn\n        left\n        current\n        exits {\n          status\n          reason\n          count\n        }\n        medianHoursInStage\n      }\n      rejectionReasons {\n        reason\n        count\n      }\n      feedback {\n        seats\n        recommendationsOnTime\n        scorecardsOnTime\n        scorecardsSubmitted\n      }\n    }\n    openingReportCsv(openingId: $openingId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsInterviewerReport($openingId: ID!) {\n    interviewerReport(openingId: $openingId) {\n      interviewer {\n        id\n      }\n      seats\n      scorecardsSubmitted\n      scorecardOnTimeRate\n      ratingDistribution\n      leniency\n      leniencyBacked\n      agreementRate\n      agreementSample\n    }\n  }\n"): (typeof documents)["\n  query InsightsInterviewerReport($openingId: ID!) {\n    interviewerReport(openingId: $openingId) {\n      interviewer {\n        id\n      }\n      seats\n      scorecardsSubmitted\n      scorecardOnTimeRate\n      ratingDistribution\n      leniency\n      leniencyBacked\n      agreementRate\n      agreementSample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsightsUpdateReason($input: UpdateOutcomeReasonInput!) {\n    updateOutcomeReason(input: $input) {\n      label\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation InsightsUpdateReason($input: UpdateOutcomeReasonInput!) {\n    updateOutcomeReason(input: $input) {\n      label\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsBoard($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      columns {\n        cards {\n          id\n          decision {\n            decision\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsightsBoard($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      columns {\n        cards {\n          id\n          decision {\n            decision\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      token\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      token\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsPending {\n    pendingInvitations {\n      id\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationsPending {\n    pendingInvitations {\n      id\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsReissue($id: ID!) {\n    reissueInvitation(id: $id) {\n      id\n      token\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsReissue($id: ID!) {\n    reissueInvitation(id: $id) {\n      id\n      token\n      email\n      name\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsRevoke($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation InvitationsRevoke($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query InvitationsPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsMembers {\n    members {\n      email\n    }\n  }\n"): (typeof documents)["\n  query InvitationsMembers {\n    members {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ThrottleLogin($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LogsSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LogsLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogsMe {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query LogsMe {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LogsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LogsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogsCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LogsCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogsUpdateCandidate($id: ID!, $input: CandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n      notes\n    }\n  }\n"): (typeof documents)["\n  mutation LogsUpdateCandidate($id: ID!, $input: CandidateInput!) {\n    updateCandidate(id: $id, input: $input) {\n      id\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogsFeedUrl {\n    myCalendarFeedUrl\n  }\n"): (typeof documents)["\n  query LogsFeedUrl {\n    myCalendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogsLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation LogsLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoopBuilderRounds($id: ID!) {\n    opening(id: $id) {\n      id\n      loop {\n        rounds {\n          id\n          name\n          position\n          stage {\n            id\n            name\n          }\n          lockedQuestionIds\n          questions {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoopBuilderRounds($id: ID!) {\n    opening(id: $id) {\n      id\n      loop {\n        rounds {\n          id\n          name\n          position\n          stage {\n            id\n            name\n          }\n          lockedQuestionIds\n          questions {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoopBuilderPropose($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n        difficulty\n      }\n      offeredDifficulties\n      unmetDifficulties\n    }\n  }\n"): (typeof documents)["\n  query LoopBuilderPropose($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n        difficulty\n      }\n      offeredDifficulties\n      unmetDifficulties\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopBuilderReorderRounds($openingId: ID!, $input: ReorderInput!) {\n    reorderRounds(openingId: $openingId, input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation LoopBuilderReorderRounds($openingId: ID!, $input: ReorderInput!) {\n    reorderRounds(openingId: $openingId, input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopBuilderReorderStages($openingId: ID!, $input: ReorderInput!) {\n    reorderStages(openingId: $openingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoopBuilderReorderStages($openingId: ID!, $input: ReorderInput!) {\n    reorderStages(openingId: $openingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopBuilderUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoopBuilderUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopBuilderSaveTemplate($id: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoopBuilderSaveTemplate($id: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopBuilderCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoopBuilderCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopBuilderCopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoopBuilderCopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopsCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      id\n      title\n      status\n      stages {\n        id\n        name\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoopsCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      id\n      title\n      status\n      stages {\n        id\n        name\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoopsOpenings($first: Int) {\n    openings(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoopsOpenings($first: Int) {\n    openings(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoopsOpening($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        position\n      }\n      loop {\n        rounds {\n          id\n          name\n          durationMinutes\n          panelSize\n          ratingScale\n          stage {\n            id\n          }\n          focusCategories {\n            id\n          }\n          lockedQuestionIds\n          questions {\n            id\n            title\n            estimatedMinutes\n            difficulty\n            category {\n              id\n            }\n          }\n        }\n      }\n      coverage {\n        warnings\n        rows {\n          category {\n            id\n            name\n          }\n          rounds {\n            roundId\n            focus\n            questionCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoopsOpening($id: ID!) {\n    opening(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        position\n      }\n      loop {\n        rounds {\n          id\n          name\n          durationMinutes\n          panelSize\n          ratingScale\n          stage {\n            id\n          }\n          focusCategories {\n            id\n          }\n          lockedQuestionIds\n          questions {\n            id\n            title\n            estimatedMinutes\n            difficulty\n            category {\n              id\n            }\n          }\n        }\n      }\n      coverage {\n        warnings\n        rows {\n          category {\n            id\n            name\n          }\n          rounds {\n            roundId\n            focus\n            questionCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopsAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      id\n      name\n      durationMinutes\n      ratingScale\n      questions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoopsAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      id\n      name\n      durationMinutes\n      ratingScale\n      questions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopsUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoopsUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopsDeleteStage($id: ID!) {\n    deleteStage(stageId: $id)\n  }\n"): (typeof documents)["\n  mutation LoopsDeleteStage($id: ID!) {\n    deleteStage(stageId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoopsPropose($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n        estimatedMinutes\n        difficulty\n        category {\n          id\n        }\n      }\n      uncoveredCategoryIds\n      totalMinutes\n      budgetMinutes\n    }\n  }\n"): (typeof documents)["\n  query LoopsPropose($input: ProposeRoundQuestionsInput!) {\n    proposeRoundQuestions(input: $input) {\n      questions {\n        id\n        estimatedMinutes\n        difficulty\n        category {\n          id\n        }\n      }\n      uncoveredCategoryIds\n      totalMinutes\n      budgetMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoopsSwapCandidates($input: SwapQuestionCandidatesInput!) {\n    swapQuestionCandidates(input: $input) {\n      id\n      difficulty\n      estimatedMinutes\n      category {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoopsSwapCandidates($input: SwapQuestionCandidatesInput!) {\n    swapQuestionCandidates(input: $input) {\n      id\n      difficulty\n      estimatedMinutes\n      category {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoopsCategorySize($id: ID!) {\n    category(id: $id) {\n      questionCount\n    }\n  }\n"): (typeof documents)["\n  query LoopsCategorySize($id: ID!) {\n    category(id: $id) {\n      questionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopsSaveLoopAsTemplate($id: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $id, input: $input) {\n      id\n      name\n      stageNames\n      roundCount\n    }\n  }\n"): (typeof documents)["\n  mutation LoopsSaveLoopAsTemplate($id: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $id, input: $input) {\n      id\n      name\n      stageNames\n      roundCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoopsCopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      name\n      questions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoopsCopyLoop($input: CopyLoopInput!) {\n    copyLoop(input: $input) {\n      name\n      questions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackOpenScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  query FeedbackOpenScorecard($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedbackSaveRecommendation($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation FeedbackSaveRecommendation($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackMyInterviews {\n    myInterviews {\n      id\n      myFeedbackDue {\n        status\n        late\n        recommendationDueAt\n        scorecardDueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackMyInterviews {\n    myInterviews {\n      id\n      myFeedbackDue {\n        status\n        late\n        recommendationDueAt\n        scorecardDueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackLate {\n    lateFeedback(first: 50) {\n      totalCount\n      edges {\n        node {\n          interviewId\n          panelistId\n          missing\n          dueAt\n          lastNudgedAt\n          panelist {\n            name\n          }\n          interview {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackLate {\n    lateFeedback(first: 50) {\n      totalCount\n      edges {\n        node {\n          interviewId\n          panelistId\n          missing\n          dueAt\n          lastNudgedAt\n          panelist {\n            name\n          }\n          interview {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedbackUpdatePolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation FeedbackUpdatePolicy($input: FeedbackPolicyInput!) {\n    updateFeedbackPolicy(input: $input) {\n      recommendationDueMinutes\n      scorecardDueMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedbackNudge($input: NudgePanelistInput!) {\n    nudgePanelist(input: $input) {\n      panelistId\n      missing\n      lastNudgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation FeedbackNudge($input: NudgePanelistInput!) {\n    nudgePanelist(input: $input) {\n      panelistId\n      missing\n      lastNudgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackNotifications {\n    unreadNotificationCount\n    notifications(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          link\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackNotifications {\n    unreadNotificationCount\n    notifications(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          link\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedbackMarkRead {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation FeedbackMarkRead {\n    markNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedbackNotificationAdded {\n    notificationAdded {\n      kind\n      title\n      link\n    }\n  }\n"): (typeof documents)["\n  subscription FeedbackNotificationAdded {\n    notificationAdded {\n      kind\n      title\n      link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      emailed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NullsUpdateOpening($id: ID!, $input: UpdateOpeningInput!) {\n    updateOpening(id: $id, input: $input) {\n      title\n      status\n      team\n      location\n      hiringManager {\n        id\n      }\n      recruiter {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NullsUpdateOpening($id: ID!, $input: UpdateOpeningInput!) {\n    updateOpening(id: $id, input: $input) {\n      title\n      status\n      team\n      location\n      hiringManager {\n        id\n      }\n      recruiter {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NullsUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation NullsUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NullsCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NullsCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NullsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      revision\n      prompt\n    }\n  }\n"): (typeof documents)["\n  mutation NullsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      revision\n      prompt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NullsCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NullsCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NullsUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      name\n      description\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NullsUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      name\n      description\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NullsAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      id\n      panelSize\n      level\n      questions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NullsAddRound($openingId: ID!, $input: RoundInput!) {\n    addRound(openingId: $openingId, input: $input) {\n      id\n      panelSize\n      level\n      questions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NullsUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n      panelSize\n      level\n      questions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NullsUpdateRound($id: ID!, $input: RoundInput!) {\n    updateRound(roundId: $id, input: $input) {\n      id\n      panelSize\n      level\n      questions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusSetOpeningStatus($id: ID!, $status: OpeningStatus!) {\n    setOpeningStatus(id: $id, status: $status) {\n      id\n      status\n      statusChoices\n    }\n  }\n"): (typeof documents)["\n  mutation StatusSetOpeningStatus($id: ID!, $status: OpeningStatus!) {\n    setOpeningStatus(id: $id, status: $status) {\n      id\n      status\n      statusChoices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusOpening($id: ID!) {\n    opening(id: $id) {\n      status\n      statusChoices\n    }\n  }\n"): (typeof documents)["\n  query StatusOpening($id: ID!) {\n    opening(id: $id) {\n      status\n      statusChoices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      opening {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StatusCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      opening {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusCandidateApplications($id: ID!) {\n    candidate(id: $id) {\n      applications {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatusCandidateApplications($id: ID!) {\n    candidate(id: $id) {\n      applications {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      status\n      stage {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      status\n      stage {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineMove($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n      timeline {\n        kind\n        fromStageId\n        toStageId\n        reason\n        actor {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineMove($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      stage {\n        id\n        name\n      }\n      timeline {\n        kind\n        fromStageId\n        toStageId\n        reason\n        actor {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineBulkMove($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n      stage {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineBulkMove($input: BulkMoveInput!) {\n    bulkMoveApplications(input: $input) {\n      id\n      stage {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      status\n      outcomeReason\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineReject($input: CloseApplicationInput!) {\n    rejectApplication(input: $input) {\n      status\n      outcomeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineBulkReject($input: BulkRejectInput!) {\n    bulkRejectApplications(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineBulkReject($input: BulkRejectInput!) {\n    bulkRejectApplications(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineReopen($id: ID!, $reason: String) {\n    reopenApplication(applicationId: $id, reason: $reason) {\n      status\n      timeline {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineReopen($id: ID!, $reason: String) {\n    reopenApplication(applicationId: $id, reason: $reason) {\n      status\n      timeline {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineTimeline($id: ID!) {\n    application(id: $id) {\n      id\n      timeline {\n        kind\n        reason\n        interviewId\n        interviewStartsAt\n        actor {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineTimeline($id: ID!) {\n    application(id: $id) {\n      id\n      timeline {\n        kind\n        reason\n        interviewId\n        interviewStartsAt\n        actor {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineBoard($id: ID!) {\n    pipelineBoard(openingId: $id) {\n      rejectedCount\n      columns {\n        stage {\n          name\n        }\n        count\n        cards {\n          id\n          timeInStageSeconds\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineBoard($id: ID!) {\n    pipelineBoard(openingId: $id) {\n      rejectedCount\n      columns {\n        stage {\n          name\n        }\n        count\n        cards {\n          id\n          timeInStageSeconds\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelinePagedBoard($id: ID!, $n: Int, $filter: BoardFilter) {\n    pipelineBoard(openingId: $id, cardsPerColumn: $n, filter: $filter) {\n      columns {\n        stage {\n          id\n        }\n        count\n        hasMoreCards\n        endCursor\n        cards {\n          candidateName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelinePagedBoard($id: ID!, $n: Int, $filter: BoardFilter) {\n    pipelineBoard(openingId: $id, cardsPerColumn: $n, filter: $filter) {\n      columns {\n        stage {\n          id\n        }\n        count\n        hasMoreCards\n        endCursor\n        cards {\n          candidateName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineColumnPage($id: ID!, $stage: ID!, $after: String, $filter: BoardFilter) {\n    boardColumnCards(openingId: $id, stageId: $stage, first: 2, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          candidateName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineColumnPage($id: ID!, $stage: ID!, $after: String, $filter: BoardFilter) {\n    boardColumnCards(openingId: $id, stageId: $stage, first: 2, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          candidateName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineOpeningCounts {\n    openings(first: 20) {\n      edges {\n        node {\n          id\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineOpeningCounts {\n    openings(first: 20) {\n      edges {\n        node {\n          id\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineSchedule($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      panelists {\n        id\n      }\n      questions {\n        id\n        revision\n        title\n      }\n      warnings\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineSchedule($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      panelists {\n        id\n      }\n      questions {\n        id\n        revision\n        title\n      }\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineReschedule($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      status\n      cancelReason\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineCancel($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) {\n      status\n      cancelReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineMyInterviews($upcoming: Boolean) {\n    myInterviews(upcoming: $upcoming) {\n      id\n      candidateName\n      openingTitle\n      roundName\n      startsAt\n      questions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineMyInterviews($upcoming: Boolean) {\n    myInterviews(upcoming: $upcoming) {\n      id\n      candidateName\n      openingTitle\n      roundName\n      startsAt\n      questions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineCandidates {\n    candidates {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PipelineCandidates {\n    candidates {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineDeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PipelineDeactivateMember($id: ID!) {\n    deactivateMember(userId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PipelineDeleteStage($id: ID!, $to: ID) {\n    deleteStage(stageId: $id, moveToStageId: $to)\n  }\n"): (typeof documents)["\n  mutation PipelineDeleteStage($id: ID!, $to: ID) {\n    deleteStage(stageId: $id, moveToStageId: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          difficulty\n          tags\n          category {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          difficulty\n          tags\n          category {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      prompt\n      revision\n      tags\n      talkingPoints {\n        text\n      }\n      anchors {\n        rating\n        text\n      }\n      category {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      title\n      prompt\n      revision\n      tags\n      talkingPoints {\n        text\n      }\n      anchors {\n        rating\n        text\n      }\n      category {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      title\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation BankUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      title\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankQuestion($id: ID!) {\n    question(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query BankQuestion($id: ID!) {\n    question(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankQuestionRevisions($id: ID!) {\n    question(id: $id) {\n      title\n      revision\n      revisions {\n        revision\n        title\n        talkingPoints {\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankQuestionRevisions($id: ID!) {\n    question(id: $id) {\n      title\n      revision\n      revisions {\n        revision\n        title\n        talkingPoints {\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation BankArchiveQuestion($id: ID!) {\n    archiveQuestion(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankDeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"): (typeof documents)["\n  mutation BankDeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankCategories {\n    categories {\n      id\n      name\n      position\n      questionCount\n    }\n  }\n"): (typeof documents)["\n  query BankCategories {\n    categories {\n      id\n      name\n      position\n      questionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankCategory($id: ID!) {\n    category(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query BankCategory($id: ID!) {\n    category(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      position\n      questionCount\n    }\n  }\n"): (typeof documents)["\n  mutation BankCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n      position\n      questionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BankUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankReorderCategories($ids: [ID!]!) {\n    reorderCategories(input: { categoryIds: $ids }) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation BankReorderCategories($ids: [ID!]!) {\n    reorderCategories(input: { categoryIds: $ids }) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation BankDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankExport {\n    exportQuestionBank\n  }\n"): (typeof documents)["\n  query BankExport {\n    exportQuestionBank\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n      name\n      version\n      questionCount\n      questions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n      name\n      version\n      questionCount\n      questions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      version\n      questions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankUpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {\n    updateQuestionSet(id: $id, input: $input) {\n      version\n      questions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisionsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation RevisionsUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {\n    updateQuestion(id: $id, input: $input) {\n      id\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisionsRestore($input: RestoreQuestionRevisionInput!) {\n    restoreQuestionRevision(input: $input) {\n      id\n      revision\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RevisionsRestore($input: RestoreQuestionRevisionInput!) {\n    restoreQuestionRevision(input: $input) {\n      id\n      revision\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionsHistory($id: ID!) {\n    question(id: $id) {\n      revision\n      title\n      revisions {\n        ...RevisionsContent\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionsHistory($id: ID!) {\n    question(id: $id) {\n      revision\n      title\n      revisions {\n        ...RevisionsContent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionsContent on QuestionRevision {\n    revision\n    createdBy {\n      id\n      name\n    }\n    title\n    prompt\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    category {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionsContent on QuestionRevision {\n    revision\n    createdBy {\n      id\n      name\n    }\n    title\n    prompt\n    kind\n    difficulty\n    estimatedMinutes\n    tags\n    talkingPoints {\n      text\n    }\n    anchors {\n      rating\n      text\n    }\n    category {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisionsDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevisionsDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisionsCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevisionsCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionCategories($id: ID!) {\n    question(id: $id) {\n      revisions {\n        revision\n        category {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevisionCategories($id: ID!) {\n    question(id: $id) {\n      revisions {\n        revision\n        category {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardsCard on Scorecard {\n    id\n    version\n    status\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      suggestedRating\n    }\n    recommendation\n    summary\n  }\n"): (typeof documents)["\n  fragment ScorecardsCard on Scorecard {\n    id\n    version\n    status\n    ratings {\n      questionId\n      categoryId\n      rating\n      notAsked\n      notes\n      talkingPointsCovered\n    }\n    categoryRatings {\n      categoryId\n      rating\n      suggestedRating\n    }\n    recommendation\n    summary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardsMine($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      ...ScorecardsCard\n    }\n  }\n"): (typeof documents)["\n  query ScorecardsMine($interviewId: ID!) {\n    myScorecard(interviewId: $interviewId) {\n      ...ScorecardsCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardsSave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardsCard\n    }\n  }\n"): (typeof documents)["\n  mutation ScorecardsSave($input: SaveScorecardInput!) {\n    saveScorecard(input: $input) {\n      ...ScorecardsCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardsSubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n      version\n      status\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ScorecardsSubmit($input: SubmitScorecardInput!) {\n    submitScorecard(input: $input) {\n      id\n      version\n      status\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScorecardsAmend($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      version\n      recommendation\n      amendments {\n        authorId\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScorecardsAmend($input: AmendScorecardInput!) {\n    amendScorecard(input: $input) {\n      version\n      recommendation\n      amendments {\n        authorId\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardsOfInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      ratingScale\n      questions {\n        id\n      }\n      panelists {\n        id\n      }\n      scorecards {\n        id\n        status\n        recommendation\n        panelist {\n          id\n        }\n        ratings {\n          rating\n          notes\n        }\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardsOfInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      ratingScale\n      questions {\n        id\n      }\n      panelists {\n        id\n      }\n      scorecards {\n        id\n        status\n        recommendation\n        panelist {\n          id\n        }\n        ratings {\n          rating\n          notes\n        }\n      }\n      panelProgress {\n        panelistId\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScorecardsPanelProgress($interviewId: ID!) {\n    panelProgress(interviewId: $interviewId) {\n      interviewId\n      panelistId\n      status\n      resync\n    }\n  }\n"): (typeof documents)["\n  subscription ScorecardsPanelProgress($interviewId: ID!) {\n    panelProgress(interviewId: $interviewId) {\n      interviewId\n      panelistId\n      status\n      resync\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardsBoardFeedback($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      columns {\n        cards {\n          id\n          feedback {\n            submitted\n            expected\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardsBoardFeedback($openingId: ID!) {\n    pipelineBoard(openingId: $openingId) {\n      columns {\n        cards {\n          id\n          feedback {\n            submitted\n            expected\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScorecardsBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      kind\n      applicationId\n      card {\n        feedback {\n          submitted\n          expected\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ScorecardsBoardChanged($openingId: ID!) {\n    boardChanged(openingId: $openingId) {\n      kind\n      applicationId\n      card {\n        feedback {\n          submitted\n          expected\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchHighlights($filter: QuestionFilter, $first: Int) {\n    questions(filter: $filter, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          title\n          difficulty\n          titleHighlight {\n            text\n            highlighted\n          }\n          snippet {\n            source\n            parts {\n              text\n              highlighted\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchHighlights($filter: QuestionFilter, $first: Int) {\n    questions(filter: $filter, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          title\n          difficulty\n          titleHighlight {\n            text\n            highlighted\n          }\n          snippet {\n            source\n            parts {\n              text\n              highlighted\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HighlightsCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HighlightsCreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlQuestions($first: Int) {\n    questions(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          category {\n            id\n            name\n            questionCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlQuestions($first: Int) {\n    questions(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          category {\n            id\n            name\n            questionCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlBoard($id: ID!) {\n    pipelineBoard(openingId: $id) {\n      columns {\n        stage {\n          name\n        }\n        count\n        cards {\n          id\n          timeInStageSeconds\n          candidateId\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlBoard($id: ID!) {\n    pipelineBoard(openingId: $id) {\n      columns {\n        stage {\n          name\n        }\n        count\n        cards {\n          id\n          timeInStageSeconds\n          candidateId\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlColumn($id: ID!, $stage: ID!, $first: Int) {\n    boardColumnCards(openingId: $id, stageId: $stage, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlColumn($id: ID!, $stage: ID!, $first: Int) {\n    boardColumnCards(openingId: $id, stageId: $stage, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          candidateName\n          candidateTags\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlOpenings($first: Int) {\n    openings(first: $first) {\n      edges {\n        node {\n          id\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlOpenings($first: Int) {\n    openings(first: $first) {\n      edges {\n        node {\n          id\n          applicationCounts {\n            active\n            rejected\n            withdrawn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlMyInterviews {\n    myInterviews {\n      id\n      candidateName\n      openingTitle\n      roundName\n      warnings\n      panelists {\n        id\n        name\n      }\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlMyInterviews {\n    myInterviews {\n      id\n      candidateName\n      openingTitle\n      roundName\n      warnings\n      panelists {\n        id\n        name\n      }\n      questions {\n        id\n        revision\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlComparison($id: ID!) {\n    comparison(openingId: $id) {\n      rows {\n        application {\n          id\n          candidate {\n            name\n          }\n          stage {\n            name\n          }\n        }\n        categoryScores {\n          mean\n        }\n        overallScore\n        decision {\n          decision\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlComparison($id: ID!) {\n    comparison(openingId: $id) {\n      rows {\n        application {\n          id\n          candidate {\n            name\n          }\n          stage {\n            name\n          }\n        }\n        categoryScores {\n          mean\n        }\n        overallScore\n        decision {\n          decision\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlQuestionSignals($first: Int) {\n    questions(first: $first) {\n      edges {\n        node {\n          id\n          signal {\n            timesAsked\n            pointBiserial\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlQuestionSignals($first: Int) {\n    questions(first: $first) {\n      edges {\n        node {\n          id\n          signal {\n            timesAsked\n            pointBiserial\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzCreateQuestionSet($input: CreateQuestionSetInput!) {\n    createQuestionSet(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzSaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $openingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzSaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {\n    saveLoopAsTemplate(openingId: $openingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzPendingInvitations {\n    pendingInvitations {\n      id\n    }\n  }\n"): (typeof documents)["\n  query FuzzPendingInvitations {\n    pendingInvitations {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutageSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation OutageSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutageCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation OutageCreateCandidate($input: CandidateInput!) {\n    createCandidate(input: $input) {\n      id\n      email\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;