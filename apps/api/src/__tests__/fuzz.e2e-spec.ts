import type { Organization } from './factories';
import { changeWatcher, columnsHoldingTextOf } from './support/fuzz/database-fingerprint';
import { Caller, describeCase, FuzzCase, fuzzCases, mustBeRefused, valueContext } from './support/fuzz/fuzz-cases';
import { fuzzTargets, requestFor } from './support/fuzz/fuzz-targets';
import { createFuzzWorld } from './support/fuzz/fuzz-world';
import { sendRaw } from './support/fuzz/raw-request';
import { answerProblems, isRefused, RawAnswer } from './support/fuzz/response-problems';
import { FuzzWorld, variablesWith } from './support/fuzz/valid-values';
import { liveSchema } from './support/operations';
import { startTestApp, TestApp } from './support/test-app';

/** Hostile values per slot of every operation: about 1,700 requests, within two minutes on a loaded 2-core machine. */
const CASES_PER_SLOT = Number(process.env.FUZZ_CASES_PER_SLOT ?? 6);

/** What the fuzz's own values look like in a log line: texts, addresses and SQL it sent. */
const OWN_INPUT_IN_LOGS = /Fuzz \d|fuzz\.[\w.]+@example\.test|DROP TABLE/;

/**
 * Every query and mutation of the live schema, called with arguments that are valid but for one slot, which
 * gets a hostile value: wrong types, null, left out, empty and 100,000-character strings, NUL and unpaired
 * surrogates, huge and negative numbers, malformed and wrong-kind ids, unknown enum values, SQL and tsquery
 * syntax, dates PostgreSQL or JavaScript cannot hold. Ids name real records of the right kind, so a value gets
 * as deep as it can. FUZZ_SEED replays a run.
 */
describe('fuzzing every operation of the live schema', () => {
  let api: TestApp;
  let org: Organization;
  let world: FuzzWorld;

  beforeAll(async () => {
    api = await startTestApp();
    ({ org, world } = await createFuzzWorld(api));
  });
  afterAll(() => api.close());

  const tokenOf = (caller: Caller): string | undefined => (caller === 'anonymous' ? undefined : org[caller].token);

  it('answers hostile arguments without a 500, internals, personal data in logs, or a change by a refused write', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const targets = fuzzTargets(await liveSchema(api));
    const cases = fuzzCases(targets, world, seed, CASES_PER_SLOT);
    const changesSinceLastLook = await changeWatcher(api);
    let acceptedWrites = 0;
    const failures = new Set<string>();
    const fail = (fuzzCase: FuzzCase, problem: string) => failures.add(`${describeCase(fuzzCase)}: ${problem}`);

    for (const fuzzCase of cases) {
      const { target, slot, value, caller, inline, salt } = fuzzCase;
      const variables = variablesWith(target.field.args, slot.path, value, valueContext(world, target.field.name, salt));
      let answer: RawAnswer;
      try {
        answer = await sendRaw(api.url, tokenOf(caller), requestFor(target, variables, inline));
      } catch (error) {
        fail(fuzzCase, `no answer: ${(error as Error).message}`);
        continue;
      }
      for (const problem of answerProblems(answer)) fail(fuzzCase, problem);
      if (mustBeRefused(fuzzCase) && !isRefused(answer)) fail(fuzzCase, 'accepted a value it must refuse');
      const changed = await changesSinceLastLook();
      if (isRefused(answer) && changed.length) fail(fuzzCase, `refused, yet changed ${changed.join(', ')}`);
      if (!isRefused(answer) && changed.length) acceptedWrites++;
    }

    expect({ seed, requests: cases.length, failures: [...failures] }).toEqual({ seed, requests: cases.length, failures: [] });
    // Some hostile values are harmless and their writes succeed: the watcher must have seen those.
    expect(acceptedWrites).toBeGreaterThan(0);
    expect(await columnsHoldingTextOf(api, 100_000)).toEqual([]);
    // The server's whole log: a line per request, and whatever went wrong.
    expect(
      api
        .log()
        .split('\n')
        .filter((line) => OWN_INPUT_IN_LOGS.test(line)),
    ).toEqual([]);
  }, 300_000);
});
