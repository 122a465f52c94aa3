export * from './candidate.factory';
export * from './category.factory';
export * from './interview.factory';
export * from './member.factory';
export * from './opening.factory';
export * from './organization.factory';
export * from './question.factory';
export * from './round.factory';
