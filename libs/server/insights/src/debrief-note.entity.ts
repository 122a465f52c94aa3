import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The debrief's discussion note on an application, one per application, edited with a version check. */
@Entity('debrief_note')
export class DebriefNote {
  @PrimaryColumn('uuid')
  applicationId: string;

  @Column('uuid')
  organizationId: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'int', default: 0 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
