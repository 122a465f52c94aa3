import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Anchor, QuestionKind, QuestionRevision, TalkingPoint } from '@panelist/server-question-bank';

/** A question as this interview asks it: the revision pinned at scheduling, whatever the bank says now. */
@ObjectType()
export class InterviewQuestionView {
  @Field(() => ID, { description: 'The question’s id' })
  id: string;

  @Field(() => Int, { description: 'The pinned revision number' })
  revision: number;

  @Field()
  title: string;

  @Field()
  prompt: string;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field(() => Int)
  difficulty: number;

  @Field(() => Int)
  estimatedMinutes: number;

  @Field(() => [String])
  tags: string[];

  @Field(() => [TalkingPoint])
  talkingPoints: TalkingPoint[];

  @Field(() => [Anchor])
  anchors: Anchor[];

  @Field(() => ID)
  categoryId: string;

  static of(revision: QuestionRevision): InterviewQuestionView {
    return Object.assign(new InterviewQuestionView(), {
      id: revision.questionId,
      revision: revision.revision,
      title: revision.title,
      prompt: revision.prompt,
      kind: revision.kind,
      difficulty: revision.difficulty,
      estimatedMinutes: revision.estimatedMinutes,
      tags: revision.tags,
      talkingPoints: revision.talkingPoints.map((text) => ({ text })),
      anchors: revision.anchors,
      categoryId: revision.categoryId,
    });
  }
}
