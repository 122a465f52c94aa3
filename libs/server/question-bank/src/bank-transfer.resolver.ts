import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentOrganizationId, CurrentUser, RoleGroup, Roles } from '@panelist/server-core';
import { ImportResult } from './bank-transfer.types';
import { BankTransferService } from './bank-transfer.service';
import { ImportQuestionBankArgs } from './dtos/import-question-bank.args';

@Resolver()
export class BankTransferResolver {
  constructor(private readonly transfer: BankTransferService) {}

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => ImportResult, { description: 'Imports a Markdown bank in one transaction; dryRun previews without writing' })
  importQuestionBank(@CurrentUser() user: AuthUser, @Args() { markdown, dryRun }: ImportQuestionBankArgs): Promise<ImportResult> {
    return this.transfer.import(user.organizationId, markdown, { dryRun, actorId: user.userId });
  }

  @Query(() => String, { description: 'The live bank as Markdown, in the format importQuestionBank reads' })
  exportQuestionBank(@CurrentOrganizationId() organizationId: string): Promise<string> {
    return this.transfer.export(organizationId);
  }
}
