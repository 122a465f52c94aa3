import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Application } from './application.entity';
import { Interview } from './interview.entity';

export enum ApplicationEventKind {
  CREATED = 'CREATED',
  MOVED = 'MOVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  REOPENED = 'REOPENED',
  INTERVIEW_SCHEDULED = 'INTERVIEW_SCHEDULED',
  INTERVIEW_RESCHEDULED = 'INTERVIEW_RESCHEDULED',
  INTERVIEW_CANCELLED = 'INTERVIEW_CANCELLED',
}
registerEnumType(ApplicationEventKind, { name: 'ApplicationEventKind' });

/** The timeline of an application: who moved it, when, from where to where, and why; and its interviews as they were booked. */
@ObjectType()
@Entity('application_event')
@Index(['organizationId', 'applicationId', 'createdAt'])
export class ApplicationEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Field(() => ApplicationEventKind)
  @Column({ type: 'enum', enum: ApplicationEventKind, enumName: 'application_event_kind' })
  kind: ApplicationEventKind;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  fromStageId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  toStageId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => ID, { nullable: true, description: 'The interview an INTERVIEW_ event is about' })
  @Column({ type: 'uuid', nullable: true })
  interviewId: string | null;

  @ManyToOne(() => Interview, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Relation<Interview>;

  @Field(() => Date, {
    nullable: true,
    description: 'When the interview was to start as of this event (for a cancellation: the time given up)',
  })
  @Column({ type: 'timestamptz', nullable: true })
  interviewStartsAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
