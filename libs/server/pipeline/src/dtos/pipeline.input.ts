import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { NormalizedEmail, Trimmed } from '@panelist/server-core';
import { OutcomeKind } from '../outcome-reason.entity';

/** Why an application leaves the pipeline or an interview changes: required, kept in the timeline. */
const RequiredReason = () => applyDecorators(Trimmed(), IsString(), Length(1, 2000, { message: 'is required: say why' }));

const DateTime = () => IsDate({ message: 'must be a date and time (ISO 8601)' });

const PanelistIds = () =>
  applyDecorators(
    ArrayMinSize(1, { message: 'needs at least one panelist' }),
    ArrayMaxSize(12),
    IsUUID('all', { each: true, message: 'must be member ids' }),
  );

@InputType()
export class CandidateInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name: string;

  @Field()
  @NormalizedEmail()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @MaxLength(40)
  phone?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUrl({ require_protocol: true }, { each: true, message: 'each link must be a full URL (https://…)' })
  links?: string[];

  @Field({ nullable: true, description: 'Where the candidate came from (referral, LinkedIn, …)' })
  @IsOptional()
  @Trimmed()
  @MaxLength(120)
  source?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(10000)
  notes?: string;
}

@InputType()
export class CreateApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a candidate id' })
  candidateId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an opening id' })
  openingId: string;

  @Field({
    nullable: true,
    description:
      'A CLOSED opening takes candidates only when this is true (the person adding them was warned); otherwise CONFLICT naming openingId',
  })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  allowClosedOpening?: boolean;
}

@InputType()
export class MoveApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an application id' })
  applicationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a stage id' })
  stageId: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  reason?: string;
}

/** Why applications leave the pipeline: one of the organisation's reasons (`reasonId`), a note (`reason`), or both. */
@InputType({ isAbstract: true })
class OutcomeInput {
  @Field(() => ID, { nullable: true, description: 'One of outcomeReasons of the matching kind' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a reason id' })
  reasonId?: string;

  @Field({ nullable: true, description: 'A note in the team’s words; required when no reasonId is given' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class CloseApplicationInput extends OutcomeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an application id' })
  applicationId: string;
}

@InputType()
export class BulkMoveInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be application ids' })
  applicationIds: string[];

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a stage id' })
  stageId: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class BulkRejectInput extends OutcomeInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be application ids' })
  applicationIds: string[];
}

@InputType()
export class AddOutcomeReasonInput {
  @Field(() => OutcomeKind)
  @IsEnum(OutcomeKind)
  kind: OutcomeKind;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 80, { message: 'must be 1 to 80 characters' })
  label: string;
}

@InputType()
export class UpdateOutcomeReasonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a reason id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 80, { message: 'must be 1 to 80 characters' })
  label?: string;

  @Field({ nullable: true, description: 'Archived reasons are no longer offered' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

@InputType()
export class ScheduleInterviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an application id' })
  applicationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a round id' })
  roundId: string;

  @Field()
  @DateTime()
  startsAt: Date;

  @Field({ nullable: true, description: 'Defaults to the start plus the round’s duration' })
  @IsOptional()
  @DateTime()
  endsAt?: Date;

  @Field(() => [ID])
  @PanelistIds()
  panelistIds: string[];
}

@InputType()
export class RescheduleInterviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an interview id' })
  interviewId: string;

  @Field()
  @DateTime()
  startsAt: Date;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @PanelistIds()
  panelistIds?: string[];

  @Field({ description: 'Why it moves; kept in the application’s timeline' })
  @RequiredReason()
  reason: string;
}

@InputType()
export class CancelInterviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an interview id' })
  interviewId: string;

  @Field()
  @RequiredReason()
  reason: string;
}
