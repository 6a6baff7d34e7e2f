import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { CommuneKind } from '@app/domain';

/** Commune-level unit (xã / phường) with its official GSO code. */
@Entity({ name: 'communes' })
@Check('CHK_communes_population_positive', `"population" > 0`)
@Check('CHK_communes_population_year', `("population" IS NULL) = ("population_year" IS NULL)`)
export class CommuneEntity {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  kind: CommuneKind;

  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode: string;

  /** Inhabitants, as an admin set it from an official source; null until then (no figure is shipped). */
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  /** The year the population figure is for; set with it, cleared with it. */
  @Column({ name: 'population_year', type: 'smallint', nullable: true })
  populationYear: number | null;
}
