import { applyDecorators } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PlainText } from '../../../complaints/dto/field-validators';

// Bounds of what staff write into an action: the body ends up in the append-only timeline.
/** Notes, reasons and questions. */
export const NOTE_MAX = 2000;
/** Longer free text: an advice summary, an agreement, the content of a mediation record. */
export const TEXT_MAX = 5000;
/** A person's or an organisation's name. */
export const NAME_MAX = 200;
/** A place or an address. */
export const PLACE_MAX = 500;
/** An id the server looks up itself, and answers 422 naming the field when it finds nothing. */
export const REFERENCE_MAX = 100;
/** Whole VND, as on the business's proposals. */
export const AMOUNT_MAX_VND = 1_000_000_000_000;

/**
 * Optional in shape: a missing or blank value is the domain rule's to refuse (422 naming the rule),
 * a wrong type or an over-long text is refused here (400).
 */
export const OptionalText = (max: number) => applyDecorators(IsOptional(), IsString(), MaxLength(max), PlainText());

/** A whole, non-negative amount in VND. */
export const OptionalAmountVnd = () => applyDecorators(IsOptional(), IsInt(), Min(0), Max(AMOUNT_MAX_VND));
