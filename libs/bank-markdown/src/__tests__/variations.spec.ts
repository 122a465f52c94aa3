import { type ParsedBank, normalizeTitle, parseQuestionBank } from '..';

/** One string per line, so line numbers in assertions are the array index + 1. */
const md = (...lines: string[]) => lines.join('\n');
const titles = (bank: ParsedBank) => bank.categories.map((category) => category.questions.map((q) => q.title));
const only = (bank: ParsedBank) => {
  expect(bank.categories).toHaveLength(1);
  expect(bank.categories[0].questions).toHaveLength(1);
  return bank.categories[0].questions[0];
};

describe('headings', () => {
  it('reads categories and questions with or without bold', () => {
    const bank = parseQuestionBank(
      md(
        '## **Bold Category**',
        '### **1. Bold question?**',
        '### 2. **Bold title only**',
        '### **3.** Bold number only',
        '## Plain Category',
        '### 4. Plain question',
        '## __Underscored__',
        '### __Q5: Underscored question__',
      ),
    );
    expect(bank.categories.map((category) => category.name)).toEqual(['Bold Category', 'Plain Category', 'Underscored']);
    expect(titles(bank)).toEqual([['Bold question?', 'Bold title only', 'Bold number only'], ['Plain question'], ['Underscored question']]);
    expect(bank.skipped).toEqual([]);
  });

  it.each([
    ['1. Title', 'CONCEPT'],
    ['1) Title', 'CONCEPT'],
    ['12. Title', 'CONCEPT'],
    ['Q1: Title', 'CONCEPT'],
    ['Q1. Title', 'CONCEPT'],
    ['Q 7) Title', 'CONCEPT'],
    ['Question 1: Title', 'CONCEPT'],
    ['Question 3. Title', 'CONCEPT'],
    ['1 - Title', 'CONCEPT'],
    ['Scenario 1: Title', 'SCENARIO'],
    ['Scenario: Title', 'SCENARIO'],
    ['scenario 2 — Title', 'SCENARIO'],
    ['Topic: Title', 'TOPIC'],
    ['Title', 'CONCEPT'],
  ])('strips the numbering of "### %s" (%s)', (heading, kind) => {
    const question = only(parseQuestionBank(md('## C', `### ${heading}`)));
    expect(question).toMatchObject({ title: 'Title', kind });
  });

  it('keeps titles that merely start with a number or the word Scenario', () => {
    const bank = parseQuestionBank(md('## C', '### 3.5 release notes', '### Scenario-based testing', '### 2021 trends'));
    expect(titles(bank)).toEqual([['3.5 release notes', 'Scenario-based testing', '2021 trends']]);
  });

  it('removes only one numbering prefix', () => {
    expect(only(parseQuestionBank(md('## C', '### 4. 1) Not numbering')))).toMatchObject({
      title: '1) Not numbering',
      kind: 'CONCEPT',
    });
  });

  it('drops closing hashes but keeps C#', () => {
    const bank = parseQuestionBank(md('# Bank #', '## Languages ##', '### 1. Why C#?', '### 2. Closing ###'));
    expect(bank.title).toBe('Bank');
    expect(bank.categories[0].name).toBe('Languages');
    expect(titles(bank)).toEqual([['Why C#?', 'Closing']]);
  });

  it('reads "# sections / ## questions" one level up', () => {
    const bank = parseQuestionBank(
      md(
        '# Data',
        'About data.',
        '## 1. What is a feature store?',
        '- Define it',
        '## Lineage',
        '- Audit trails',
        '# Serving',
        '## 2) Canary or blue-green?',
        '- Compare them',
      ),
    );
    expect(bank.title).toBeUndefined();
    expect(bank.categories.map((category) => [category.name, category.description])).toEqual([
      ['Data', 'About data.'],
      ['Serving', ''],
    ]);
    expect(titles(bank)).toEqual([['What is a feature store?', 'Lineage'], ['Canary or blue-green?']]);
    expect(bank.categories[0].questions[1].talkingPoints).toEqual(['Audit trails']);
    expect(bank.skipped).toEqual([]);
  });

  it('takes a leading "#" as the title in the shifted layout when a "#" section follows it', () => {
    const bank = parseQuestionBank(md('# My Bank', '# Data', '## 1. Question?', '- point'));
    expect(bank.title).toBe('My Bank');
    expect(bank.categories.map((category) => category.name)).toEqual(['Data']);
  });

  it('keeps the standard layout for "# title / ## categories" with topic bullets only', () => {
    const bank = parseQuestionBank(md('# Bank', '## Tools', '- **Monitoring**: Prometheus, Grafana'));
    expect(bank.title).toBe('Bank');
    expect(bank.categories[0]).toMatchObject({ name: 'Tools', questions: [{ title: 'Monitoring', kind: 'TOPIC' }] });
  });
});

describe('bullets', () => {
  it.each(['-', '*', '+', '1.', '2)'])('reads "%s" bullets as talking points', (marker) => {
    const question = only(parseQuestionBank(md('## C', '### 1. Q', `${marker} first`, `${marker} second`)));
    expect(question.talkingPoints).toEqual(['first', 'second']);
  });

  it('mixes bullet markers in one list', () => {
    const question = only(parseQuestionBank(md('## C', '### 1. Q', '- a', '* b', '+ c')));
    expect(question.talkingPoints).toEqual(['a', 'b', 'c']);
  });

  it('appends nested bullets to their parent talking point as "parent — child; child"', () => {
    const question = only(
      parseQuestionBank(
        md(
          '## C',
          '### 1. Q',
          '- Mention tools:',
          '  - Feast',
          '  - Tecton',
          '    - deeper detail',
          '- Explain trade-offs',
          '\t- tab-indented child',
          '- Standalone',
        ),
      ),
    );
    expect(question.talkingPoints).toEqual([
      'Mention tools — Feast; Tecton; deeper detail',
      'Explain trade-offs — tab-indented child',
      'Standalone',
    ]);
  });

  it('uses the first nested level under a topic bullet as its talking points', () => {
    const bank = parseQuestionBank(
      md(
        '## Topics',
        '- **Streaming**: Kafka, Flink',
        '  - Exactly-once semantics',
        '    - idempotent producers',
        '  - Back-pressure',
        '- **Batch:** Spark',
      ),
    );
    expect(bank.categories[0].questions).toEqual([
      expect.objectContaining({
        title: 'Streaming',
        prompt: 'Kafka, Flink',
        kind: 'TOPIC',
        tags: ['Kafka', 'Flink'],
        talkingPoints: ['Exactly-once semantics — idempotent producers', 'Back-pressure'],
        line: 2,
      }),
      expect.objectContaining({ title: 'Batch', prompt: 'Spark', talkingPoints: [], line: 6 }),
    ]);
  });

  it('continues a talking point on wrapped and indented lines', () => {
    const question = only(
      parseQuestionBank(md('## C', '### 1. Q', '- a long point', 'wrapped here', '- next', '', '  indented paragraph')),
    );
    expect(question.talkingPoints).toEqual(['a long point wrapped here', 'next indented paragraph']);
  });

  it('treats bold-named bullets inside a question as talking points', () => {
    const question = only(parseQuestionBank(md('## C', '### 1. Q', '- **Latency**: measure p99')));
    expect(question.talkingPoints).toEqual(['**Latency**: measure p99']);
  });
});

describe('line endings and whitespace', () => {
  const lf = md('# Bank', '', '## C', 'Description', '', '### 1. Q', '- a', '- b', '', '### Scenario 1: S', '**Question:** Why?');

  it('parses CRLF exactly like LF, with the same line numbers', () => {
    expect(parseQuestionBank(lf.replace(/\n/g, '\r\n'))).toEqual(parseQuestionBank(lf));
    expect(parseQuestionBank(`${lf.replace(/\n/g, '\r\n')}\r\n- stray`)).toEqual(parseQuestionBank(`${lf}\n- stray`));
  });

  it('parses old Mac CR line endings and a byte-order mark', () => {
    expect(parseQuestionBank(`\uFEFF${lf.replace(/\n/g, '\r')}`)).toEqual(parseQuestionBank(lf));
  });

  it('collapses whitespace in titles and talking points', () => {
    const question = only(parseQuestionBank(md('##   C  ', '###   1.   Spaced    out  ', '-    point   text  ')));
    expect(question).toMatchObject({ title: 'Spaced out', talkingPoints: ['point text'] });
  });
});

describe('descriptions, prompts and text outside questions', () => {
  it('uses paragraphs right under a category heading as its description', () => {
    const bank = parseQuestionBank(
      md('## Data', 'Covers storage', 'and versioning.', '', 'Second paragraph.', '', '### 1. Q', '## Empty', '### 2. R'),
    );
    expect(bank.categories.map((category) => category.description)).toEqual(['Covers storage and versioning.\n\nSecond paragraph.', '']);
  });

  it('reads a plain paragraph under a question heading as its prompt', () => {
    const question = only(
      parseQuestionBank(md('## C', '### 1. Feature stores', 'Explain what a feature store is', 'and when you need one.', '- point')),
    );
    expect(question).toMatchObject({
      title: 'Feature stores',
      prompt: 'Explain what a feature store is and when you need one.',
      talkingPoints: ['point'],
    });
  });

  it('accepts Question labels in several spellings, with context paragraphs before them', () => {
    const bank = parseQuestionBank(
      md(
        '## C',
        '### Scenario 1: A',
        'Context first.',
        '',
        '**Question:** What now?',
        '### Scenario 2: B',
        '**Question**: Bold outside.',
        '### Scenario 3: C',
        'Question: No bold.',
        '### Scenario 4: D',
        '**Question:**',
        'On the next line.',
      ),
    );
    expect(bank.categories[0].questions.map((question) => question.prompt)).toEqual([
      'Context first.\n\nWhat now?',
      'Bold outside.',
      'No bold.',
      'On the next line.',
    ]);
  });

  it('reports text it cannot place, with 1-based line numbers', () => {
    const bank = parseQuestionBank(
      md(
        'Intro before the title.', // 1
        '# Bank', // 2
        '*An italic subtitle is a note.*', // 3
        'Prose before any category.', // 4
        '- bullet before any category', // 5
        '### 1. Question before any category', // 6
        '- its talking point', // 7
        '## C', // 8
        '- bullet under a category but not a question', // 9
        '### 2. Real', // 10
        '- point', // 11
        '', // 12
        'A paragraph after the talking points.', // 13
        '_an italic aside inside the question_', // 14
        '---', // 15
        'Text outside any question.', // 16
        '*A closing remark in italics.*', // 17
      ),
    );
    expect(bank.title).toBe('Bank');
    expect(titles(bank)).toEqual([['Real']]);
    expect(bank.skipped).toEqual([
      { line: 1, reason: expect.stringContaining('before the first category') },
      { line: 4, reason: expect.stringContaining('before the first category') },
      { line: 5, reason: expect.stringContaining('outside any category') },
      { line: 6, reason: expect.stringContaining('outside any category') },
      { line: 9, reason: expect.stringContaining('not under any question') },
      { line: 13, reason: expect.stringContaining('not part of the question') },
      { line: 14, reason: expect.stringContaining('italic') },
      { line: 16, reason: expect.stringContaining('outside any question') },
    ]);
  });

  it('does not report empty lines, rules, the title, or HTML comments', () => {
    const bank = parseQuestionBank(md('# T', '', '***', '<!-- generated -->', '## C', '', '- - -', '### 1. Q', '___'));
    expect(bank.skipped).toEqual([]);
    expect(titles(bank)).toEqual([['Q']]);
  });

  it('reports headings outside the structure', () => {
    const bank = parseQuestionBank(md('# T', '## C', '### 1. Q', '#### Follow-ups', '- follow-up point', '# Appendix', 'text'));
    expect(bank.categories[0].questions[0].talkingPoints).toEqual(['follow-up point']);
    expect(bank.skipped.map((skip) => skip.line)).toEqual([4, 6, 7]);
  });
});

describe('duplicates', () => {
  it('keeps the first question with a title and reports later ones in the same category', () => {
    const bank = parseQuestionBank(
      md(
        '## C', // 1
        '### 1. What is drift?', // 2
        '- first', // 3
        '### 2. what is  DRIFT?', // 4
        '- second', // 5
        '- **Not a topic**: inside the duplicate', // 6
        '### 3. Other', // 7
        '## D', // 8
        '### 1. What is drift?', // 9
      ),
    );
    expect(titles(bank)).toEqual([['What is drift?', 'Other'], ['What is drift?']]);
    expect(bank.categories[0].questions[0].talkingPoints).toEqual(['first']);
    expect(bank.skipped).toEqual([{ line: 4, reason: expect.stringMatching(/duplicate.*line 2/) }]);
  });

  it('reports duplicate topic bullets and ignores their nested bullets', () => {
    const bank = parseQuestionBank(md('## T', '- **Kafka**: streams', '- **kafka**: again', '  - nested', '- **Flink**: more'));
    expect(titles(bank)).toEqual([['Kafka', 'Flink']]);
    expect(bank.skipped).toEqual([{ line: 3, reason: expect.stringContaining('duplicate') }]);
  });

  it('merges a repeated category heading into the first one', () => {
    const bank = parseQuestionBank(md('## C', '### 1. A', '## Other', '### 2. B', '## **c**', '### 3. C', '### 4. A'));
    expect(bank.categories.map((category) => category.name)).toEqual(['C', 'Other']);
    expect(titles(bank)).toEqual([['A', 'C'], ['B']]);
    expect(bank.skipped.map((skip) => skip.line)).toEqual([7]);
  });
});

describe('metadata and anchors', () => {
  it('reads the metadata line, overriding defaults and tag heuristics', () => {
    const question = only(
      parseQuestionBank(
        md(
          '## Fundamentals',
          '### 1. Q (DVC, Delta Lake)',
          '_Difficulty: 3 · Minutes: 12 · Tags: Airflow, Weights & Biases, with\\, comma_',
          '- Mention tools like Feast, Tecton',
        ),
      ),
    );
    expect(question).toMatchObject({
      difficulty: 3,
      estimatedMinutes: 12,
      tags: ['Airflow', 'Weights & Biases', 'with, comma'],
    });
  });

  it('accepts other metadata spellings and separate lines', () => {
    const question = only(
      parseQuestionBank(md('## C', '### 1. Q', '**Difficulty:** hard', '**Minutes**: 20 min', 'Tags: a, b | Duration: 25')),
    );
    expect(question).toMatchObject({ difficulty: 3, estimatedMinutes: 25, tags: ['a', 'b'] });
  });

  it('means "no tags" when a metadata line lists none', () => {
    const question = only(parseQuestionBank(md('## C', '### 1. Tools (DVC, Delta Lake)', '_Difficulty: 2 · Minutes: 8_')));
    expect(question.tags).toEqual([]);
  });

  it('reports invalid metadata values and falls back to defaults', () => {
    const bank = parseQuestionBank(md('## Advanced', '### Scenario 1: S', '_Difficulty: 7 · Minutes: soon_'));
    expect(only(bank)).toMatchObject({ difficulty: 3, estimatedMinutes: 15 });
    expect(bank.skipped).toEqual([
      { line: 3, reason: expect.stringContaining('difficulty "7"') },
      { line: 3, reason: expect.stringContaining('minutes "soon"') },
    ]);
  });

  it('reads anchors after the Anchors label and reports bad ones', () => {
    const bank = parseQuestionBank(
      md(
        '## C', // 1
        '### 1. Q', // 2
        '- talking point', // 3
        '', // 4
        '**Anchors:**', // 5
        '- 1: Cannot define drift', // 6
        '- **2** — Names one kind', // 7
        '- 3. Explains detection', // 8
        '  - with a nested detail', // 9
        '- 5: Out of range', // 10
        '- no rating', // 11
        '- 2: Second rating 2', // 12
        '- 4:', // 13
      ),
    );
    expect(only(bank)).toMatchObject({
      talkingPoints: ['talking point'],
      anchors: [
        { rating: 1, text: 'Cannot define drift' },
        { rating: 2, text: 'Names one kind' },
        { rating: 3, text: 'Explains detection — with a nested detail' },
      ],
    });
    expect(bank.skipped.map((skip) => skip.line)).toEqual([10, 11, 12, 13]);
  });

  it('reads ordered anchors by position and an Anchors sub-heading', () => {
    const question = only(parseQuestionBank(md('## C', '### 1. Q', '#### Anchors', '1. weak', '2. fair', '#### Talking points', '- tp')));
    expect(question.anchors).toEqual([
      { rating: 1, text: 'weak' },
      { rating: 2, text: 'fair' },
    ]);
    expect(question.talkingPoints).toEqual(['tp']);
  });
});

describe('defaults', () => {
  it('sets difficulty by category name, then kind', () => {
    const bank = parseQuestionBank(
      md(
        '## Fundamentals',
        '### Scenario: fundamental scenario',
        '## Advanced topics',
        '### 1. advanced concept',
        '## Other',
        '### Scenario: other scenario',
        '### 2. other concept',
        '### Topic: other topic',
      ),
    );
    expect(bank.categories.flatMap((c) => c.questions.map((q) => [q.kind, q.difficulty, q.estimatedMinutes]))).toEqual([
      ['SCENARIO', 1, 15],
      ['CONCEPT', 3, 8],
      ['SCENARIO', 3, 15],
      ['CONCEPT', 2, 8],
      ['TOPIC', 2, 5],
    ]);
  });
});

describe('normalizeTitle', () => {
  it('trims, collapses whitespace and lower-cases', () => {
    expect(normalizeTitle('  What is\tMLOps \n and  DevOps? ')).toBe('what is mlops and devops?');
  });
});
