// What other modules and pages may use of openings.
export { NewOpeningForm } from './components/new-opening-form';
export { OPENING_TABS, OpeningHeader } from './components/opening-header';
export { OpeningList } from './components/opening-list';
export { StageEditor } from './components/stage-editor';
export { OpeningQuery } from './graphql/openings.documents';
