import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_DOCS, envSchema } from '@app/config';

const root = join(__dirname, '..', '..', '..');

describe('environment documentation', () => {
  const names = Object.keys(envSchema.shape);

  it('documents every variable the schema reads', () => {
    expect(Object.keys(ENV_DOCS).sort()).toEqual([...names].sort());
  });

  it.each(names)('%s is in the README and in .env.example', (name) => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`\`${name}\``);
    expect(readFileSync(join(root, '.env.example'), 'utf8')).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});
