import { Module } from '@nestjs/common';
import { ActivityWriter } from './activity.writer.js';

@Module({
  providers: [ActivityWriter],
  exports: [ActivityWriter],
})
export class ActivityModule {}
