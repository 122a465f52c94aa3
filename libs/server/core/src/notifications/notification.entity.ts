import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  FEEDBACK_NUDGE = 'FEEDBACK_NUDGE',
  INTERVIEW_BOOKED = 'INTERVIEW_BOOKED',
  INTERVIEW_RESCHEDULED = 'INTERVIEW_RESCHEDULED',
  INTERVIEW_CANCELLED = 'INTERVIEW_CANCELLED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** Something a member should know about, shown in the app (and emailed when SMTP is configured). */
@ObjectType()
@Entity('notification')
@Index(['userId', 'createdAt'])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  userId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field()
  @Column('text')
  title: string;

  @Field()
  @Column('text', { default: '' })
  body: string;

  @Field({ description: 'Where in the app it leads, e.g. /interviews/<id>/score' })
  @Column('text')
  link: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
