import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  HIRING_MANAGER = 'HIRING_MANAGER',
  RECRUITER = 'RECRUITER',
  INTERVIEWER = 'INTERVIEWER',
}
registerEnumType(Role, { name: 'Role' });

/**
 * Who may call an operation, named once for every feature (DESIGN.md, "Who uses it"). `@Roles` takes one
 * of these; an operation without `@Roles` is open to every active member.
 */
export const RoleGroup = {
  /** Members, invitations and organisation settings. */
  ADMINS: [Role.ADMIN],
  /** Shape the bank, openings, stages and loops. */
  MANAGERS: [Role.ADMIN, Role.HIRING_MANAGER],
  /** Read openings and loops and run the pipeline: everyone but interviewers, who see only their interviews. */
  HIRING_TEAM: [Role.ADMIN, Role.HIRING_MANAGER, Role.RECRUITER],
} as const satisfies Record<string, readonly Role[]>;

export type RoleGroup = (typeof RoleGroup)[keyof typeof RoleGroup];

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });
