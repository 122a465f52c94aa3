import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SeniorityLevel } from './opening-status.enum';

/** A round as a template keeps it: the stage by name, since templates outlive openings. */
export interface TemplateRound {
  name: string;
  stageName: string;
  durationMinutes: number;
  panelSize: number;
  /** Absent in templates saved before rounds had a level (read as MID). */
  level?: SeniorityLevel;
  ratingScale: string[];
  focusCategoryIds: string[];
  questionIds: string[];
  /** Those of questionIds kept when the rest is re-proposed; absent in templates saved before they kept locks. */
  lockedQuestionIds?: string[];
}

@ObjectType()
@Entity('loop_template')
@Index(['organizationId', 'name'])
export class LoopTemplate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [String], { description: 'The pipeline stages, in order' })
  @Column({ type: 'text', array: true })
  stageNames: string[];

  @Column({ type: 'jsonb' })
  rounds: TemplateRound[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
