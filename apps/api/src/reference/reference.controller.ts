import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth.decorators';
import { CallerLanguage } from '../common/validation/language.decorator';
import type { Language } from '../common/validation/messages';
import { CommuneDto, FormerDistrictDto, OrganisationDto, SectorDto } from './reference.dto';
import { ReferenceService } from './reference.service';

@ApiTags('reference')
@Public()
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('communes')
  @ApiOkResponse({ type: [CommuneDto], description: 'The 92 commune-level units of Thái Nguyên' })
  communes(): Promise<CommuneDto[]> {
    return this.reference.listCommunes();
  }

  @Get('former-districts')
  @ApiOkResponse({
    type: [FormerDistrictDto],
    description:
      'The districts abolished on 1 July 2025 and the communes their area now lies in, from the official old→new ' +
      'mappings: for finding a commune by the district people still name (“huyện Đại Từ”)',
  })
  formerDistricts(): FormerDistrictDto[] {
    return this.reference.listFormerDistricts();
  }

  @Get('sectors')
  @ApiOkResponse({ type: [SectorDto] })
  sectors(@CallerLanguage() language: Language): Promise<SectorDto[]> {
    return this.reference.listSectors(language);
  }

  @Get('organisations')
  @ApiOkResponse({ type: [OrganisationDto] })
  organisations(): Promise<OrganisationDto[]> {
    return this.reference.listOrganisations();
  }
}
