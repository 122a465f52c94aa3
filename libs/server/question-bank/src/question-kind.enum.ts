import { registerEnumType } from '@nestjs/graphql';

export enum QuestionKind {
  CONCEPT = 'CONCEPT',
  SCENARIO = 'SCENARIO',
  TOPIC = 'TOPIC',
}
registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'CONCEPT: explain an idea; SCENARIO: solve a situation; TOPIC: discuss an area',
});
