import { LoopTemplate } from './loop-template.entity';
import { Opening } from './opening.entity';
import { Round, RoundQuestion } from './round.entity';
import { Stage } from './stage.entity';

export * from './loops.loaders';
export * from './loops.module';
export * from './opening-status.enum';
export * from './opening.entity';
export * from './openings.service';
export * from './round.entity';
export * from './rounds.service';
export * from './stage-occupants';
export * from './stage.entity';
export * from './stages.service';

export const LOOPS_ENTITIES = [Opening, Stage, Round, RoundQuestion, LoopTemplate];
