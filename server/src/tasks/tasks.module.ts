import { Module } from '@nestjs/common';

/** The tasks feature: filled in by its own commit. */
@Module({})
export class TasksModule {}
