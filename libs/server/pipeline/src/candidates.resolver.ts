import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, Connection, ConnectionType, CurrentUser, IdArg, PageArgs, Role, Roles } from '@panelist/server-core';
import { Application } from './application.entity';
import { ApplicationsService } from './applications.service';
import { Candidate } from './candidate.entity';
import { CandidatesService } from './candidates.service';
import { CandidateInput } from './dtos/pipeline.input';

/** Recruiters run the pipeline; hiring managers and admins may too. Interviewers never see candidates here. */
export const PIPELINE_ROLES = [Role.ADMIN, Role.HIRING_MANAGER, Role.RECRUITER];

export const CandidateConnection = ConnectionType(Candidate);

@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly applicationsService: ApplicationsService,
  ) {}

  @Roles(...PIPELINE_ROLES)
  @Query(() => CandidateConnection, { name: 'candidates', description: 'Newest first; search matches name or email' })
  listCandidates(@CurrentUser() user: AuthUser, @Args() page: PageArgs, @Args('search', { nullable: true }) search?: string): Promise<Connection<Candidate>> {
    return this.candidates.list(user.organizationId, search, page.first, page.after);
  }

  @Roles(...PIPELINE_ROLES)
  @Query(() => Candidate)
  candidate(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<Candidate> {
    return this.candidates.get(user.organizationId, id);
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Candidate, { description: 'A duplicate email answers CONFLICT with extensions.existingCandidateId' })
  createCandidate(@CurrentUser() user: AuthUser, @Args('input') input: CandidateInput): Promise<Candidate> {
    return this.candidates.create(user.organizationId, input);
  }

  @Roles(...PIPELINE_ROLES)
  @Mutation(() => Candidate)
  updateCandidate(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('input') input: CandidateInput): Promise<Candidate> {
    return this.candidates.update(user.organizationId, id, input);
  }

  @ResolveField(() => [Application])
  applications(@CurrentUser() user: AuthUser, @Parent() candidate: Candidate): Promise<Application[]> {
    return this.applicationsService.ofCandidate(user.organizationId, candidate.id);
  }
}
