/** A statement and its positional parameters, as `pg` takes them. */
export interface Sql {
  text: string;
  values: unknown[];
}

/** Collects parameter values and hands out their `$n` placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
