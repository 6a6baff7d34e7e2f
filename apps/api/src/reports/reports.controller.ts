import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '../common/auth/auth.decorators';
import { CallerLanguage } from '../common/validation/language.decorator';
import type { Language } from '../common/validation/messages';
import { AnnualReportRequestDto, ReportAcceptedDto } from './dto/annual-report-request.dto';
import { ReportFileQuery } from './dto/report-file.query';
import { ReportStatusDto } from './dto/report-status.dto';
import { ReportsService } from './reports.service';

// The annual report is the province's (Plan 126/KH-UBND: the department compiles it): the
// department's analysts and the admins, who see every unit. Officers and the association report
// their own figures through GET /statistics and its export.
@ApiTags('reports')
@ApiBearerAuth()
@Roles('analyst', 'admin')
@ApiForbiddenResponse({ description: 'Only analysts and admins (province-wide figures)' })
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('annual')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ReportAcceptedDto, description: 'Queued for the worker' })
  @ApiBadRequestResponse({ description: 'A year that is not a whole number from 2024 to 2100' })
  requestAnnual(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: AnnualReportRequestDto,
  ): Promise<ReportAcceptedDto> {
    return this.reports.requestAnnual(staff, body.year);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: ReportStatusDto })
  @ApiNotFoundResponse({ description: 'No such report' })
  status(@Param('id') id: string): Promise<ReportStatusDto> {
    return this.reports.status(id);
  }

  @Get(':id/file')
  @Header('Cache-Control', 'no-store')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/json',
  )
  @ApiOkResponse({ description: 'The report as XLSX (a sheet per section) or PDF (Vietnamese, embedded fonts)' })
  @ApiConflictResponse({ description: 'Not done yet (queued, running) or failed' })
  @ApiNotFoundResponse({ description: 'No such report' })
  file(
    @Param('id') id: string,
    @Query() query: ReportFileQuery,
    @CallerLanguage() language: Language,
  ): Promise<StreamableFile> {
    return this.reports.file(id, query.format, language);
  }
}
