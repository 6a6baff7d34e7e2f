// Unit tests touch no process, network or database: jest's 5 s default stays as a strictness check.
jest.setTimeout(5_000);
