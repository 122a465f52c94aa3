// What other modules and pages may use of candidates and the pipeline.
export { CandidateList } from './components/candidate-list';
export { CandidateProfile } from './components/candidate-profile';
export { PipelineBoard } from './components/pipeline-board';
export { CandidateQuery, PipelineBoardQuery } from './graphql/pipeline.documents';
