import { registerEnumType } from '@nestjs/graphql';
import type { FieldValue, ScorecardFields } from '@panelist/scoring';
import { Interview } from '@panelist/server-pipeline';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export enum ScorecardStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(ScorecardStatus, { name: 'ScorecardStatus' });

export enum Recommendation {
  STRONG_NO = 'STRONG_NO',
  NO = 'NO',
  YES = 'YES',
  STRONG_YES = 'STRONG_YES',
}
registerEnumType(Recommendation, { name: 'Recommendation', description: 'No neutral option: every panelist leans one way' });

/**
 * One panelist's feedback on one interview. Its answers are a flat map of fields (see @panelist/scoring)
 * with, for each field, the version that last changed it: two devices of one panelist merge field by field.
 */
@Entity('scorecard')
@Unique(['interviewId', 'panelistId'])
@Index(['organizationId', 'panelistId'])
export class Scorecard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  interviewId: string;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Relation<Interview>;

  @Column('uuid')
  panelistId: string;

  @Column({ type: 'enum', enum: ScorecardStatus, enumName: 'scorecard_status', default: ScorecardStatus.DRAFT })
  status: ScorecardStatus;

  /** Raised by every save that changes something; a save names the version it was based on. */
  @Column({ type: 'int', default: 0 })
  version: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  fields: ScorecardFields;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  fieldVersions: Record<string, number>;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** When the recommendation was first given: its deadline comes before the full scorecard's. */
  @Column({ type: 'timestamptz', nullable: true })
  recommendedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One field of an amendment: what it was and what it became. */
export interface FieldChangeRecord {
  field: string;
  before: FieldValue;
  after: FieldValue;
}

/** A change to a submitted scorecard: who, when, which fields, before and after, and why. */
@Entity('scorecard_amendment')
@Index(['scorecardId', 'createdAt'])
export class ScorecardAmendment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  scorecardId: string;

  @ManyToOne(() => Scorecard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id' })
  scorecard?: Relation<Scorecard>;

  @Column('uuid')
  authorId: string;

  @Column('text')
  reason: string;

  @Column({ type: 'jsonb' })
  changes: FieldChangeRecord[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
