import fc from 'fast-check';
import {
  type BankInput,
  type BankQuestionInput,
  MLOPS_SEED_MARKDOWN,
  type ParsedBank,
  normalizeTitle,
  parseQuestionBank,
  renderQuestionBank,
} from '..';
import { dedupeTags } from '../tags';
import { collapseWhitespace, normalizeParagraphs } from '../text';

/** A parsed bank without source lines: what a round trip must preserve. */
function withoutLines(bank: ParsedBank): BankInput {
  return {
    ...(bank.title === undefined ? {} : { title: bank.title }),
    categories: bank.categories.map(({ line: _line, questions, ...category }) => ({
      ...category,
      questions: questions.map(({ line: _questionLine, ...question }) => question),
    })),
  };
}

const sample: BankInput = {
  title: 'Team Bank',
  categories: [
    {
      name: 'Data',
      description: 'Storage and versioning.\n\nAsk at least two.',
      questions: [
        {
          title: 'What is a feature store?',
          prompt: 'What is a feature store?',
          kind: 'CONCEPT',
          difficulty: 1,
          estimatedMinutes: 8,
          tags: ['Feast', 'Tecton'],
          talkingPoints: ['Online vs offline', 'Point-in-time joins'],
          anchors: [
            { rating: 1, text: 'Cannot define it' },
            { rating: 4, text: 'Designs one' },
          ],
        },
        {
          title: 'Drift',
          prompt: 'How do you detect drift?',
          kind: 'CONCEPT',
          difficulty: 2,
          estimatedMinutes: 10,
          tags: [],
          talkingPoints: [],
          anchors: [],
        },
      ],
    },
    {
      name: 'Scenarios',
      description: '',
      questions: [
        {
          title: 'Latency',
          prompt: 'Latency doubled overnight. What do you do?',
          kind: 'SCENARIO',
          difficulty: 3,
          estimatedMinutes: 15,
          tags: ['Prometheus'],
          talkingPoints: ['Check recent deploys'],
          anchors: [],
        },
        {
          title: 'Monitoring Tools',
          prompt: 'Prometheus, Grafana',
          kind: 'TOPIC',
          difficulty: 2,
          estimatedMinutes: 5,
          tags: ['Prometheus', 'Grafana'],
          talkingPoints: [],
          anchors: [],
        },
        {
          title: 'Lineage',
          prompt: 'Why track lineage?',
          kind: 'CONCEPT',
          difficulty: 2,
          estimatedMinutes: 8,
          tags: [],
          talkingPoints: [],
          anchors: [],
        },
      ],
    },
  ],
};

describe('renderQuestionBank', () => {
  it('writes the seed-like format with metadata, Question lines and anchors', () => {
    expect(renderQuestionBank(sample)).toBe(
      [
        '# Team Bank',
        '',
        '## Data',
        '',
        'Storage and versioning.',
        '',
        'Ask at least two.',
        '',
        '### 1. What is a feature store?',
        '_Difficulty: 1 · Minutes: 8 · Tags: Feast, Tecton_',
        '- Online vs offline',
        '- Point-in-time joins',
        '',
        '**Anchors:**',
        '- 1: Cannot define it',
        '- 4: Designs one',
        '',
        '### 2. Drift',
        '**Question:** How do you detect drift?',
        '_Difficulty: 2 · Minutes: 10_',
        '',
        '## Scenarios',
        '',
        '### Scenario 1: Latency',
        '**Question:** Latency doubled overnight. What do you do?',
        '_Difficulty: 3 · Minutes: 15 · Tags: Prometheus_',
        '- Check recent deploys',
        '',
        '### Topic: Monitoring Tools',
        '**Question:** Prometheus, Grafana',
        '_Difficulty: 2 · Minutes: 5 · Tags: Prometheus, Grafana_',
        '',
        '### 3. Lineage',
        '**Question:** Why track lineage?',
        '_Difficulty: 2 · Minutes: 8_',
        '',
      ].join('\n'),
    );
  });

  it('round-trips a bank with every field', () => {
    const parsed = parseQuestionBank(renderQuestionBank(sample));
    expect(parsed.skipped).toEqual([]);
    expect(withoutLines(parsed)).toEqual(sample);
  });

  it('round-trips the seed: parse -> render -> parse gives the same bank', () => {
    const seed = parseQuestionBank(MLOPS_SEED_MARKDOWN);
    const rendered = renderQuestionBank(seed);
    const again = parseQuestionBank(rendered);
    expect(again.skipped).toEqual([]);
    expect(withoutLines(again)).toEqual(withoutLines(seed));
    expect(renderQuestionBank(again)).toBe(rendered);
  });

  it('numbers concepts and scenarios through the whole document, like the seed', () => {
    const rendered = renderQuestionBank(parseQuestionBank(MLOPS_SEED_MARKDOWN));
    expect(rendered).toContain('### 50. What are some strategies for ensuring ML model fairness and bias mitigation?');
    expect(rendered).toContain('### Scenario 10: Automating End-to-End ML Deployment');
    expect(rendered).toContain('### Topic: Monitoring Tools\n**Question:** Prometheus, Grafana, ELK stack\n');
  });

  it('renders a bank without title or categories', () => {
    expect(renderQuestionBank({ categories: [] })).toBe('\n');
    expect(parseQuestionBank(renderQuestionBank({ title: 'Only a title', categories: [] }))).toEqual({
      title: 'Only a title',
      categories: [],
      skipped: [],
    });
  });

  it('escapes text that would otherwise read as Markdown structure', () => {
    const tricky: BankInput = {
      title: '**Bold title**',
      categories: [
        {
          name: 'C# ##',
          description: '- not a bullet\n\n## not a heading\n\n1. not a list\n\n*not a note*\n\nQuestion: not a label',
          questions: [
            {
              title: '1) keeps its number',
              prompt: 'Line one\n\nDifficulty: 3 · Minutes: 2\n\n**Anchors:** not a label\n\n---',
              kind: 'CONCEPT',
              difficulty: 2,
              estimatedMinutes: 8,
              tags: ['a, b', 'x: y', 'back\\slash', 'pipe | semi; dot · end_'],
              talkingPoints: ['- -', '1: looks like an anchor', '**Bold**: text', 'path\\*glob'],
              anchors: [{ rating: 2, text: '3: nested-looking' }],
            },
            {
              title: 'Scenario 1: a concept',
              prompt: 'Scenario 1: a concept',
              kind: 'CONCEPT',
              difficulty: 2,
              estimatedMinutes: 8,
              tags: [],
              talkingPoints: [],
              anchors: [],
            },
          ],
        },
      ],
    };
    const parsed = parseQuestionBank(renderQuestionBank(tricky));
    expect(parsed.skipped).toEqual([]);
    expect(withoutLines(parsed)).toEqual(tricky);
  });

  it('normalises what Markdown cannot keep: whitespace, repeated tags, empty items', () => {
    const messy: BankInput = {
      title: '  Spaced   title ',
      categories: [
        {
          name: ' Data ',
          description: ' first\nline \n\n\n second ',
          questions: [
            {
              title: ' Q ',
              prompt: '',
              kind: 'TOPIC',
              difficulty: 2,
              estimatedMinutes: 5,
              tags: ['Kafka', 'kafka', ' '],
              talkingPoints: ['  a  ', ''],
              anchors: [{ rating: 1, text: ' ' }],
            },
          ],
        },
      ],
    };
    expect(withoutLines(parseQuestionBank(renderQuestionBank(messy)))).toEqual({
      title: 'Spaced title',
      categories: [
        {
          name: 'Data',
          description: 'first line\n\nsecond',
          questions: [
            {
              title: 'Q',
              prompt: 'Q',
              kind: 'TOPIC',
              difficulty: 2,
              estimatedMinutes: 5,
              tags: ['Kafka'],
              talkingPoints: ['a'],
              anchors: [],
            },
          ],
        },
      ],
    });
  });
});

describe('round trip property', () => {
  const chars = [...'abcXYZ019 \n\t#*_-+:\\·,;|()[]<>!?.`~é—'];
  // Fragments of the format itself, so generated text often looks like structure.
  const fragments = [
    '**',
    '__',
    '#',
    '##',
    '- ',
    '* ',
    '1. ',
    '2) ',
    'Question:',
    'Q:',
    'Difficulty:',
    'Minutes:',
    'Tags:',
    'Anchors:',
    'Scenario 1:',
    'Topic:',
    '\\',
    '_',
    '*',
    '---',
    '<!--',
    '-->',
    ' ',
    '\n',
    '\n\n',
    'x',
    'Kafka',
    ':',
    ',',
    ' · ',
    '(A, B)',
    'like C, D',
  ];
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom(...chars), maxLength: 30 }),
    fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((parts) => parts.join('')),
  );
  const nonBlank = text.filter((value) => collapseWhitespace(value) !== '');

  const question: fc.Arbitrary<BankQuestionInput> = fc.record({
    title: nonBlank,
    prompt: text,
    kind: fc.constantFrom('CONCEPT' as const, 'SCENARIO' as const, 'TOPIC' as const),
    difficulty: fc.integer({ min: 1, max: 3 }),
    estimatedMinutes: fc.integer({ min: 1, max: 600 }),
    tags: fc.array(text, { maxLength: 4 }),
    talkingPoints: fc.array(text, { maxLength: 4 }),
    anchors: fc.uniqueArray(fc.record({ rating: fc.integer({ min: 1, max: 4 }), text }), {
      selector: (anchor) => anchor.rating,
      maxLength: 4,
    }),
  });
  const bank: fc.Arbitrary<BankInput> = fc.record(
    {
      title: text,
      categories: fc.uniqueArray(
        fc.record({
          name: nonBlank,
          description: text,
          questions: fc.uniqueArray(question, { selector: (q) => normalizeTitle(q.title), maxLength: 4 }),
        }),
        { selector: (category) => normalizeTitle(category.name), maxLength: 4 },
      ),
    },
    { requiredKeys: ['categories'] },
  );

  /** What the Markdown format keeps of a bank. */
  function canonical(input: BankInput): BankInput {
    const title = collapseWhitespace(input.title ?? '');
    return {
      ...(title ? { title } : {}),
      categories: input.categories.map((category) => ({
        name: collapseWhitespace(category.name),
        description: normalizeParagraphs(category.description),
        questions: category.questions.map((q) => ({
          title: collapseWhitespace(q.title),
          prompt: normalizeParagraphs(q.prompt) || collapseWhitespace(q.title),
          kind: q.kind,
          difficulty: q.difficulty,
          estimatedMinutes: q.estimatedMinutes,
          tags: dedupeTags(q.tags),
          talkingPoints: q.talkingPoints.map(collapseWhitespace).filter(Boolean),
          anchors: q.anchors.map((a) => ({ rating: a.rating, text: collapseWhitespace(a.text) })).filter((a) => a.text),
        })),
      })),
    };
  }

  it('parse(render(bank)) keeps everything Markdown can keep, and render is stable', () => {
    fc.assert(
      fc.property(bank, (input) => {
        const rendered = renderQuestionBank(input);
        const parsed = parseQuestionBank(rendered);
        expect(parsed.skipped).toEqual([]);
        expect(withoutLines(parsed)).toEqual(canonical(input));
        expect(renderQuestionBank(parsed)).toBe(rendered);
      }),
      { numRuns: 500 },
    );
  });
});
