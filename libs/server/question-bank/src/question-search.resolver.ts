import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HighlightPart, QuestionHit, SearchSnippet } from './question-search.types';
import { Question } from './question.entity';

/** Why a question matched a search: only `questions(filter: { search })` fills these, for its page alone. */
@Resolver(() => Question)
export class QuestionSearchHighlightResolver {
  @ResolveField(() => [HighlightPart], {
    nullable: true,
    description: 'The title in runs, the words the search matched highlighted; null outside a search',
  })
  titleHighlight(@Parent() question: QuestionHit): HighlightPart[] | null {
    return question.searchHighlight?.title ?? null;
  }

  @ResolveField(() => SearchSnippet, {
    nullable: true,
    description:
      'The words around the match in the prompt or a talking point; null outside a search or when only the title or tags matched',
  })
  snippet(@Parent() question: QuestionHit): SearchSnippet | null {
    return question.searchHighlight?.snippet ?? null;
  }
}
