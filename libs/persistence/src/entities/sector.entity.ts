import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'sectors' })
export class SectorEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'name_vi', type: 'varchar', length: 200 })
  nameVi: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ name: 'sort_order', type: 'smallint' })
  sortOrder: number;
}
