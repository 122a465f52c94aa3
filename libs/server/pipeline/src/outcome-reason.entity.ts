import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OutcomeKind {
  REJECTION = 'REJECTION',
  WITHDRAWAL = 'WITHDRAWAL',
}
registerEnumType(OutcomeKind, {
  name: 'OutcomeKind',
  description: 'Why an application left the pipeline: we rejected, or the candidate withdrew',
});

export const DEFAULT_OUTCOME_REASONS: Record<OutcomeKind, string[]> = {
  [OutcomeKind.REJECTION]: ['Skills gap', 'Culture add', 'Compensation', 'Experience level', 'Position filled', 'Other'],
  [OutcomeKind.WITHDRAWAL]: ['Took another offer', 'Compensation', 'Location', 'Timing', 'Other'],
};

/** One entry of the organisation's list of reasons for rejecting or withdrawing, so outcomes can be reported on. */
@ObjectType()
@Entity('outcome_reason')
@Index(['organizationId', 'kind', 'position'])
export class OutcomeReason {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Field(() => OutcomeKind)
  @Column({ type: 'enum', enum: OutcomeKind, enumName: 'outcome_kind' })
  kind: OutcomeKind;

  @Field()
  @Column()
  label: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field({ description: 'Archived reasons are no longer offered; applications that used them keep them' })
  @Column({ default: false })
  archived: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
