import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Question } from './question.entity';

/** A named, ordered selection of questions curated by a hiring manager. */
@ObjectType()
@Entity('question_set')
@Index(['organizationId', 'name'])
export class QuestionSet {
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

  @Field(() => Int, { description: 'Increases on every change; send it back as expectedVersion to avoid overwriting a colleague' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('question_set_item')
@Index(['organizationId', 'questionId'])
export class QuestionSetItem {
  @PrimaryColumn('uuid')
  questionSetId: string;

  @PrimaryColumn('uuid')
  questionId: string;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => QuestionSet, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_set_id' })
  questionSet?: Relation<QuestionSet>;

  // A question in a set cannot be deleted, only archived.
  @ManyToOne(() => Question, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question?: Relation<Question>;

  @Column({ type: 'int' })
  position: number;
}
