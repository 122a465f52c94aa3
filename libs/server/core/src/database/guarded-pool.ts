import pg from 'pg';
import { DatabaseHealth } from './database-health';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-unavailable';

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, release: (release?: unknown) => void) => void;

/**
 * The `pg` module as TypeORM loads it (DataSourceOptions.driver), with a pool that follows the database's
 * health: while the database is known to be away it refuses at once instead of waiting for the connect
 * timeout; when the database is found away it drops every connection it holds, so a request waiting on a
 * stalled server answers now; and a connection that fails asks for a health check at once.
 */
export function guardedPgDriver(health: DatabaseHealth): typeof pg {
  class GuardedPool extends pg.Pool {
    private readonly clients = new Set<pg.PoolClient>();

    constructor(config?: pg.PoolConfig) {
      super(config);
      this.on('connect', (client) => {
        this.clients.add(client);
        client.on('error', () => health.suspect());
      });
      this.on('remove', (client) => this.clients.delete(client));
      health.whenDown(() => this.dropConnections());
    }

    override connect(): Promise<pg.PoolClient>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
      if (!callback) return new Promise((resolve, reject) => this.connect((error, client) => (error ? reject(error) : resolve(client!))));
      if (!health.isAvailable()) {
        process.nextTick(() => callback(new DatabaseUnavailableError(), undefined, () => undefined));
        return;
      }
      super.connect((error, client, release) => {
        if (error && isDatabaseUnavailable(error)) health.suspect();
        callback(error, client, release);
      });
    }

    /** Ending the socket fails its query at once; the pool then removes the client, and TypeORM releases it. */
    private dropConnections(): void {
      for (const client of this.clients) client.connection.stream.destroy();
    }
  }
  return { ...pg, Pool: GuardedPool };
}
