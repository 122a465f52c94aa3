import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentOrganizationId, CurrentUser, IdArg, Loaders, RequestLoaders, RoleGroup, Roles } from '@panelist/server-core';
import { CategoriesService, CategoryWithCount } from './categories.service';
import { Category } from './category.entity';
import { CreateCategoryInput, ReorderCategoriesInput, UpdateCategoryInput } from './dtos/category.input';
import { QuestionBankLoaders } from './question-bank.loaders';

@Resolver(() => Category)
export class CategoriesResolver {
  constructor(private readonly categories: CategoriesService) {}

  @Query(() => [Category], { name: 'categories', description: 'The bank’s categories in order, with their question counts' })
  listCategories(@CurrentOrganizationId() organizationId: string): Promise<CategoryWithCount[]> {
    return this.categories.list(organizationId);
  }

  @Query(() => Category)
  category(@CurrentOrganizationId() organizationId: string, @IdArg() id: string): Promise<Category> {
    return this.categories.get(organizationId, id);
  }

  @ResolveField(() => Int, { description: 'Live (not archived) questions in this category' })
  questionCount(@Parent() category: Category & { questionCount?: number }, @Loaders() loaders: RequestLoaders): number | Promise<number> {
    return category.questionCount ?? loaders.get(QuestionBankLoaders.categoryQuestionCount).load(category.id);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Category)
  createCategory(@CurrentUser() user: AuthUser, @Args('input') input: CreateCategoryInput): Promise<Category> {
    return this.categories.create(user, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Category)
  updateCategory(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('input') input: UpdateCategoryInput): Promise<Category> {
    return this.categories.update(user, id, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => [Category], { description: 'Sets the order of all categories at once' })
  reorderCategories(@CurrentUser() user: AuthUser, @Args('input') input: ReorderCategoriesInput): Promise<Category[]> {
    return this.categories.reorder(user, input.categoryIds);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Boolean, { description: 'Deletes an empty category' })
  deleteCategory(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.categories.delete(user, id);
  }
}
