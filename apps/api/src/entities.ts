import { CORE_ENTITIES } from '@panelist/server-core';
import { LOOPS_ENTITIES } from '@panelist/server-loops';
import { PIPELINE_ENTITIES } from '@panelist/server-pipeline';
import { QUESTION_BANK_ENTITIES } from '@panelist/server-question-bank';
import { INSIGHTS_ENTITIES } from '@panelist/server-insights';
import { SCORECARDS_ENTITIES } from '@panelist/server-scorecards';

/** Every table Panelist has: the composition point for the app, the migration CLI and tests. */
export const ENTITIES = [
  ...CORE_ENTITIES,
  ...QUESTION_BANK_ENTITIES,
  ...LOOPS_ENTITIES,
  ...PIPELINE_ENTITIES,
  ...SCORECARDS_ENTITIES,
  ...INSIGHTS_ENTITIES,
];
