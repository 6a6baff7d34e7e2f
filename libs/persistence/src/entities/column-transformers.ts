import { ValueTransformer } from 'typeorm';

/** Amounts in VND are bigint in Postgres (returned as strings by pg) and safe integers in JS. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
