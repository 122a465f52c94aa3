import { EntityManager } from 'typeorm';

/**
 * A statement a service runs, kept as data in its feature's `*.sql.ts` beside the type of its rows: the
 * SQL of a feature reads in one place, and a benchmark can replay exactly what the service runs.
 */
export interface SqlStatement<Row = unknown> {
  text: string;
  values: unknown[];
  /** Never set: carries the row type from where the statement is written to where it runs. */
  readonly rows?: Row[];
}

export function sql<Row = never>(text: string, values: unknown[] = []): SqlStatement<Row> {
  return { text, values };
}

/** Runs a statement on the data source, or inside a transaction when given its EntityManager. */
export async function runSql<Row>(runner: Pick<EntityManager, 'query'>, statement: SqlStatement<Row>): Promise<Row[]> {
  const result: unknown[] = await runner.query(statement.text, statement.values);
  // TypeORM answers an UPDATE or DELETE with [rows, affected count] rather than the rows themselves.
  const updated = result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return (updated ? result[0] : result) as Row[];
}
