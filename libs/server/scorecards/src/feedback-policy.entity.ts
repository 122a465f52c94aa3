import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const DEFAULT_RECOMMENDATION_DUE_MINUTES = 60;
export const DEFAULT_SCORECARD_DUE_MINUTES = 24 * 60;

/** How soon after an interview ends its panel's feedback is due, per organisation (defaults until an admin sets them). */
@ObjectType()
@Entity('feedback_policy')
export class FeedbackPolicy {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Field(() => Int, { description: 'Minutes after the interview ends by which each panelist’s recommendation is due' })
  @Column({ type: 'int', default: DEFAULT_RECOMMENDATION_DUE_MINUTES })
  recommendationDueMinutes: number;

  @Field(() => Int, { description: 'Minutes after the interview ends by which each full scorecard is due' })
  @Column({ type: 'int', default: DEFAULT_SCORECARD_DUE_MINUTES })
  scorecardDueMinutes: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A reminder someone of the hiring team sent a panelist about overdue feedback. */
@Entity('feedback_nudge')
@Index(['interviewId', 'panelistId', 'createdAt'])
export class FeedbackNudge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  interviewId: string;

  @Column('uuid')
  panelistId: string;

  @Column('uuid')
  nudgedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
