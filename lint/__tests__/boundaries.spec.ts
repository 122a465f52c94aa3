import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Case {
  name: string;
  filePath: string;
  code: string;
  breaks: boolean;
}

// Each case is a file that would stand at `filePath`; the code uses what it imports so no other rule fires.
const CASES: Case[] = [
  {
    name: 'a lower server feature imports a higher one',
    filePath: 'libs/server/core/src/probe.ts',
    code: "import { PipelineModule } from '@panelist/server-pipeline';\nexport const probe = PipelineModule;\n",
    breaks: true,
  },
  {
    name: "a server feature reaches into another feature's files",
    filePath: 'libs/server/pipeline/src/probe.ts',
    code: "import { Stage } from '../../loops/src/stage.entity';\nexport const probe = Stage;\n",
    breaks: true,
  },
  {
    name: "a server feature imports a lower feature's package entry",
    filePath: 'libs/server/pipeline/src/probe.ts',
    code: "import { LoopsModule } from '@panelist/server-loops';\nexport const probe = LoopsModule;\n",
    breaks: false,
  },
  {
    name: 'a pure lib imports Nest',
    filePath: 'libs/bank-markdown/src/probe.ts',
    code: "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
    breaks: true,
  },
  {
    name: 'a pure lib imports a server feature',
    filePath: 'libs/loop-proposal/src/probe.ts',
    code: "import { CoreModule } from '@panelist/server-core';\nexport const probe = CoreModule;\n",
    breaks: true,
  },
  {
    name: 'a lib imports an app',
    filePath: 'libs/server/core/src/probe.ts',
    code: "import { createApp } from '../../../../apps/api/src/app';\nexport const probe = createApp;\n",
    breaks: true,
  },
  {
    name: 'the admin imports server code',
    filePath: 'apps/admin/src/ui/probe.ts',
    code: "import { Role } from '@panelist/server-core';\nexport const probe = Role;\n",
    breaks: true,
  },
  {
    name: "an admin module reaches into another module's internals",
    filePath: 'apps/admin/src/modules/pipeline/components/probe.tsx',
    code: "import { QuestionEditor } from '../../bank/components/question-editor';\nexport const probe = QuestionEditor;\n",
    breaks: true,
  },
  {
    name: 'an admin module uses a shared widget from ui/',
    filePath: 'apps/admin/src/modules/pipeline/components/probe.tsx',
    code: "import { Dialog } from '../../../ui/dialog';\nexport const probe = Dialog;\n",
    breaks: false,
  },
];

function lint(cases: Case[]): string[][] {
  const output = execFileSync(process.execPath, [join(__dirname, '..', 'lint-text.mjs')], {
    input: JSON.stringify(cases.map(({ filePath, code }) => ({ filePath, code }))),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}

describe('module boundaries (eslint-plugin-boundaries over the layers of DESIGN.md)', () => {
  const results = lint(CASES);

  it.each(CASES.map((testCase, index) => [testCase.name, testCase, index] as const))('%s', (_name, testCase, index) => {
    const rules = results[index];
    if (testCase.breaks) expect(rules).toContain('boundaries/dependencies');
    else expect(rules).toEqual([]);
  });
});
