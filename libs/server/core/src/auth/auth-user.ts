import { ApiTokenScope } from './api-token.entity';
import { Role } from './role.enum';

/** Who is calling, as established by the session: the only source of the organisation id. */
export interface AuthUser {
  userId: string;
  organizationId: string;
  role: Role;
  /** The session, or the personal API token standing in for one (revoked and re-checked the same way). */
  sessionId: string;
  /** Set when a personal API token is calling: what it may do. */
  tokenScope?: ApiTokenScope;
}
