import { Query, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  CoreLoaders,
  CurrentUser,
  IdArg,
  Loaders,
  OptionalIdArg,
  RequestLoaders,
  RoleGroup,
  Roles,
  User,
} from '@panelist/server-core';
import { CalibrationService } from './calibration.service';
import { AgreementResult, InterviewerCalibration, QuestionSignal } from './insights.types';
import { InsightsLoaders } from './insights.loaders';
import { QuestionsService } from '@panelist/server-question-bank';

@Resolver()
export class CalibrationResolver {
  constructor(
    private readonly calibration: CalibrationService,
    private readonly questions: QuestionsService,
  ) {}

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => [InterviewerCalibration], {
    description: 'Each interviewer’s leniency on an opening, with the shared candidates it rests on',
  })
  async interviewerCalibration(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<InterviewerCalibration[]> {
    const rows = await this.calibration.leniency(user, openingId);
    const members = await loaders.get(CoreLoaders.member).loadMany(rows.map((row) => row.panelist_id));
    return rows.flatMap((row, i) => {
      const member = members[i];
      if (member instanceof Error) return [];
      return [
        {
          interviewer: member as User,
          leniency: row.offset_score,
          sharedCandidates: row.shared_candidates,
          ratings: row.ratings,
          backed: row.backed,
        },
      ];
    });
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => AgreementResult, {
    description: 'Krippendorff’s ordinal alpha for a category, or for the overall recommendation when none is given',
  })
  agreement(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @OptionalIdArg('categoryId') categoryId?: string | null,
  ): Promise<AgreementResult> {
    return this.calibration.agreement(user, openingId, categoryId?.toLowerCase() ?? null);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => [AgreementResult], {
    description: 'Agreement on the overall recommendation (categoryId null) and on each rated category, in one statement',
  })
  openingAgreement(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string): Promise<AgreementResult[]> {
    return this.calibration.agreements(user, openingId);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => QuestionSignal, { description: 'How a question’s ratings spread and separate hired from rejected candidates' })
  async questionSignal(
    @CurrentUser() user: AuthUser,
    @IdArg('questionId') questionId: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<QuestionSignal> {
    await this.questions.get(user.organizationId, questionId, 'questionId');
    return loaders.get(InsightsLoaders.questionSignal).load(questionId);
  }
}
