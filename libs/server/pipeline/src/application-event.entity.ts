import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Application } from './application.entity';

export enum ApplicationEventKind {
  CREATED = 'CREATED',
  MOVED = 'MOVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  REOPENED = 'REOPENED',
}
registerEnumType(ApplicationEventKind, { name: 'ApplicationEventKind' });

/** The timeline of an application: who moved it, when, from where to where, and why. */
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

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
