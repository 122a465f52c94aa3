import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLContext, loaderFor } from '@panelist/server-core';
import { QuestionRevision } from '@panelist/server-question-bank';
import { DataSource, In } from 'typeorm';
import { Application } from './application.entity';
import { ApplicationCounts, ApplicationsService } from './applications.service';
import { Candidate } from './candidate.entity';
import { CandidatesService } from './candidates.service';
import { Interview } from './interview.entity';
import { InterviewsService, PinnedQuestion } from './interviews.service';

/** Per-request batching for the pipeline's nested fields. */
@Injectable()
export class PipelineLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly applications: ApplicationsService,
    private readonly interviews: InterviewsService,
  ) {}

  candidate(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, Candidate>(context, 'candidate', (ids) => this.candidates.byIds(organizationId, ids));
  }

  application(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, Application>(context, 'application', (ids) => this.applications.byIds(organizationId, ids));
  }

  interviewsOfApplication(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, Interview[]>(context, 'applicationInterviews', (ids) => this.interviews.ofApplications(organizationId, ids));
  }

  panelists(context: GraphQLContext) {
    return loaderFor<string, string[]>(context, 'interviewPanelists', (ids) => this.interviews.panelistsOf(ids));
  }

  pinnedQuestions(context: GraphQLContext) {
    return loaderFor<string, PinnedQuestion[]>(context, 'interviewQuestions', (ids) => this.interviews.questionsOf(ids));
  }

  applicationCounts(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, ApplicationCounts>(context, 'openingApplicationCounts', (ids) => this.applications.countsOf(organizationId, ids));
  }

  warnings(context: GraphQLContext) {
    return loaderFor<string, string[]>(context, 'interviewWarnings', (ids) => this.interviews.warningsOf(ids));
  }

  revision(context: GraphQLContext) {
    const organizationId = context.req.user!.organizationId;
    return loaderFor<string, QuestionRevision>(context, 'questionRevision', async (ids) => {
      const rows = await this.dataSource.getRepository(QuestionRevision).findBy({ organizationId, id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error('revision not found'));
    });
  }
}
