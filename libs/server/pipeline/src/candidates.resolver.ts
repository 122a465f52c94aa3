import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, Connection, CurrentOrganizationId, CurrentUser, IdArg, PageArgs, RoleGroup, Roles } from '@panelist/server-core';
import { Application } from './application.entity';
import { ApplicationsService } from './applications.service';
import { Candidate } from './candidate.entity';
import { CandidateDataService } from './candidate-data.service';
import { CandidateConnection, CandidateErasure } from './candidate.types';
import { CandidatesService } from './candidates.service';
import { CandidateInput } from './dtos/pipeline.input';

@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly applicationsService: ApplicationsService,
    private readonly candidateData: CandidateDataService,
  ) {}

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => CandidateErasure, {
    description:
      'Erases the candidate’s personal data everywhere (also in scorecard notes, debrief notes and the audit trail); anonymised scores stay. The erasure is recorded, without the data',
  })
  async eraseCandidate(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<CandidateErasure> {
    return { candidateId: id, erasedAt: await this.candidateData.eraseCandidate(user, id) };
  }

  @Roles(RoleGroup.ADMINS)
  @Query(() => String, { description: 'Everything held about the candidate, as JSON: a subject access request' })
  candidateDataExport(@CurrentOrganizationId() organizationId: string, @IdArg() id: string): Promise<string> {
    return this.candidateData.exportCandidate(organizationId, id);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => CandidateConnection, { name: 'candidates', description: 'Newest first; search matches name or email' })
  listCandidates(
    @CurrentOrganizationId() organizationId: string,
    @Args() page: PageArgs,
    @Args('search', { nullable: true }) search?: string,
  ): Promise<Connection<Candidate>> {
    return this.candidates.list(organizationId, search, page.first, page.after);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => Candidate)
  candidate(@CurrentOrganizationId() organizationId: string, @IdArg() id: string): Promise<Candidate> {
    return this.candidates.get(organizationId, id);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Candidate, { description: 'A duplicate email answers CONFLICT with extensions.existingCandidateId' })
  createCandidate(@CurrentUser() user: AuthUser, @Args('input') input: CandidateInput): Promise<Candidate> {
    return this.candidates.create(user, input);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Candidate)
  updateCandidate(@CurrentUser() user: AuthUser, @IdArg() id: string, @Args('input') input: CandidateInput): Promise<Candidate> {
    return this.candidates.update(user, id, input);
  }

  @ResolveField(() => [Application])
  applications(@CurrentOrganizationId() organizationId: string, @Parent() candidate: Candidate): Promise<Application[]> {
    return this.applicationsService.ofCandidate(organizationId, candidate.id);
  }
}
