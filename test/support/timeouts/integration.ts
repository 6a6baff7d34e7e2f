// Integration tests talk to the real PostgreSQL and Redis: generous enough for a machine several
// times slower than a developer's (CI on shared CPUs). Jest ignores `testTimeout` inside
// `projects`, so each tier sets its own here.
jest.setTimeout(60_000);
