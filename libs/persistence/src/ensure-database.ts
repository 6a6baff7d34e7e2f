import { Client } from 'pg';

/** Creates the database named in the URL when it does not exist yet (needs CREATEDB on the server). */
export async function ensureDatabase(databaseUrl: string): Promise<{ created: boolean }> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return { created: false };
    // Identifiers cannot be parameters; quote it as Postgres does.
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return { created: true };
  } catch (error) {
    // Two processes racing to create the same database: the loser finds it there.
    if ((error as { code?: string }).code === '42P04') return { created: false };
    throw error;
  } finally {
    await client.end();
  }
}
