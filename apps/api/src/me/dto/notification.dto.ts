import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageQuery, QueryBoolean } from '../../common/validation/query-params';

export class ListNotificationsQuery extends CursorPageQuery {
  @ApiPropertyOptional({ description: 'Only those not yet marked read' })
  @QueryBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String }) caseId: string | null;
  @ApiProperty({ nullable: true, type: String }) trackingCode: string | null;
  @ApiProperty({ example: 'deadline_breached_staff' }) template: string;
  @ApiProperty() subject: string;
  @ApiProperty({ nullable: true, type: String }) text: string | null;
  @ApiProperty({ enum: ['queued', 'sent', 'failed'], description: 'Of the email' }) status: string;
  @ApiProperty({ description: 'Sending attempts so far' }) attempts: number;
  @ApiProperty({ nullable: true, type: String, description: 'Error code of the last failed attempt' })
  lastError: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) sentAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) readAt: Date | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
  @ApiProperty({ description: 'Not yet read' }) unread: number;
}

/** An email about a case as staff see it: the address masked. */
export class CaseNotificationDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['consumer', 'business', 'staff', 'authority'] }) recipientKind: string;
  @ApiProperty({ example: 'a***@example.vn' }) recipient: string;
  @ApiProperty() template: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: ['queued', 'sent', 'failed'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) sentAt: Date | null;
}
