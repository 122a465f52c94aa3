import { Role } from './role.enum';

/** Who is calling, as established by the session: the only source of the organisation id. */
export interface AuthUser {
  userId: string;
  organizationId: string;
  role: Role;
  sessionId: string;
}
