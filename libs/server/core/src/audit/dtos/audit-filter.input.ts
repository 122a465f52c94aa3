import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { AuditEntityType } from '../audit-event.entity';

@InputType({ description: 'Which audit events to show; all of them when empty' })
export class AuditEventFilter {
  @Field(() => AuditEntityType, { nullable: true })
  @IsOptional()
  @IsEnum(AuditEntityType)
  entityType?: AuditEntityType;

  @Field(() => ID, { nullable: true, description: 'Events about this record only' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Changes made by this member only' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a member id' })
  actorId?: string;

  @Field({ nullable: true, description: 'Events with this action only, e.g. MOVED' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z_]{1,40}$/, { message: 'must be an action such as CREATED or MOVED' })
  action?: string;

  @Field(() => Date, { nullable: true, description: 'Events at or after this time' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Events before this time' })
  @IsOptional()
  to?: Date;
}
