import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_KINDS } from '@app/domain';

export class CommuneDto {
  @ApiProperty({ example: '05443' })
  code: string;

  @ApiProperty({ example: 'Phường Phan Đình Phùng' })
  name: string;

  @ApiProperty({ enum: ['xa', 'phuong'] })
  kind: 'xa' | 'phuong';
}

export class FormerDistrictDto {
  @ApiProperty({
    example: 'Huyện Đại Từ',
    description: 'A district abolished on 1 July 2025 (Resolution 202/2025/QH15)',
  })
  name: string;

  @ApiProperty({
    example: 'Tỉnh Thái Nguyên',
    description: 'The province it belonged to (Bắc Kạn merged into Thái Nguyên)',
  })
  province: string;

  @ApiProperty({
    type: [String],
    example: ['01234', '05620'],
    description: 'The codes of today’s communes that took in (part of) its area: a commune may be under two districts',
  })
  communeCodes: string[];
}

export class SectorDto {
  @ApiProperty({ example: 'ecommerce' })
  code: string;

  @ApiProperty({
    example: 'Thương mại điện tử',
    description: 'In the language asked for by Accept-Language (vi default)',
  })
  name: string;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sở Công Thương tỉnh Thái Nguyên' })
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  kind: string;
}
