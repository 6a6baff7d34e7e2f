import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MyNotificationsController } from './my-notifications.controller';
import { MyNotificationsService } from './my-notifications.service';
import { MyPasswordController } from './my-password.controller';
import { MyPasswordService } from './my-password.service';

/** What belongs to the signed-in staff member. */
@Module({
  imports: [AuthModule],
  controllers: [MyNotificationsController, MyPasswordController],
  providers: [MyNotificationsService, MyPasswordService],
})
export class MeModule {}
