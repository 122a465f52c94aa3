export * from './default-anchors';
export * from './merge';
export * from './rated-fields';
export * from './scorecard-fields';
export * from './suggest';
export * from './statistics';
