import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CommuneKind } from '@app/domain';

/** Commune-level unit (xã / phường) with its official GSO code. */
@Entity({ name: 'communes' })
export class CommuneEntity {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  kind: CommuneKind;

  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode: string;
}
