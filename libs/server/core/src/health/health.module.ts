import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** GET /health/live, GET /health/ready and HEAD / (DatabaseHealth comes from the global DatabaseModule). */
@Module({ controllers: [HealthController] })
export class HealthModule {}
