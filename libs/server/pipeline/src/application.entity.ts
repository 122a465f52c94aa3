import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Stage } from '@panelist/server-loops';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Candidate } from './candidate.entity';
import { OutcomeReason } from './outcome-reason.entity';

export enum ApplicationStatus {
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'REJECTED and WITHDRAWN have left the pipeline, with a reason',
});

/** A candidate in one opening, at one stage. */
@ObjectType()
@Entity('application')
@Index(['organizationId', 'openingId', 'stageId'])
@Index(['organizationId', 'candidateId', 'openingId'], { unique: true })
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  candidateId: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Relation<Candidate>;

  @Column('uuid')
  openingId: string;

  @Column('uuid')
  stageId: string;

  // A stage holding applications cannot be deleted without moving them first.
  @ManyToOne(() => Stage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: Relation<Stage>;

  @Field(() => ApplicationStatus)
  @Column({ type: 'enum', enum: ApplicationStatus, enumName: 'application_status', default: ApplicationStatus.ACTIVE })
  status: ApplicationStatus;

  @Field(() => String, { nullable: true, description: 'Why it left the pipeline' })
  @Column({ type: 'text', nullable: true })
  outcomeReason: string | null;

  /** The organisation's reason it left the pipeline; `outcomeReason` holds the note that goes with it. */
  @Column({ type: 'uuid', nullable: true })
  outcomeReasonId: string | null;

  @ManyToOne(() => OutcomeReason, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outcome_reason_id' })
  outcomeReasonChoice?: Relation<OutcomeReason>;

  @Field({ description: 'When it entered its current stage' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageEnteredAt: Date;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
