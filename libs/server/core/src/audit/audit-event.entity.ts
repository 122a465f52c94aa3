import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What kind of record an audit event is about. Stored as text, so a later feature adds a kind here without
 * a migration.
 */
export enum AuditEntityType {
  ORGANIZATION = 'ORGANIZATION',
  MEMBER = 'MEMBER',
  INVITATION = 'INVITATION',
  API_TOKEN = 'API_TOKEN',
  QUESTION_BANK = 'QUESTION_BANK',
  CATEGORY = 'CATEGORY',
  QUESTION = 'QUESTION',
  QUESTION_SET = 'QUESTION_SET',
  OPENING = 'OPENING',
  STAGE = 'STAGE',
  ROUND = 'ROUND',
  LOOP_TEMPLATE = 'LOOP_TEMPLATE',
  CANDIDATE = 'CANDIDATE',
  APPLICATION = 'APPLICATION',
  INTERVIEW = 'INTERVIEW',
  OUTCOME_REASON = 'OUTCOME_REASON',
  SCORECARD = 'SCORECARD',
  FEEDBACK_POLICY = 'FEEDBACK_POLICY',
  DECISION = 'DECISION',
  COMPARISON_WEIGHTS = 'COMPARISON_WEIGHTS',
  DEBRIEF_NOTE = 'DEBRIEF_NOTE',
  RETENTION_POLICY = 'RETENTION_POLICY',
}
registerEnumType(AuditEntityType, { name: 'AuditEntityType' });

/** The fields of a record a change touched, by name. */
export type AuditFields = Record<string, unknown>;

/**
 * One change, as it was made: who, what, which record, the changed fields before and after, when, and on
 * which server instance. Rows are only ever added: a trigger refuses UPDATE, DELETE and TRUNCATE (see the
 * AuditTrail migration), save the one narrow redaction that candidate erasure needs.
 */
@ObjectType({ description: 'One recorded change: who, what, which record, the changed fields before and after, when, where' })
@Entity('audit_event')
// One index per filter, each ending in the order pages are read in (newest first).
@Index(['organizationId', 'at', 'id'])
@Index(['organizationId', 'entityId', 'at'])
@Index(['organizationId', 'entityType', 'at'])
@Index(['organizationId', 'actorId', 'at'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  /** Null when nobody signed in made the change (an invitation accepted, an organisation signed up). */
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field({ description: 'What happened, e.g. CREATED, UPDATED, MOVED, SUBMITTED, ROLE_CHANGED' })
  @Column('text')
  action: string;

  @Field(() => AuditEntityType)
  @Column('text')
  entityType: AuditEntityType;

  @Field(() => ID)
  @Column('uuid')
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The changed fields as they were; null for a new record' })
  @Column('jsonb', { nullable: true })
  before: AuditFields | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The changed fields as they became; null for a deleted record' })
  @Column('jsonb', { nullable: true })
  after: AuditFields | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field({ description: 'The server instance that made the change (INSTANCE_NAME, or host and process id)' })
  @Column('text')
  instance: string;
}
