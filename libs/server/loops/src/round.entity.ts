import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { SeniorityLevel } from './opening-status.enum';
import { Opening } from './opening.entity';
import { Stage } from './stage.entity';

export const DEFAULT_RATING_SCALE = ['Strong no', 'No', 'Yes', 'Strong yes'];

/** One interview of an opening's loop: what it assesses, for how long, with which questions. */
@ObjectType()
@Entity('round')
@Index(['organizationId', 'openingId', 'position'])
export class Round {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  openingId: string;

  @ManyToOne(() => Opening, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opening_id' })
  opening?: Relation<Opening>;

  @Column('uuid')
  stageId: string;

  // A stage with rounds cannot be deleted out from under them.
  @ManyToOne(() => Stage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: Relation<Stage>;

  @Field()
  @Column()
  name: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  durationMinutes: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  panelSize: number;

  @Field(() => SeniorityLevel, { description: 'The difficulty mix its questions are proposed for' })
  @Column({ type: 'enum', enum: SeniorityLevel, enumName: 'seniority_level', default: SeniorityLevel.MID })
  level: SeniorityLevel;

  @Field(() => [String], { description: 'Labels from lowest to highest; no neutral middle' })
  @Column({ type: 'text', array: true })
  ratingScale: string[];

  /** Focus categories in priority order (the competencies this round assesses). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  focusCategoryIds: string[];
}

/** The ordered questions of a round; `locked` ones survive a re-proposal. */
@Entity('round_question')
@Index(['organizationId', 'questionId'])
export class RoundQuestion {
  @PrimaryColumn('uuid')
  roundId: string;

  @PrimaryColumn('uuid')
  questionId: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<Round>;

  @Column('uuid')
  organizationId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ default: false })
  locked: boolean;
}
