// Fails when src/gql/ is not what graphql-codegen makes from schema.graphql and the documents:
// regenerates into a temporary folder and compares file by file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const adminRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(adminRoot, 'src', 'gql');
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
    cwd: adminRoot,
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
    if (!actual.includes(file)) problems.push(`missing: src/gql/${file}`);
    else if (readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(committed, file), 'utf8')) problems.push(`stale: src/gql/${file}`);
  }
  for (const file of actual) if (!expected.includes(file)) problems.push(`not generated any more: src/gql/${file}`);
  if (problems.length > 0) {
    console.error(
      `codegen-check: apps/admin/src/gql/ is out of date with schema.graphql or the GraphQL documents.\n` +
        problems.map((problem) => `  - ${problem}`).join('\n') +
        `\nRun \`npx nx run @panelist/admin:codegen\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`codegen-check: src/gql/ is up to date (${expected.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
