import { Injectable, OnModuleInit } from '@nestjs/common';
import { LoaderKey, LoaderRegistry } from '../graphql/loaders';
import { MembersService } from './members.service';
import { User } from './user.entity';

/** The per-request loaders core declares; features use them for the members their rows name. */
export const CoreLoaders = {
  member: new LoaderKey<string, User>('member'),
};

@Injectable()
export class CoreLoaderBatches implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly members: MembersService,
  ) {}

  onModuleInit(): void {
    this.registry.register(CoreLoaders.member, (ids, { organizationId }) => this.members.byIds(organizationId, ids));
  }
}
