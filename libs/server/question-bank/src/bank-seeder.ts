import { Injectable, OnModuleInit } from '@nestjs/common';
import { MLOPS_SEED_MARKDOWN, parseQuestionBank } from '@panelist/bank-markdown';
import { NewOrganization, OrganizationInitializer, OrganizationInitializers } from '@panelist/server-core';
import { EntityManager } from 'typeorm';
import { BankTransferService } from './bank-transfer.service';

/** Every new organisation starts with the MLOps bank unless its creator chose to start empty. */
@Injectable()
export class BankSeeder implements OrganizationInitializer, OnModuleInit {
  private readonly seed = parseQuestionBank(MLOPS_SEED_MARKDOWN);

  constructor(
    private readonly initializers: OrganizationInitializers,
    private readonly transfer: BankTransferService,
  ) {}

  onModuleInit(): void {
    this.initializers.register(this);
  }

  async initialize(manager: EntityManager, organization: NewOrganization): Promise<void> {
    if (organization.startEmpty) return;
    await this.transfer.importParsed(manager, organization.organizationId, this.seed, { actorId: organization.createdById });
  }
}
