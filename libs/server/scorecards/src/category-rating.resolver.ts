import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@panelist/server-core';
import { Category, QuestionBankLoaders } from '@panelist/server-question-bank';
import { CategoryRating } from './scorecard.types';

@Resolver(() => CategoryRating)
export class CategoryRatingResolver {
  @ResolveField(() => Category, { nullable: true, description: 'Null once the category is deleted from the bank' })
  async category(@Parent() rating: CategoryRating, @Loaders() loaders: RequestLoaders): Promise<Category | null> {
    const category = await loaders.get(QuestionBankLoaders.category).load(rating.categoryId);
    return category instanceof Error ? null : category;
  }
}
