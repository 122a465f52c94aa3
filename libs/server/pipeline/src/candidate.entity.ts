import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person. Emails are stored lower-case and unique within an organisation. */
@ObjectType()
@Entity('candidate')
@Index(['organizationId', 'email'], { unique: true })
@Index(['organizationId', 'createdAt'])
export class Candidate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column()
  email: string;

  @Field()
  @Column({ default: '' })
  phone: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links: string[];

  @Field()
  @Column({ default: '' })
  source: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When their personal data was erased (eraseCandidate); the scores stay, anonymised' })
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
