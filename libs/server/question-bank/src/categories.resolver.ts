import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GraphQLContext, IdArg, Role, Roles } from '@panelist/server-core';
import { CategoriesService, CategoryWithCount } from './categories.service';
import { Category } from './category.entity';
import { QuestionBankLoaders } from './question-bank.loaders';
import { CreateCategoryInput, ReorderCategoriesInput, UpdateCategoryInput } from './dtos/category.input';

const EDITORS = [Role.ADMIN, Role.HIRING_MANAGER];

@Resolver(() => Category)
export class CategoriesResolver {
  constructor(
    private readonly categories: CategoriesService,
    private readonly loaders: QuestionBankLoaders,
  ) {}

  @Query(() => [Category], { name: 'categories', description: 'The bank’s categories in order, with their question counts' })
  listCategories(@CurrentUser() user: AuthUser): Promise<CategoryWithCount[]> {
    return this.categories.list(user.organizationId);
  }

  @Query(() => Category)
  category(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Category> {
    return this.categories.get(user.organizationId, id);
  }

  @ResolveField(() => Int, { description: 'Live (not archived) questions in this category' })
  questionCount(@Parent() category: Category & { questionCount?: number }, @Context() context: GraphQLContext): number | Promise<number> {
    return category.questionCount ?? this.loaders.questionCount(context).load(category.id);
  }

  @Roles(...EDITORS)
  @Mutation(() => Category)
  createCategory(@CurrentUser() user: AuthUser, @Args('input') input: CreateCategoryInput): Promise<Category> {
    return this.categories.create(user.organizationId, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Category)
  updateCategory(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('input') input: UpdateCategoryInput): Promise<Category> {
    return this.categories.update(user.organizationId, id, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => [Category], { description: 'Sets the order of all categories at once' })
  reorderCategories(@CurrentUser() user: AuthUser, @Args('input') input: ReorderCategoriesInput): Promise<Category[]> {
    return this.categories.reorder(user.organizationId, input.categoryIds);
  }

  @Roles(...EDITORS)
  @Mutation(() => Boolean, { description: 'Deletes an empty category' })
  deleteCategory(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.categories.delete(user.organizationId, id);
  }
}
