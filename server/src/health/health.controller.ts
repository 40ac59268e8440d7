import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

/** Liveness and readiness for load balancers and orchestrators. */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  /** The process answers: nothing else is checked (a database outage must not restart it). */
  @Get('healthz')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready when PostgreSQL answers within a second; 503 otherwise. */
  @Get('readyz')
  @HealthCheck()
  ready() {
    return this.health.check([
      () =>
        this.indicators
          .check('database')
          .attempt(async () => {
            await this.dataSource.query('SELECT 1');
          })
          .withTimeout(1_000),
    ]);
  }
}
