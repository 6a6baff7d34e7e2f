import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@app/cases';
import { AppConfig } from '@app/config';
import { UserEntity } from '@app/persistence';
import { StaffAuthGuard } from '../common/auth/staff-auth.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginAttempts } from './login-attempts.service';
import { SessionCookies } from './session-cookies';
import { StaffTokens } from './staff-tokens.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity]),
    CasesModule,
    JwtModule.registerAsync({
      global: true,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwt.secret,
        signOptions: { expiresIn: config.jwt.ttlSeconds, issuer: 'consumer-complaints' },
        verifyOptions: { issuer: 'consumer-complaints' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginAttempts,
    StaffTokens,
    SessionCookies,
    { provide: APP_GUARD, useClass: StaffAuthGuard },
  ],
  // Other features hand out a fresh token too (a password change keeps its caller signed in).
  exports: [StaffTokens, SessionCookies],
})
export class AuthModule {}
