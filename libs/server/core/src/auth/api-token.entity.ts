import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ApiTokenScope {
  /** Queries and subscriptions only: every mutation is refused. */
  READ = 'READ',
  READ_WRITE = 'READ_WRITE',
}
registerEnumType(ApiTokenScope, { name: 'ApiTokenScope', description: 'What a personal API token may do' });

/**
 * A member's personal token for scripts: it acts as that member (their role, their organisation), limited to
 * its scope, until it expires or is revoked. Only a SHA-256 of it is stored; it is shown once, when created.
 */
@ObjectType()
@Entity('api_token')
@Index(['organizationId', 'userId'])
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  userId: string;

  @Field()
  @Column()
  name: string;

  @Field(() => ApiTokenScope)
  @Column({ type: 'enum', enum: ApiTokenScope, enumName: 'api_token_scope' })
  scope: ApiTokenScope;

  @Index({ unique: true })
  @Column({ type: 'bytea', select: false })
  tokenHash: Buffer;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last used, to the minute' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
