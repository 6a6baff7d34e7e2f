// End-to-end tests start the api, the worker and an SMTP sink, and some send hundreds of requests:
// they get minutes, not jest's 5 s default (ignored by jest when set as `testTimeout` in `projects`).
// A spec that waits on something longer (a killed worker's stalled jobs) sets its own, above this.
jest.setTimeout(120_000);
