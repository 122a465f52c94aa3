import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum DecisionKind {
  ADVANCE = 'ADVANCE',
  HIRE = 'HIRE',
  REJECT = 'REJECT',
}
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'ADVANCE moves to the next stage, HIRE to the last stage, REJECT rejects the application',
});

/** The debrief's decision on an application: who, when, why; reversed decisions stay on record with who, when and why. */
@ObjectType()
@Entity('decision')
@Index(['organizationId', 'applicationId', 'createdAt'])
export class Decision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Field(() => ID)
  @Column('uuid')
  applicationId: string;

  @Field(() => DecisionKind)
  @Column({ type: 'enum', enum: DecisionKind, enumName: 'decision_kind' })
  decision: DecisionKind;

  @Field()
  @Column('text')
  reason: string;

  @Column('uuid')
  decidedById: string;

  @Field(() => ID, { description: 'Where the application was when decided: reversing an ADVANCE or HIRE moves it back there' })
  @Column('uuid')
  fromStageId: string;

  @Field({ description: 'When it was decided' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  reversedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reversedById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reversalReason: string | null;
}
