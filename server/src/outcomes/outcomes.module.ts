import { Module } from '@nestjs/common';

/** The outcomes feature: filled in by its own commit. */
@Module({})
export class OutcomesModule {}
