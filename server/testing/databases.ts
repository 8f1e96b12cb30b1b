import pg from 'pg';

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty database named `name` on the server at `adminUrl` (dropped first if it is there); its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(adminUrl, `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export const dropDatabase = (adminUrl: string, name: string) =>
  admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);

export const uniqueName = (what: string) => `verdict_${what}_${process.pid}_${Date.now().toString(36)}`;
