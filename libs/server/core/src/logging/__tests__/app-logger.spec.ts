import { Writable } from 'node:stream';
import { AppLogger, createRootLogger } from '../app-logger';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = new AppLogger(createRootLogger({ level: 'info', destination }));
  logger.configure('info', 'test-instance');
  return { logger, lines };
}

describe('AppLogger', () => {
  it('writes JSON records with level, time, msg, instance and the context Nest passes last', () => {
    const { logger, lines } = capture();
    logger.log('Panelist is ready', 'Panelist');
    expect(lines).toEqual([
      {
        level: 'info',
        time: expect.any(String),
        pid: process.pid,
        instance: 'test-instance',
        context: 'Panelist',
        msg: 'Panelist is ready',
      },
    ]);
  });

  it('keeps only the stack frames of an error, never its message', () => {
    const { logger, lines } = capture();
    const error = new TypeError('ada@example.com is not allowed');
    logger.error('createCandidate: TypeError', error.stack, 'GraphQL');
    logger.error(error);
    expect(lines.map(({ msg, context }) => ({ msg, context }))).toEqual([
      { msg: 'createCandidate: TypeError', context: 'GraphQL' },
      { msg: 'TypeError' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('ada@example.com');
    expect(lines[0].stack).toEqual(expect.arrayContaining([expect.stringMatching(/^at /)]));
  });

  it('writes nothing below the configured level', () => {
    const { logger, lines } = capture();
    logger.configure('warn', 'test-instance');
    logger.log('started');
    logger.debug('details');
    logger.warn('careful');
    expect(lines.map((line) => line.msg)).toEqual(['careful']);
  });
});
