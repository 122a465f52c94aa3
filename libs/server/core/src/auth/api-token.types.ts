import { Field, ObjectType } from '@nestjs/graphql';
import { ApiToken } from './api-token.entity';

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}
