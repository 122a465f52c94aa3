import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';
import { Anchor } from './question-content.types';
import { QuestionKind } from './question-kind.enum';

/**
 * The editable content of a question. A question holds the current content; every revision holds a
 * frozen copy, so the two tables share these columns.
 */
@ObjectType({ isAbstract: true })
export abstract class QuestionContent {
  @Column('uuid')
  categoryId: string;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column({ type: 'text' })
  prompt: string;

  @Field(() => QuestionKind)
  @Column({ type: 'enum', enum: QuestionKind, enumName: 'question_kind' })
  kind: QuestionKind;

  @Field(() => Int, { description: '1 (foundational) to 3 (advanced)' })
  @Column({ type: 'smallint' })
  difficulty: number;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  estimatedMinutes: number;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Stored as text[]; exposed as [TalkingPoint] by the resolvers. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  talkingPoints: string[];

  @Field(() => [Anchor])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  anchors: Anchor[];
}
