import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A line of the document the importer could not place' })
export class SkippedLine {
  @Field(() => Int)
  line: number;

  @Field()
  reason: string;
}

@ObjectType()
export class ImportResult {
  @Field({ description: 'Nothing was written: this is the preview of what the import would change' })
  dryRun: boolean;

  @Field(() => Int)
  categoriesCreated: number;

  @Field(() => Int)
  questionsCreated: number;

  @Field(() => Int)
  questionsUpdated: number;

  @Field(() => Int)
  questionsUnchanged: number;

  @Field(() => Int)
  talkingPointsCreated: number;

  @Field(() => [SkippedLine])
  skipped: SkippedLine[];
}
