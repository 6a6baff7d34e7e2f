import { ValidateBy, ValidationOptions } from 'class-validator';
import { isInstant } from '../../mediation/sessions/dto/session-validators';

export { IsInstant } from '../../mediation/sessions/dto/session-validators';

/** Not later than now (e.g. when a complaint was received). Malformed instants are left to IsInstant. */
export const NotAfterNow = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'notAfterNow', validator: { validate: (v) => !isInstant(v) || new Date(v).getTime() <= Date.now() } },
    options,
  );
