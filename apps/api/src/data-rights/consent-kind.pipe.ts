import { Injectable, PipeTransform } from '@nestjs/common';
import { CONSENT_KINDS, type ConsentKind } from '@app/domain';
import { fieldErrors } from '../complaints/field-errors';

/** The `:consent` of the path: one of the consents, else a 400 on the field. */
@Injectable()
export class ConsentKindPipe implements PipeTransform<string, ConsentKind> {
  transform(value: string): ConsentKind {
    if (!(CONSENT_KINDS as readonly string[]).includes(value))
      throw fieldErrors([{ field: 'consent', rule: 'isEnum' }]);
    return value as ConsentKind;
  }
}
