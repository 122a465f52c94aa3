// The API tests' embedded PostgreSQL, in a process of its own. Loading the server library in Jest's main
// process (where global setup runs) would leak its global GraphQL and TypeORM metadata stores into every
// test file's sandbox, and the schema would be built from two copies of each class.
const { startEmbeddedDatabase } = require('@panelist/server-core');

startEmbeddedDatabase(process.argv[2]).then(
  (database) => {
    const stop = () => database.stop().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    // Jest gone without a teardown (a crash, Ctrl-C): the channel closes and PostgreSQL stops with it.
    process.once('disconnect', stop);
    process.send({ url: database.url });
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
