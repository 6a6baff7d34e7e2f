import { createHash } from 'node:crypto';
import { HttpException, HttpStatus, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type IORedis from 'ioredis';
import { AppConfig } from '@app/config';
import { isFirstLock, LOGIN_LOCKOUT, lockSecondsAfter } from '@app/domain';
import { createRedisConnection } from '@app/queue';

const MESSAGES = {
  vi: (minutes: number) =>
    `Đăng nhập sai quá nhiều lần. Tài khoản tạm khóa, hãy thử lại sau ${minutes} phút. Nếu quên mật khẩu, hãy nhờ quản trị viên gửi liên kết đặt mật khẩu mới.`,
  en: (minutes: number) =>
    `Too many failed sign-ins. The account is locked for now: try again in ${minutes} minute(s). If you forgot the password, ask an administrator for a new set-password link.`,
};

/**
 * Failed sign-ins per account, in Redis so that every api replica sees them (the login abuse limit
 * counts per address; this counts per account, from any address). Keys hold a hash of the email,
 * never the email itself.
 */
@Injectable()
export class LoginAttempts implements OnApplicationShutdown {
  private readonly redis: IORedis;

  constructor(private readonly config: AppConfig) {
    this.redis = createRedisConnection(config.redis.url, { maxRetriesPerRequest: 1, lazyConnect: true });
  }

  /** 429 while the account is locked, before any password is checked. */
  async refuseIfLocked(email: string, language: 'vi' | 'en'): Promise<void> {
    const ttl = await this.redis.pttl(this.lockKey(email));
    if (ttl <= 0) return;
    const seconds = Math.ceil(ttl / 1000);
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'login_locked',
        retryAfterSeconds: seconds,
        message: MESSAGES[language](Math.max(1, Math.ceil(seconds / 60))),
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  /** Counts a failure; returns whether it is the one that first locks the account. */
  async failed(email: string): Promise<boolean> {
    const key = this.failuresKey(email);
    const [[, failures]] = (await this.redis
      .multi()
      .incr(key)
      .expire(key, LOGIN_LOCKOUT.forgetAfterSeconds)
      .exec()) as [[null, number], [null, number]];
    const lock = lockSecondsAfter(failures);
    if (lock > 0) await this.redis.set(this.lockKey(email), '1', 'EX', lock);
    return isFirstLock(failures);
  }

  async succeeded(email: string): Promise<void> {
    await this.redis.del(this.failuresKey(email), this.lockKey(email));
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  private failuresKey(email: string): string {
    return `${this.config.redis.prefix}:login:failures:${digest(email)}`;
  }

  private lockKey(email: string): string {
    return `${this.config.redis.prefix}:login:locked:${digest(email)}`;
  }
}

const digest = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
