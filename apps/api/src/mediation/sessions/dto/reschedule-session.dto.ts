import { PartialType } from '@nestjs/swagger';
import { ScheduleSessionDto } from './schedule-session.dto';

/**
 * A new time, length, place or link (any of them). In person still needs a place and online a
 * link, once merged with what the session had.
 */
export class RescheduleSessionDto extends PartialType(ScheduleSessionDto) {}
