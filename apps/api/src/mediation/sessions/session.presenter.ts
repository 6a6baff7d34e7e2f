import { sessionEnd } from '@app/domain';
import type { MediationSessionEntity } from '@app/persistence';
import type { SessionDto } from './dto/session.dto';

/** A session as the caller may read it: with attendance and minutes only inside the Art 62.2 circle. */
export function toSessionDto(s: MediationSessionEntity, confidential: boolean): SessionDto {
  const dto: SessionDto = {
    id: s.id,
    mode: s.mode,
    place: s.place,
    onlineUrl: s.onlineUrl,
    startsAt: s.startsAt,
    endsAt: sessionEnd(s.startsAt, s.durationMinutes),
    durationMinutes: s.durationMinutes,
    status: s.status,
    sequence: s.icsSequence,
  };
  return confidential ? { ...dto, attendance: s.attendance, minutes: s.minutes } : dto;
}
