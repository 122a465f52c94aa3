import { ComparisonWeights } from './comparison-weights.entity';
import { DebriefNote } from './debrief-note.entity';
import { Decision } from './decision.entity';

export * from './decision.entity';
export * from './insights.module';

export const INSIGHTS_ENTITIES = [Decision, ComparisonWeights, DebriefNote];
