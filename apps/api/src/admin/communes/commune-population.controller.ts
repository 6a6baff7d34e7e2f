import { Body, Controller, Get, HttpCode, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../common/auth/auth.decorators';
import { CommunePopulationService } from './commune-population.service';
import {
  CommunePopulationDto,
  POPULATION_CSV_EXAMPLE,
  PopulationImportDto,
  PutCommunePopulationDto,
} from './dto/commune-population.dto';
import { POPULATION_CSV_FIELD, POPULATION_CSV_UPLOAD_LIMITS, PopulationCsv } from './population-csv';

const NO_FIGURE_SHIPPED =
  'No figure is shipped (the province has given none): a commune has no population until an admin sets it. ' +
  'The department’s statistics by commune divide by it (complaints received per 10,000 inhabitants).';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@ApiForbiddenResponse({ description: 'Admins only' })
@Controller('admin/communes')
export class CommunePopulationController {
  constructor(private readonly population: CommunePopulationService) {}

  @Get('population')
  @ApiOperation({ summary: 'The 92 communes with their population (null: not known)', description: NO_FIGURE_SHIPPED })
  @ApiOkResponse({ type: [CommunePopulationDto] })
  list(): Promise<CommunePopulationDto[]> {
    return this.population.list();
  }

  @Put(':code/population')
  @ApiOperation({
    summary: 'Sets (or, with population null, clears) one commune’s population and the year it is for',
    description: NO_FIGURE_SHIPPED,
  })
  @ApiParam({ name: 'code', example: '05443', description: 'GSO code of one of the 92 communes' })
  @ApiOkResponse({ type: CommunePopulationDto })
  @ApiBadRequestResponse({
    description:
      'Field messages (vi/en): population not a whole number from 1 to 5,000,000; year missing, or not from 2000 to ' +
      'the current year',
  })
  @ApiNotFoundResponse({ description: 'No commune of the province with this code' })
  set(@Param('code') code: string, @Body() body: PutCommunePopulationDto): Promise<CommunePopulationDto> {
    return this.population.set(code, body);
  }

  @Post('population/import')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor(POPULATION_CSV_FIELD, POPULATION_CSV_UPLOAD_LIMITS))
  @ApiOperation({
    summary: 'Imports the population of many communes from a CSV file, all or nothing',
    description:
      'The body is the CSV itself (Content-Type: text/csv) or a multipart form with the file in the field `file`. ' +
      'UTF-8 (a BOM is fine), the first line `code,population,year`, then one commune per line: its 5-digit GSO ' +
      'code, its inhabitants (a whole number, no separators), the year of the figure. Population and year both ' +
      'empty clear the commune’s figure; communes not in the file keep theirs. Any bad line refuses the whole file: ' +
      'the 400 lists each one as `lines.<line>.<column>` (the header is line 1), and nothing is stored. ' +
      NO_FIGURE_SHIPPED,
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', example: POPULATION_CSV_EXAMPLE },
        {
          type: 'object',
          required: [POPULATION_CSV_FIELD],
          properties: { [POPULATION_CSV_FIELD]: { type: 'string', format: 'binary' } },
        },
      ],
    },
  })
  @ApiOkResponse({ type: PopulationImportDto })
  @ApiBadRequestResponse({
    description:
      'Field messages (vi/en), each naming its line: `file` (no CSV sent, or no line of figures), `lines.1.header`, ' +
      '`lines.<n>` (not three columns), `lines.<n>.code` (not a commune of the province, or twice in the file), ' +
      '`lines.<n>.population`, `lines.<n>.year`. Nothing is stored',
  })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 64 KB' })
  import(@PopulationCsv() csv: string | undefined): Promise<PopulationImportDto> {
    return this.population.import(csv);
  }
}
