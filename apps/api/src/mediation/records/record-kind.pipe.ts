import { Injectable, PipeTransform } from '@nestjs/common';
import { isRecordKind, RECORD_KINDS, type RecordKind } from '@app/domain';
import { RequestValidationError } from '../../common/validation/validation.pipe';

/** The `{kind}` of a record route: one of RECORD_KINDS, else 400 like any other bad field. */
@Injectable()
export class RecordKindPipe implements PipeTransform<string, RecordKind> {
  transform(value: string): RecordKind {
    if (isRecordKind(value)) return value;
    throw new RequestValidationError([{ field: 'kind', constraints: [{ name: 'isIn', args: [RECORD_KINDS] }] }]);
  }
}
