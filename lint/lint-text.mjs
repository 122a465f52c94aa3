// Lints source texts as if they stood at the given paths, with the repository's own ESLint config.
// Reads [{ filePath, code }] as JSON on stdin and prints, for each, the ids of the rules it breaks.
// A separate process because ESLint loads its flat config as an ES module, which Jest's CommonJS cannot.
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const eslint = new ESLint({ cwd: join(dirname(fileURLToPath(import.meta.url)), '..') });
let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const { filePath, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.map((message) => message.ruleId ?? message.message));
}
process.stdout.write(JSON.stringify(results));
