import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AuthUser } from './auth-user';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ApiTokenScope } from './api-token.entity';
import { PUBLIC_KEY, requestOf, ROLES_KEY, SESSION_ONLY_KEY } from './auth.decorators';
import { AuthException, AuthExceptionReason } from './auth.exception';
import { Role } from './role.enum';
import { CommonException, CommonExceptionReason } from '../errors/domain.exception';

/**
 * The global guard: every operation needs a live session unless marked @Public, and the session's
 * role must be in the @Roles group when an operation names one. A personal API token acts as its member,
 * within its scope (READ: no mutations), and never for @SessionOnly operations. Registered once as APP_GUARD.
 */
@Injectable()
export class GqlAuthGuard extends AuthGuard('session') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    if (isPublic) {
      // Public operations still learn who is calling when a session is present (logout, setup status).
      await Promise.resolve(super.canActivate(context)).catch(() => false);
      return true;
    }
    await super.canActivate(context);
    const roles = this.reflector.getAllAndOverride<readonly Role[] | undefined>(ROLES_KEY, targets);
    const user = requestOf(context).user as AuthUser;
    if (roles && !roles.includes(user.role)) {
      throw new CommonException(CommonExceptionReason.NOT_ALLOWED, `This needs one of the roles ${roles.join(', ')}`);
    }
    if (user.tokenScope) this.assertTokenMay(context, user.tokenScope, targets);
    return true;
  }

  private assertTokenMay(context: ExecutionContext, scope: ApiTokenScope, targets: Parameters<Reflector['getAllAndOverride']>[1]): void {
    if (this.reflector.getAllAndOverride<boolean>(SESSION_ONLY_KEY, targets)) {
      throw new AuthException(AuthExceptionReason.SESSION_REQUIRED, 'Sign in to do this: API tokens cannot manage sessions or tokens');
    }
    const isMutation =
      context.getType<string>() === 'graphql' && GqlExecutionContext.create(context).getInfo().operation.operation === 'mutation';
    if (scope === ApiTokenScope.READ && isMutation) {
      throw new AuthException(AuthExceptionReason.READ_ONLY_TOKEN, 'This API token is read-only: changes need a READ_WRITE token');
    }
  }

  override handleRequest<T = AuthUser>(error: unknown, user: T | false): T {
    if (error) throw error;
    if (!user) throw new CommonException(CommonExceptionReason.NOT_SIGNED_IN, 'Sign in first: no valid session');
    return user;
  }
}
