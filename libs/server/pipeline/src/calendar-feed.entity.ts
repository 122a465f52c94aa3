import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A member's private calendar feed URL. Only a SHA-256 of its token is stored, so the URL cannot be shown
 * again: asking for it mints another, and a reset deletes them all.
 */
@Entity('calendar_feed')
@Index(['organizationId', 'userId'])
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  userId: string;

  @Index({ unique: true })
  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
