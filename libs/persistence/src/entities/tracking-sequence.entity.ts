import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last tracking number handed out per prefix and year; a row lock makes the sequence gapless. */
@Entity({ name: 'tracking_sequences' })
export class TrackingSequenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  prefix: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue: number;
}
