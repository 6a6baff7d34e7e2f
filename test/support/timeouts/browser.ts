// Browser tests start the api, the worker, an SMTP sink and a real chromium, and drive whole pages
// (axe runs take seconds each on a slow machine): they get minutes, not jest's 5 s default.
jest.setTimeout(180_000);
