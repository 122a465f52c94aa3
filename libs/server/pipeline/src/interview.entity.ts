import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Round } from '@panelist/server-loops';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Application } from './application.entity';

export enum InterviewStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InterviewStatus, { name: 'InterviewStatus' });

/** One round scheduled for one application, with its panel and the exact question revisions it asks. */
@ObjectType()
@Entity('interview')
@Index(['organizationId', 'applicationId'])
@Index(['organizationId', 'startsAt'])
export class Interview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Field(() => ID, { description: 'The application interviewed; its debrief opens once your scorecard is in' })
  @Column('uuid')
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Column('uuid')
  roundId: string;

  // A round with interviews cannot be removed.
  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<Round>;

  @Field()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field(() => Int)
  @Column({ type: 'int' })
  durationMinutes: number;

  @Field(() => InterviewStatus)
  @Column({ type: 'enum', enum: InterviewStatus, enumName: 'interview_status', default: InterviewStatus.SCHEDULED })
  status: InterviewStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  scheduledById: string | null;

  /** The iCalendar SEQUENCE: raised by every change a calendar must apply (time, panel, cancellation). */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('interview_panelist')
@Index(['organizationId', 'userId'])
export class InterviewPanelist {
  @PrimaryColumn('uuid')
  interviewId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Relation<Interview>;

  @Column('uuid')
  organizationId: string;
}

/** The question revision pinned when the interview was scheduled: later bank edits never change it. */
@Entity('interview_question')
@Index(['organizationId', 'questionId'])
export class InterviewQuestion {
  @PrimaryColumn('uuid')
  interviewId: string;

  @PrimaryColumn('uuid')
  questionId: string;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: Relation<Interview>;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  revisionId: string;

  @Column({ type: 'int' })
  position: number;
}
