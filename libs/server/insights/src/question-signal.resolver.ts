import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Loaders, RequestLoaders, Role } from '@panelist/server-core';
import { Question } from '@panelist/server-question-bank';
import { QuestionSignal } from './insights.types';
import { InsightsLoaders } from './insights.loaders';

/** The bank shows each question's signal next to it, batched for a whole page of questions. */
@Resolver(() => Question)
export class QuestionSignalResolver {
  @ResolveField(() => QuestionSignal, { nullable: true, description: 'For the hiring team; null for interviewers' })
  signal(@Parent() question: Question, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<QuestionSignal> | null {
    if (user.role === Role.INTERVIEWER) return null;
    return loaders.get(InsightsLoaders.questionSignal).load(question.id);
  }
}
