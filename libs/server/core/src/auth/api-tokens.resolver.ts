import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../graphql/id-arg';
import { ApiToken } from './api-token.entity';
import { CreatedApiToken } from './api-token.types';
import { ApiTokensService } from './api-tokens.service';
import { AuthUser } from './auth-user';
import { CurrentUser, SessionOnly } from './auth.decorators';
import { CreateApiTokenInput } from './dtos/api-token.input';

/** Every member manages their own tokens, from a signed-in session only. */
@Resolver(() => ApiToken)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @SessionOnly()
  @Query(() => [ApiToken], { description: "The signed-in member's personal API tokens, newest first" })
  apiTokens(@CurrentUser() member: AuthUser): Promise<ApiToken[]> {
    return this.tokens.list(member);
  }

  @SessionOnly()
  @Mutation(() => CreatedApiToken, {
    description: 'A personal API token for scripts, acting as you within its scope; the token is shown once',
  })
  createApiToken(@CurrentUser() member: AuthUser, @Args('input') input: CreateApiTokenInput): Promise<CreatedApiToken> {
    return this.tokens.create(member, input);
  }

  @SessionOnly()
  @Mutation(() => ApiToken, { description: 'Ends one of your API tokens at once, on every instance' })
  revokeApiToken(@CurrentUser() member: AuthUser, @IdArg('id') id: string): Promise<ApiToken> {
    return this.tokens.revoke(member, id);
  }
}
