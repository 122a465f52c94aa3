import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runSql } from '../database/sql-statement';
import { AuthException, AuthExceptionReason } from './auth.exception';
import { blockedUntilSql, blockSql, forgetSql, recordFailureSql } from './login-throttle.sql';

/** Failures allowed before blocking: an address is shared by a whole office, an account is one person's. */
const FREE_FAILURES = { account: 5, address: 20 };
const LONGEST_BLOCK_SECONDS = 15 * 60;
/** A count with no failure for this long starts again. */
const FORGET_AFTER_SECONDS = 60 * 60;

/** Seconds a key is blocked after its nth failure: nothing while free, then 1, 2, 4 … up to 15 minutes. */
export function blockSeconds(failures: number, free: number): number {
  return failures <= free ? 0 : Math.min(LONGEST_BLOCK_SECONDS, 2 ** (failures - free - 1));
}

/**
 * Slows password guessing per account and per address with growing blocks, held in PostgreSQL so that every
 * instance applies them. A blocked sign-in answers the same whether or not the account exists.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertAllowed(email: string, address: string | undefined): Promise<void> {
    const [row] = await runSql(this.dataSource, blockedUntilSql(keysOf(email, address)));
    if (!row?.until) return;
    const seconds = Math.max(1, Math.ceil((row.until.getTime() - Date.now()) / 1000));
    throw new AuthException(AuthExceptionReason.TOO_MANY_ATTEMPTS, `Too many sign-in attempts: try again in ${seconds} s`, undefined, {
      retryAfterSeconds: seconds,
    });
  }

  async failed(email: string, address: string | undefined): Promise<void> {
    const counts = await runSql(this.dataSource, recordFailureSql(keysOf(email, address), FORGET_AFTER_SECONDS));
    for (const { key, failures } of counts) {
      const seconds = blockSeconds(failures, key.startsWith('account:') ? FREE_FAILURES.account : FREE_FAILURES.address);
      if (seconds > 0) await runSql(this.dataSource, blockSql(key, seconds));
    }
  }

  /** A successful sign-in clears its account's count (the address keeps its own). */
  async succeeded(email: string): Promise<void> {
    await runSql(this.dataSource, forgetSql(`account:${email.toLowerCase()}`));
  }
}

function keysOf(email: string, address: string | undefined): string[] {
  return [`account:${email.toLowerCase()}`, ...(address ? [`address:${address}`] : [])];
}
