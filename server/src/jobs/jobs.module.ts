import { Module } from '@nestjs/common';
import { JobsService } from './jobs.service.js';

/** The background-job runner; a feature with jobs imports this module and injects JobsService. */
@Module({
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
