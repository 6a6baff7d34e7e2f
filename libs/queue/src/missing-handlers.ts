/** Raised at worker start-up when a job type of the catalogue has no handler. */
export class MissingJobHandlersError extends Error {
  constructor(readonly jobNames: string[]) {
    super(`No handler for job type(s): ${jobNames.join(', ')}`);
    this.name = 'MissingJobHandlersError';
  }
}

/** Every job type must have exactly one handler; extra handlers for unknown types are errors too. */
export function assertHandlersCoverCatalogue(catalogue: string[], handled: string[]): void {
  const missing = catalogue.filter((name) => !handled.includes(name));
  if (missing.length > 0) throw new MissingJobHandlersError(missing);
  const duplicates = handled.filter((name, index) => handled.indexOf(name) !== index);
  if (duplicates.length > 0) throw new Error(`More than one handler for job type(s): ${duplicates.join(', ')}`);
  const unknown = handled.filter((name) => !catalogue.includes(name));
  if (unknown.length > 0) throw new Error(`Handler(s) for job type(s) not in the catalogue: ${unknown.join(', ')}`);
}
