import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntityType } from '../audit/audit-event.entity';
import { AuditTrail } from '../audit/audit-trail';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { runSql } from '../database/sql-statement';
import { Organization } from '../organization/organization.entity';
import { OrganizationInitializers } from '../organization/organization-initializer';
import { AuthException, AuthExceptionReason } from './auth.exception';
import { AuthPayload, SetupStatus } from './auth.types';
import { LoginInput, SignUpInput } from './dtos/auth.input';
import { signUpLockSql } from './members.sql';
import { hashPassword, verifyPassword } from './passwords';
import { Role } from './role.enum';
import { LoginThrottleService } from './login-throttle';
import { SessionService } from './session.service';
import { User } from './user.entity';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly initializers: OrganizationInitializers,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditTrail,
  ) {}

  async setupStatus(): Promise<SetupStatus> {
    const needsSetup = !(await this.dataSource.getRepository(Organization).exists());
    return { needsSetup, signUpAllowed: needsSetup || this.config.allowSignUp };
  }

  async signUp(input: SignUpInput): Promise<AuthPayload> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      await runSql(manager, signUpLockSql());
      const anyOrganization = await manager.getRepository(Organization).exists();
      if (anyOrganization && !this.config.allowSignUp) {
        throw new AuthException(
          AuthExceptionReason.SIGN_UP_CLOSED,
          'Sign-up is closed: ask an admin of your organisation for an invitation',
        );
      }
      await this.assertEmailFree(manager, input.email);
      const organization = await manager.save(manager.create(Organization, { name: input.organizationName }));
      const user = await manager.save(
        manager.create(User, { organizationId: organization.id, email: input.email, name: input.name, passwordHash, role: Role.ADMIN }),
      );
      await this.initializers.run(manager, {
        organizationId: organization.id,
        createdById: user.id,
        startEmpty: input.startEmpty ?? false,
      });
      // The bank the organisation starts with is part of this one event, not a row per seeded question.
      await this.audit.record(
        manager,
        { organizationId: organization.id, userId: user.id },
        {
          action: 'SIGNED_UP',
          entityType: AuditEntityType.ORGANIZATION,
          entityId: organization.id,
          after: { name: organization.name, adminName: user.name, adminEmail: user.email, startEmpty: input.startEmpty ?? false },
        },
      );
      return { token: await this.sessions.create(manager, user), user };
    });
  }

  /** `address` is the caller's IP: guesses are slowed per account and per address (LoginThrottleService). */
  async login(input: LoginInput, address?: string): Promise<AuthPayload> {
    await this.throttle.assertAllowed(input.email, address);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email AND u.status = :status', { email: input.email, status: 'ACTIVE' })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash, input.password);
    if (!user || !valid) {
      await this.throttle.failed(input.email, address);
      throw new AuthException(AuthExceptionReason.WRONG_CREDENTIALS, 'Email or password is incorrect');
    }
    await this.throttle.succeeded(input.email);
    return { token: await this.sessions.create(this.dataSource.manager, user), user };
  }

  async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    if (await manager.getRepository(User).existsBy({ email })) {
      throw new AuthException(AuthExceptionReason.EMAIL_TAKEN, 'An account with this email already exists', 'email');
    }
  }
}
