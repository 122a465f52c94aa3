import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthUser } from './auth-user';
import { RoleGroup } from './role.enum';
import { CommonException, CommonExceptionReason } from '../errors/domain.exception';

export const PUBLIC_KEY = 'panelist:public';
export const ROLES_KEY = 'panelist:roles';
export const SESSION_ONLY_KEY = 'panelist:session-only';

/** Reachable without a session (sign-up, login, invitation acceptance). Everything else needs one. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Restricts an operation to a role group; without it every active member of the organisation may call it. */
export const Roles = (group: RoleGroup) => SetMetadata(ROLES_KEY, group);

/** Needs a signed-in person, not a script's API token: managing sessions and tokens themselves. */
export const SessionOnly = () => SetMetadata(SESSION_ONLY_KEY, true);

export function requestOf(context: ExecutionContext): { user?: AuthUser } & Record<string, unknown> {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext().req
    : context.switchToHttp().getRequest();
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw new CommonException(CommonExceptionReason.NOT_SIGNED_IN, 'Sign in first');
  return user;
});

/** For @Public operations: the caller's session when there is one (logout), undefined otherwise. */
export const OptionalCurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined => requestOf(context).user,
);

/** The tenant of the session; never taken from client input. */
export const CurrentOrganizationId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const user = requestOf(context).user;
  if (!user) throw new CommonException(CommonExceptionReason.NOT_SIGNED_IN, 'Sign in first');
  return user.organizationId;
});
