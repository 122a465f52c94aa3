import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface NewOrganization {
  organizationId: string;
  createdById: string;
  /** The creator chose to start with an empty question bank. */
  startEmpty: boolean;
}

/**
 * Feature modules fill a new organisation (the question bank seeds it with the MLOps bank) inside the
 * sign-up transaction, so a failed seed leaves no half-made organisation. Core does not know the features.
 */
export interface OrganizationInitializer {
  initialize(manager: EntityManager, organization: NewOrganization): Promise<void>;
}

/** Feature modules register here in `onModuleInit`. */
@Injectable()
export class OrganizationInitializers {
  private readonly initializers: OrganizationInitializer[] = [];

  register(initializer: OrganizationInitializer): void {
    this.initializers.push(initializer);
  }

  async run(manager: EntityManager, organization: NewOrganization): Promise<void> {
    for (const initializer of this.initializers) await initializer.initialize(manager, organization);
  }
}
