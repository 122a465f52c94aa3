import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Failed sign-ins per account (`account:<email>`) and per address (`address:<ip>`), kept in PostgreSQL so
 * that every instance holds the same count and the same block.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn('text')
  key: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  /** Sign-ins for this key are refused until then. */
  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
