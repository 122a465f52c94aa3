import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Role, Roles } from '@panelist/server-core';
import { ImportResult } from './bank-transfer.types';
import { BankTransferService } from './bank-transfer.service';

@Resolver()
export class BankTransferResolver {
  constructor(private readonly transfer: BankTransferService) {}

  @Roles(Role.ADMIN, Role.HIRING_MANAGER)
  @Mutation(() => ImportResult, { description: 'Imports a Markdown bank in one transaction; dryRun previews without writing' })
  importQuestionBank(
    @CurrentUser() user: AuthUser,
    @Args('markdown') markdown: string,
    @Args('dryRun', { nullable: true, defaultValue: false }) dryRun: boolean,
  ): Promise<ImportResult> {
    return this.transfer.import(user.organizationId, markdown, { dryRun, actorId: user.userId });
  }

  @Query(() => String, { description: 'The live bank as Markdown, in the format importQuestionBank reads' })
  exportQuestionBank(@CurrentUser() user: AuthUser): Promise<string> {
    return this.transfer.export(user.organizationId);
  }
}
