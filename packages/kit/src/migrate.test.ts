import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, migrateDatabase, openDatabase, sqlMigration } from './database.js';
import { createLogger } from './logger.js';
import { ownerQuery, testDatabaseUrl } from './testing.js';

// A deployment migrates in a one-shot Job (`node dist/migrate.js`) and starts its replicas with
// DB_MIGRATE_ON_START=false: they must refuse a database the Job has not brought up to date.
const migrations = [
  sqlMigration('CreateNote1700000000001', 'CREATE TABLE note (id int PRIMARY KEY)', 'DROP TABLE note'),
  sqlMigration('SeedNote1700000000002', 'INSERT INTO note (id) VALUES (1)', 'DELETE FROM note'),
];
const url = testDatabaseUrl();
const schema = `test_migrate_${randomBytes(4).toString('hex')}`;
const logger = createLogger('kit_migrate', 'silent');
const open = () => openDatabase({ name: 'kit_migrate', url, schema, dataDir: '', entities: [], migrations, logger, migrate: false });

afterAll(() => dropSchema(url, schema));

describe('the separate migration step', () => {
  it('a replica that does not migrate refuses to start while migrations are pending, naming the command', async () => {
    await expect(open()).rejects.toThrow('数据库有未执行的迁移,请先运行迁移命令 (node dist/migrate.js)');
  });

  it('migrates once, then replicas start on the migrated schema, and a second run changes nothing', async () => {
    await migrateDatabase({ name: 'kit_migrate', url, schema, entities: [], migrations, logger });
    await migrateDatabase({ name: 'kit_migrate', url, schema, entities: [], migrations, logger });
    const replica = await open();
    try {
      expect(await replica.dataSource.query('SELECT id FROM note')).toEqual([{ id: 1 }]);
      // The migrations table is the owner's: the replicas' application role cannot read it.
      expect(await ownerQuery(url, schema, 'SELECT name FROM migrations ORDER BY id')).toEqual(migrations.map((m) => ({ name: m.name })));
    } finally {
      await replica.close();
    }
  });
});
