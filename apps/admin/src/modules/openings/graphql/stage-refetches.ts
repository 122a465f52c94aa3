import { OpeningLoopQuery } from '../../loops';
import { PipelineBoardQuery } from '../../pipeline';
import { OpeningQuery } from './openings.documents';

/** What a change of stages shows in: the opening, its board's columns and its loop's rounds. */
export const STAGE_CHANGE_REFETCHES = [OpeningQuery, PipelineBoardQuery, OpeningLoopQuery];
