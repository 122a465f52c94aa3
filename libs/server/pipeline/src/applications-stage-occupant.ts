import { Injectable, OnModuleInit } from '@nestjs/common';
import { StageOccupant, StageOccupants, StageRemoval } from '@panelist/server-loops';
import { EntityManager } from 'typeorm';
import { ApplicationsService } from './applications.service';

/** Applications stand in stages: a stage is deleted only once its applications have moved, through the applications' own service. */
@Injectable()
export class ApplicationsStageOccupant implements StageOccupant, OnModuleInit {
  constructor(
    private readonly occupants: StageOccupants,
    private readonly applications: ApplicationsService,
  ) {}

  onModuleInit(): void {
    this.occupants.register(this);
  }

  vacate(manager: EntityManager, removal: StageRemoval): Promise<void> {
    return this.applications.vacateStage(manager, removal);
  }
}
