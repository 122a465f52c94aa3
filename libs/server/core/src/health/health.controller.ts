import { Controller, Get, Head, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { DatabaseHealth } from '../database/database-health';

export interface HealthStatus {
  status: 'ok' | 'unavailable';
  database?: 'up' | 'down';
}

/** Plain HTTP for probes and load balancers, outside GraphQL and without a session. */
@Public()
@Controller()
export class HealthController {
  constructor(private readonly database: DatabaseHealth) {}

  /** The process answers: a liveness probe that fails here should restart it. */
  @Get('health/live')
  @Header('Cache-Control', 'no-store')
  live(): HealthStatus {
    return { status: 'ok' };
  }

  /** 200 only when a database round trip succeeds now (503 at once while it is known to be away). */
  @Get('health/ready')
  @Header('Cache-Control', 'no-store')
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthStatus> {
    const up = this.database.isAvailable() && (await this.database.check());
    response.status(up ? 200 : 503);
    return up ? { status: 'ok', database: 'up' } : { status: 'unavailable', database: 'down' };
  }

  /** Uptime monitors ask HEAD /, with or without the admin built. */
  @Head()
  root(): string {
    return '';
  }
}
