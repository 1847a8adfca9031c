import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The rows of `query`, read through one server-side cursor in batches: an export of any size is one
 * statement (DECLARE) and a FETCH per batch, never a count and a query per page, and only a batch
 * is held in memory. The rows are raw (column aliases as selected) and come from one snapshot.
 */
export async function* cursorRows<R = Record<string, unknown>>(
  dataSource: DataSource,
  query: SelectQueryBuilder<ObjectLiteral>,
  batchSize = 1000,
): AsyncGenerator<R> {
  const [sql, parameters] = query.getQueryAndParameters();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    // Every row is read: plan for all of them, not for the first tenth as a cursor is by default;
    // and spend no time compiling the plan (JIT) for a statement that mostly waits on the file.
    await runner.query('SET LOCAL cursor_tuple_fraction = 1.0');
    await runner.query('SET LOCAL jit = off');
    await runner.query(`DECLARE rows_cursor NO SCROLL CURSOR FOR ${sql}`, parameters);
    for (;;) {
      const rows: R[] = await runner.query(`FETCH ${batchSize} FROM rows_cursor`);
      yield* rows;
      if (rows.length < batchSize) break;
    }
    await runner.commitTransaction();
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}
