import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Question } from './question.entity';
import { QuestionContent } from './question-content.entity';

/** A frozen copy of a question's content; interviews pin the revision they asked. */
@ObjectType()
@Entity('question_revision')
@Index(['organizationId', 'questionId', 'revision'], { unique: true })
export class QuestionRevision extends QuestionContent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  questionId: string;

  @ManyToOne(() => Question, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: Relation<Question>;

  @Field(() => Int)
  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
