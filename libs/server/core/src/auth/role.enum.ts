import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  HIRING_MANAGER = 'HIRING_MANAGER',
  RECRUITER = 'RECRUITER',
  INTERVIEWER = 'INTERVIEWER',
}
registerEnumType(Role, { name: 'Role' });

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });
