import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailService } from './mail.service.js';

/** Outgoing email, sent by the `email.send` job; features import this and inject MailService. */
@Module({
  imports: [JobsModule],
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
