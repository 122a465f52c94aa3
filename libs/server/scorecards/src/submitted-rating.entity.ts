import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Scorecard } from './scorecard.entity';

export enum RatedSubject {
  CATEGORY = 'CATEGORY',
  QUESTION = 'QUESTION',
  RECOMMENDATION = 'RECOMMENDATION',
}

/**
 * The ratings of submitted scorecards, one row each, kept by the scorecards service in the transaction that
 * submits or amends: comparison, calibration and signal aggregate these with plain indexed SQL instead of
 * unpacking every scorecard's fields on every read. Drafts never appear here.
 */
@Entity('submitted_rating')
// By hand in the migrations (TypeORM cannot declare INCLUDE): an opening's ratings of one kind come from the index
// alone, in (application, round, subject) order, so aggregating them by panel needs no sort.
@Index('submitted_rating_units_idx', { synchronize: false })
@Index(['organizationId', 'subjectId'])
export class SubmittedRating {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('uuid')
  organizationId: string;

  @Index()
  @Column('uuid')
  scorecardId: string;

  @ManyToOne(() => Scorecard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id' })
  scorecard?: Relation<Scorecard>;

  @Column('uuid')
  openingId: string;

  @Column('uuid')
  applicationId: string;

  @Column('uuid')
  interviewId: string;

  @Column('uuid')
  roundId: string;

  @Column('uuid')
  panelistId: string;

  @Column({ type: 'enum', enum: RatedSubject, enumName: 'rated_subject' })
  subject: RatedSubject;

  /** The category or question rated; null for the recommendation. */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  /** 1 = lowest level of the scale it was given on. */
  @Column({ type: 'smallint' })
  level: number;

  /** How many levels that scale has (the recommendation's is 4). */
  @Column({ type: 'smallint' })
  levels: number;
}
