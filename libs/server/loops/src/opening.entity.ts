import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OpeningStatus } from './opening-status.enum';

/** A job being hired for: its pipeline of stages and its interview loop hang off it. */
@ObjectType()
@Entity('opening')
@Index(['organizationId', 'createdAt'])
export class Opening {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column({ default: '' })
  team: string;

  @Field()
  @Column({ default: '' })
  location: string;

  @Column({ type: 'uuid', nullable: true })
  hiringManagerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  recruiterId: string | null;

  @Field(() => OpeningStatus)
  @Column({ type: 'enum', enum: OpeningStatus, enumName: 'opening_status', default: OpeningStatus.DRAFT })
  status: OpeningStatus;

  @Field(() => Int, { description: 'Increases on every change of the opening or its loop' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
