import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
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

  /**
   * `address` is the caller's IP: guesses are slowed per account and per address (LoginThrottleService).
   * An email may have an account in several organisations (one per organisation, each with its own
   * password): the password decides which; when it opens more than one, the caller is asked to choose.
   */
  async login(input: LoginInput, address?: string): Promise<AuthPayload> {
    await this.throttle.assertAllowed(input.email, address);
    const accounts = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email AND u.status = :status', { email: input.email, status: 'ACTIVE' })
      .andWhere(input.organizationId ? 'u.organizationId = :organizationId' : 'TRUE', { organizationId: input.organizationId })
      .orderBy('u.createdAt')
      .getMany();
    // Verified side by side (argon2 runs off the event loop), so the time taken says little about how many there are.
    const verdicts = await Promise.all(
      accounts.length
        ? accounts.map((account) => verifyPassword(account.passwordHash, input.password))
        : [verifyPassword(undefined, input.password)],
    );
    const opened = accounts.filter((_, index) => verdicts[index]);
    if (!opened.length) {
      await this.throttle.failed(input.email, address);
      throw new AuthException(AuthExceptionReason.WRONG_CREDENTIALS, 'Email or password is incorrect');
    }
    await this.throttle.succeeded(input.email);
    if (opened.length > 1) {
      const names = await this.dataSource.getRepository(Organization).findBy({ id: In(opened.map((account) => account.organizationId)) });
      throw new AuthException(AuthExceptionReason.ORGANIZATION_REQUIRED, 'Choose the organisation to sign in to', 'organizationId', {
        organizations: names.map(({ id, name }) => ({ id, name })),
      });
    }
    const [user] = opened;
    return { token: await this.sessions.create(this.dataSource.manager, user), user };
  }

  /** Emails are unique within an organisation; whether one has an account elsewhere is never revealed. */
  async assertEmailFree(manager: EntityManager, organizationId: string, email: string): Promise<void> {
    if (await manager.getRepository(User).existsBy({ organizationId, email })) {
      throw new AuthException(AuthExceptionReason.EMAIL_TAKEN, 'A member of this organisation already has this email', 'email');
    }
  }
}
