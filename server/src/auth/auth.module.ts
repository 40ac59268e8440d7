import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AuthRepository } from './auth.repository.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SignInLimiter } from './sign-in-limiter.js';

@Module({
  imports: [UsersModule],
  providers: [AuthRepository, AuthService, AuthResolver, SignInLimiter],
  exports: [AuthService, AuthRepository],
})
export class AuthModule {}
