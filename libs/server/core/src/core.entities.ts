import { AuditEvent } from './audit/audit-event.entity';
import { ApiToken } from './auth/api-token.entity';
import { LoginThrottle } from './auth/login-throttle.entity';
import { Invitation } from './auth/invitation.entity';
import { Session } from './auth/session.entity';
import { User } from './auth/user.entity';
import { Notification } from './notifications/notification.entity';
import { Organization } from './organization/organization.entity';

export const CORE_ENTITIES = [Organization, User, Session, ApiToken, Invitation, Notification, LoginThrottle, AuditEvent];
