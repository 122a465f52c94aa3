import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How an opening's overall score weighs its focus categories, and the hiring manager's written rationale. */
@Entity('comparison_weights')
export class ComparisonWeights {
  @PrimaryColumn('uuid')
  openingId: string;

  @Column('uuid')
  organizationId: string;

  /** Category id to weight; a category not listed weighs 1 (equal by default). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  weights: Record<string, number>;

  @Column({ type: 'text', default: '' })
  rationale: string;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
