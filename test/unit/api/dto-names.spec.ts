import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Swagger names a schema after its class: two DTO classes of one name become one schema in the
// OpenAPI document, and one of the two endpoints is documented with the other's fields (it warned
// "Duplicate DTO detected" at start-up for SessionDto and DeclineMediationDto).

const API = join(__dirname, '../../../apps/api/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the api’s DTO classes', () => {
  it('each have a name of their own', () => {
    const places = new Map<string, string[]>();
    for (const file of sourceFiles(API)) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/^export (?:abstract )?class (\w+)/gm)) {
        places.set(name, [...(places.get(name) ?? []), relative(API, file)]);
      }
    }
    const dtos = [...places].filter(([name]) => name.endsWith('Dto'));
    expect(dtos.length).toBeGreaterThan(50);
    expect(dtos.filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
