import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Opening } from './opening.entity';

export const DEFAULT_STAGES = ['Applied', 'Recruiter screen', 'Technical screen', 'Onsite', 'Debrief', 'Offer', 'Hired'];

/** One column of an opening's pipeline. */
@ObjectType()
@Entity('stage')
@Index(['organizationId', 'openingId', 'position'])
export class Stage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  openingId: string;

  @ManyToOne(() => Opening, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opening_id' })
  opening?: Relation<Opening>;

  @Field()
  @Column()
  name: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;
}
