import { Injectable } from '@nestjs/common';
import { AuthUser } from '@panelist/server-core';
import { EntityManager } from 'typeorm';
import { Stage } from './stage.entity';

/** A stage being deleted, inside the deletion's transaction (the opening is locked). */
export interface StageRemoval {
  actor: AuthUser;
  stage: Stage;
  /**
   * The stage chosen to take in what the deleted one holds: another stage of the same opening, or
   * undefined when none (or no valid one) was chosen. Looked up on the first call only.
   */
  destination(): Promise<Stage | undefined>;
}

/**
 * A feature whose rows stand in stages (the pipeline's applications) empties a stage before it is deleted:
 * it moves its rows to the destination, or refuses the deletion. Loops does not know those features.
 */
export interface StageOccupant {
  vacate(manager: EntityManager, removal: StageRemoval): Promise<void>;
}

/** Occupant features register here in `onModuleInit`. */
@Injectable()
export class StageOccupants {
  private readonly occupants: StageOccupant[] = [];

  register(occupant: StageOccupant): void {
    this.occupants.push(occupant);
  }

  async vacate(manager: EntityManager, removal: StageRemoval): Promise<void> {
    for (const occupant of this.occupants) await occupant.vacate(manager, removal);
  }
}
