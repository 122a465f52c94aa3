import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AuthUser } from './auth-user';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators';
import { Role } from './role.enum';
import { CommonException, CommonExceptionReason } from '../errors/domain.exception';

/**
 * The global guard: every operation needs a live session unless marked @Public, and the session's
 * role must be in the @Roles group when an operation names one. Registered once as APP_GUARD.
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
    return true;
  }

  override handleRequest<T = AuthUser>(error: unknown, user: T | false): T {
    if (error) throw error;
    if (!user) throw new CommonException(CommonExceptionReason.NOT_SIGNED_IN, 'Sign in first: no valid session');
    return user;
  }
}
