import type { DataKeyring } from './field-cipher';

let installed: DataKeyring | null = null;

/**
 * Installs the keys the entity columns encrypt and decrypt with. TypeORM column transformers are
 * static, so every process does this once at start-up from its AppConfig (api and worker modules,
 * db:migrate, seed:demo, keys:rotate, the bench harness); the last call wins.
 */
export function installDataKeys(keyring: DataKeyring): void {
  installed = keyring;
}

/** The installed keys; a process that reads or writes an encrypted column without them fails loudly. */
export function dataKeys(): DataKeyring {
  if (installed === null) {
    throw new Error('Data encryption keys are not installed: call installDataKeys(config.dataEncryption) at start-up');
  }
  return installed;
}
