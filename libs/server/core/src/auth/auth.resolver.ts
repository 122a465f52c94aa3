import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { CookieOptions } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { HttpGraphQLContext } from '../graphql/graphql-context';
import { Organization } from '../organization/organization.entity';
import { AuthUser } from './auth-user';
import { CurrentUser, OptionalCurrentUser, Public, SessionOnly } from './auth.decorators';
import { AuthService } from './auth.service';
import { AuthPayload, SetupStatus } from './auth.types';
import { AcceptInvitationInput, LoginInput, SignUpInput } from './dtos/auth.input';
import { MembersService } from './members.service';
import { SESSION_COOKIE } from './session.strategy';
import { SESSION_TTL_MS, SessionService } from './session.service';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly members: MembersService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => SetupStatus, { description: 'Whether this installation still needs its first organisation' })
  setupStatus(): Promise<SetupStatus> {
    return this.auth.setupStatus();
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates an organisation and its first admin, and signs in' })
  async signUp(@Args('input') input: SignUpInput, @Context() context: HttpGraphQLContext): Promise<AuthPayload> {
    return this.withCookie(context, await this.auth.signUp(input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() context: HttpGraphQLContext): Promise<AuthPayload> {
    return this.withCookie(context, await this.auth.login(input, context.req.ip));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() context: HttpGraphQLContext): Promise<AuthPayload> {
    return this.withCookie(context, await this.members.acceptInvitation(input));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session (cookie or bearer token)' })
  async logout(@OptionalCurrentUser() user: AuthUser | undefined, @Context() context: HttpGraphQLContext): Promise<boolean> {
    if (user) await this.sessions.revoke(user);
    context.res.clearCookie(SESSION_COOKIE, this.cookieOptions());
    return true;
  }

  @SessionOnly()
  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in member, on every device and instance' })
  async logoutEverywhere(@CurrentUser() user: AuthUser, @Context() context: HttpGraphQLContext): Promise<boolean> {
    await this.sessions.revokeEverywhere(user);
    context.res.clearCookie(SESSION_COOKIE, this.cookieOptions());
    return true;
  }

  @Query(() => User, { description: 'The signed-in member' })
  me(@CurrentUser() user: AuthUser): Promise<User> {
    return this.members.get(user.organizationId, user.userId);
  }

  @ResolveField(() => Organization)
  organization(@Parent() user: User): Promise<Organization> {
    return this.members.organization(user.organizationId);
  }

  private withCookie(context: HttpGraphQLContext, payload: AuthPayload): AuthPayload {
    context.res.cookie(SESSION_COOKIE, payload.token, { ...this.cookieOptions(), maxAge: SESSION_TTL_MS });
    return payload;
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/' };
  }
}
