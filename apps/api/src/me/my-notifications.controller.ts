import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, StaffPrincipal } from '../common/auth/auth.decorators';
import { ListNotificationsQuery, NotificationPageDto } from './dto/notification.dto';
import { MyNotificationsService } from './my-notifications.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/notifications')
export class MyNotificationsController {
  constructor(private readonly notifications: MyNotificationsService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto, description: 'Newest first, with the state of each email' })
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListNotificationsQuery): Promise<NotificationPageDto> {
    return this.notifications.list(staff, query);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'Not one of the caller’s notifications' })
  markRead(@CurrentStaff() staff: StaffPrincipal, @Param('id') id: string): Promise<void> {
    return this.notifications.markRead(staff, id);
  }
}
