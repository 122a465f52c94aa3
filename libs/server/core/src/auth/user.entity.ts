import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MemberStatus, Role } from './role.enum';

/**
 * A member of one organisation. An email is unique within an organisation; a person in two organisations
 * has an account in each, with its own password and role (docs/security.md, "Accounts").
 */
@ObjectType()
@Entity('user_account')
@Index(['organizationId', 'email'], { unique: true })
@Index(['email'])
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Field()
  @Column()
  email: string;

  @Field()
  @Column()
  name: string;

  @Column({ select: false })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Field(() => MemberStatus)
  @Column({ type: 'enum', enum: MemberStatus, enumName: 'member_status', default: MemberStatus.ACTIVE })
  status: MemberStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
