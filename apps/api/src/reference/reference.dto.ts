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
