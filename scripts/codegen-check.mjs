// Fails when a project's generated GraphQL documents are not what graphql-codegen makes from the schema
// and the project's documents: regenerates into a temporary folder and compares file by file.
// Run in the project's folder (beside its codegen.ts) with the committed output folder as the argument:
//   node ../../scripts/codegen-check.mjs src/gql
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const projectRoot = process.cwd();
const generated = process.argv[2];
if (!generated) {
  console.error('codegen-check: name the committed output folder, e.g. `node ../../scripts/codegen-check.mjs src/gql`');
  process.exit(2);
}
const committed = join(projectRoot, generated);
const shown = relative(join(projectRoot, '..', '..'), committed);
const fresh = mkdtempSync(join(tmpdir(), 'panelist-codegen-'));

function listFiles(root, folder = root) {
  let files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files = files.concat(listFiles(root, path));
    else files.push(relative(root, path));
  }
  return files.sort();
}

try {
  const run = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: projectRoot,
    env: { ...process.env, CODEGEN_OUT: `${fresh}/` },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(`codegen-check: graphql-codegen failed:\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  const expected = listFiles(fresh);
  let actual = [];
  try {
    actual = listFiles(committed);
  } catch {
    // A missing folder is reported below as every file missing.
  }
  const problems = [];
  for (const file of expected) {
    if (!actual.includes(file)) problems.push(`missing: ${shown}/${file}`);
    else if (readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(committed, file), 'utf8'))
      problems.push(`stale: ${shown}/${file}`);
  }
  for (const file of actual) if (!expected.includes(file)) problems.push(`not generated any more: ${shown}/${file}`);
  if (problems.length > 0) {
    console.error(
      `codegen-check: ${shown}/ is out of date with the schema or the GraphQL documents.\n` +
        problems.map((problem) => `  - ${problem}`).join('\n') +
        `\nRun \`npm run codegen\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`codegen-check: ${shown}/ is up to date (${expected.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
