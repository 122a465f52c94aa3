import { registerEnumType } from '@nestjs/graphql';

export enum OpeningStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  ON_HOLD = 'ON_HOLD',
  CLOSED = 'CLOSED',
}
registerEnumType(OpeningStatus, { name: 'OpeningStatus' });

export enum SeniorityLevel {
  JUNIOR = 'JUNIOR',
  MID = 'MID',
  SENIOR = 'SENIOR',
}
registerEnumType(SeniorityLevel, { name: 'SeniorityLevel', description: 'Sets the difficulty mix of proposed questions' });
