import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How long an organisation keeps the personal data of candidates who have left every pipeline. */
@ObjectType()
@Entity('retention_policy')
export class RetentionPolicy {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Candidates whose last application ended more than this many days ago are anonymised; null keeps them',
  })
  @Column({ type: 'int', nullable: true })
  days: number | null;

  @Field(() => Date, { nullable: true, description: 'When the scheduled job last ran for this organisation' })
  @Column({ type: 'timestamptz', nullable: true })
  lastRunAt: Date | null;
}
