import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The api is started by `npm run start:api`, by the Docker image's CMD, and by the benches (which
// read the start script): all three must give node the same options (the api's heap cap, README
// "Benchmarks"), or the figures in bench/RESULTS.md would describe another process than the one deployed.

const ROOT = join(__dirname, '../../..');
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** The words of a start command between `node` and the entrypoint. */
function nodeOptions(words: string[]): string[] {
  const entry = words.findIndex((word) => word.startsWith('dist/'));
  expect(words[0]).toBe('node');
  expect(entry).toBeGreaterThan(0);
  return words.slice(1, entry);
}

describe('how the api and the worker are started', () => {
  it('gives the api a heap cap, the same in package.json and in the Docker image', () => {
    const script = nodeOptions(scripts['start:api'].split(/\s+/));
    const dockerfile = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]') as string[];
    expect(script).toEqual([expect.stringMatching(/^--max-old-space-size=\d+$/)]);
    expect(nodeOptions(cmd)).toEqual(script);
    expect(cmd.at(-1)).toBe('dist/apps/api/src/main.js');
  });

  it('starts the worker in compose as package.json does', () => {
    const compose = readFileSync(join(ROOT, 'docker/compose.yaml'), 'utf8');
    const command = JSON.parse(
      /command: (\["node", "dist\/apps\/worker[^\]]*\])/.exec(compose)?.[1] ?? '[]',
    ) as string[];
    expect(command.join(' ')).toBe(scripts['start:worker']);
  });
});
