import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The working days of the Vietnamese calendar (the clocks' calendar: year tables saved by admins,
 * else the official or statutory ones), numbered in order. The working days in (a, b] are the
 * ordinal of the last working day on or before b minus that of a, so statistics count durations
 * in SQL with a join. Derived data: the api and the worker refill it (libs/statistics).
 */
@Entity({ name: 'working_days' })
export class WorkingDayEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer', unique: true })
  ordinal: number;
}
