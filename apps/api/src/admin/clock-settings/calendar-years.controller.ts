import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, type StaffPrincipal } from '../../common/auth/auth.decorators';
import { CalendarYearsService } from './calendar-years.service';
import { CalendarYearDetailDto, CalendarYearDto, PutCalendarYearDto, YearParamDto } from './dto/calendar-year.dto';

// Due times are stored when a clock starts, so an edit never moves a running clock.
const APPLIES_TO_NEW_CLOCKS =
  'A change applies only to clocks started after it: the due times of running clocks are stored and do not move.';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/calendar/years')
export class CalendarYearsController {
  constructor(private readonly years: CalendarYearsService) {}

  @Get()
  @ApiOperation({ summary: 'Years with a table of days off, saved by an admin or shipped as official' })
  @ApiOkResponse({ type: [CalendarYearDto] })
  list(): Promise<CalendarYearDto[]> {
    return this.years.list();
  }

  @Get(':year')
  @ApiOperation({ summary: "The year's table in force: saved, else official, else computed from the Labour Code" })
  @ApiOkResponse({ type: CalendarYearDetailDto })
  get(@Param() { year }: YearParamDto): Promise<CalendarYearDetailDto> {
    return this.years.get(year);
  }

  @Put(':year')
  @ApiOperation({
    summary: "Saves the government's table of days off and swapped working days for a year",
    description: APPLIES_TO_NEW_CLOCKS,
  })
  @ApiOkResponse({ type: CalendarYearDto })
  save(
    @Param() { year }: YearParamDto,
    @Body() body: PutCalendarYearDto,
    @CurrentStaff() admin: StaffPrincipal,
  ): Promise<CalendarYearDto> {
    return this.years.save(year, body, admin.userId);
  }

  @Delete(':year')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Removes the saved table: the official or statutory one applies',
    description: APPLIES_TO_NEW_CLOCKS,
  })
  @ApiNoContentResponse()
  remove(@Param() { year }: YearParamDto): Promise<void> {
    return this.years.remove(year);
  }
}
