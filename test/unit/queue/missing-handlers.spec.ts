import { assertHandlersCoverCatalogue, JOB_CATALOGUE, MissingJobHandlersError } from '@app/queue';

describe(assertHandlersCoverCatalogue.name, () => {
  it('passes when every job type has one handler', () => {
    expect(() => assertHandlersCoverCatalogue(Object.keys(JOB_CATALOGUE), Object.keys(JOB_CATALOGUE))).not.toThrow();
  });

  it('names each job type without a handler', () => {
    const run = () => assertHandlersCoverCatalogue(['mail.send', 'deadline.fire', 'report.build'], ['mail.send']);
    expect(run).toThrow(MissingJobHandlersError);
    expect(run).toThrow('No handler for job type(s): deadline.fire, report.build');
  });

  it('refuses two handlers for one job type and a handler for an unknown type', () => {
    expect(() => assertHandlersCoverCatalogue(['mail.send'], ['mail.send', 'mail.send'])).toThrow(/More than one/);
    expect(() => assertHandlersCoverCatalogue(['mail.send'], ['mail.send', 'mail.bounce'])).toThrow(
      /not in the catalogue/,
    );
  });
});
