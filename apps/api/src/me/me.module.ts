import { Module } from '@nestjs/common';
import { MyNotificationsController } from './my-notifications.controller';
import { MyNotificationsService } from './my-notifications.service';

/** What belongs to the signed-in staff member. */
@Module({ controllers: [MyNotificationsController], providers: [MyNotificationsService] })
export class MeModule {}
