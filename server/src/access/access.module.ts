import { Module } from '@nestjs/common';
import { ViewerResolver } from './viewer.resolver.js';

/** The permission table's answers to "what may I do?", for clients to show only what works. */
@Module({ providers: [ViewerResolver] })
export class AccessModule {}
