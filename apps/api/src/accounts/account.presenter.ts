import type { UserEntity } from '@app/persistence';
import type { AccountDto } from './dto/account.dto';

/** A password that verifies is an argon2 hash; null (or an old random placeholder) is none. */
export const hasPassword = (user: Pick<UserEntity, 'passwordHash'>): boolean =>
  user.passwordHash?.startsWith('$') ?? false;

export function toAccountDto(user: UserEntity, organisationName: string | null): AccountDto {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    organisationId: user.organisationId,
    organisationName,
    supervisor: user.isSupervisor,
    active: user.active,
    passwordSet: hasPassword(user),
    language: user.language,
    createdAt: user.createdAt,
  };
}
