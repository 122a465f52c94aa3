// What other modules and pages may use of interview loops.
export { CoverageMap } from './components/coverage-map';
export { LoopOverview } from './components/loop-overview';
export { RoundEditor } from './components/round-editor';
export { OpeningLoopQuery } from './graphql/loops.documents';
