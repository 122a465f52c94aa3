export * from './descriptive';
export * from './disagreement';
export * from './four-level-scale';
export * from './ordinal-alpha';
export * from './overall-score';
export * from './point-biserial';
export * from './question-flags';
export type { UnitRating } from './unit-rating';
