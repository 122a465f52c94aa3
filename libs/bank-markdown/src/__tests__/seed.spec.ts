import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BankQuestion, MLOPS_SEED_MARKDOWN, parseQuestionBank } from '..';

const seedPath = join(__dirname, '..', 'seeds', 'mlops-interview-questions.md');

describe('MLOps seed', () => {
  const bank = parseQuestionBank(MLOPS_SEED_MARKDOWN);
  const questions = bank.categories.flatMap((category) => category.questions);
  const byTitle = (title: string): BankQuestion => {
    const question = questions.find((candidate) => candidate.title === title);
    if (!question) throw new Error(`no question titled ${title}`);
    return question;
  };

  it('ships the .md and the .ts constant with identical text', () => {
    expect(MLOPS_SEED_MARKDOWN).toBe(readFileSync(seedPath, 'utf8'));
  });

  it('has the document title and nothing skipped', () => {
    expect(bank.title).toBe('Complete MLOps Interview Questions List');
    expect(bank.skipped).toEqual([]);
  });

  it('has 14 categories, bold markers stripped, in document order', () => {
    expect(bank.categories.map((category) => category.name)).toEqual([
      'Fundamental MLOps Concepts',
      'Model Deployment and Serving',
      'Model Monitoring and Observability',
      'Infrastructure and DevOps Integration',
      'CI/CD and Automation',
      'Data Management and Versioning',
      'Security and Compliance',
      'Advanced MLOps Concepts',
      'Performance Optimization',
      'Troubleshooting and Maintenance',
      'Scaling and Enterprise Considerations',
      'Testing and Quality Assurance',
      'Real-World Scenario Questions',
      'Additional Technical Topics to Prepare',
    ]);
    expect(bank.categories.every((category) => category.description === '')).toBe(true);
    expect(bank.categories[0].line).toBe(5);
  });

  it('has 70 questions: 50 concepts, 10 scenarios, 10 topics', () => {
    expect(questions).toHaveLength(70);
    const count = (kind: string) => questions.filter((question) => question.kind === kind).length;
    expect([count('CONCEPT'), count('SCENARIO'), count('TOPIC')]).toEqual([50, 10, 10]);
    expect(bank.categories.map((category) => category.questions.length)).toEqual([5, 5, 5, 5, 4, 3, 3, 6, 4, 4, 3, 3, 10, 10]);
  });

  it('has 199 talking points, all under concept questions', () => {
    const total = questions.reduce((sum, question) => sum + question.talkingPoints.length, 0);
    expect(total).toBe(199);
    expect(questions.filter((question) => question.kind !== 'CONCEPT').every((q) => q.talkingPoints.length === 0)).toBe(true);
  });

  it('strips numbering from concept titles and uses the title as prompt', () => {
    const first = questions[0];
    expect(first).toEqual({
      title: 'What is MLOps and how does it differ from DevOps?',
      prompt: 'What is MLOps and how does it differ from DevOps?',
      kind: 'CONCEPT',
      difficulty: 1,
      estimatedMinutes: 8,
      tags: [],
      talkingPoints: [
        'Explain the core principles of MLOps',
        'Compare MLOps vs DevOps focus areas and methodologies',
        'Discuss the unique challenges in ML model lifecycle management',
      ],
      anchors: [],
      line: 7,
    });
    expect(questions.some((question) => /^\d/.test(question.title))).toBe(false);
  });

  it('reads scenarios: title without "Scenario N:", prompt from the Question line', () => {
    const scenario = byTitle('Model Latency Issues');
    expect(scenario).toMatchObject({
      kind: 'SCENARIO',
      prompt: 'Your real-time fraud detection model suddenly has increased latency. How do you debug and optimize it?',
      difficulty: 3,
      estimatedMinutes: 15,
      talkingPoints: [],
      line: 330,
    });
    expect(byTitle('Automating End-to-End ML Deployment').prompt).toBe(
      "Your company wants to automate ML model deployment with minimal manual intervention. What's your approach?",
    );
  });

  it('reads topic bullets: title is the bold name, prompt the text after it', () => {
    expect(byTitle('Monitoring Tools')).toMatchObject({
      kind: 'TOPIC',
      prompt: 'Prometheus, Grafana, ELK stack',
      tags: ['Prometheus', 'Grafana', 'ELK stack'],
      difficulty: 2,
      estimatedMinutes: 5,
      line: 369,
    });
    expect(byTitle('Feature Engineering Pipelines')).toMatchObject({ prompt: 'Automation and consistency', tags: [] });
    expect(byTitle('Experiment Tracking').tags).toEqual(['MLflow', 'Weights & Biases']);
    expect(byTitle('Stream Processing').tags).toEqual(['Kafka', 'Spark Streaming']);
    expect(byTitle('Container Orchestration').tags).toEqual([]);
  });

  it('tags question 3 from a "tools like" list and question 5 from a parenthesised list', () => {
    expect(questions[2].title).toBe('What is model drift, and how do you handle it in MLOps?');
    expect(questions[2].tags).toEqual(['Evidently AI', 'WhyLabs', 'Fiddler AI']);
    expect(questions[4].title).toBe('How do you ensure reproducibility in MLOps?');
    expect(questions[4].tags).toEqual(['DVC', 'Delta Lake']);
  });

  it('tags from titles, "X and Y" lists, but not from single parenthesised words', () => {
    expect(byTitle('How do you ensure compliance with ML regulations (GDPR, CCPA, HIPAA)?').tags).toEqual(['GDPR', 'CCPA', 'HIPAA']);
    expect(byTitle('What role does infrastructure-as-code (IaC) play in MLOps?').tags).toEqual(['Terraform', 'CloudFormation']);
    expect(byTitle('How do you implement AIOps (AI for IT Operations) in MLOps?').tags).toEqual([]);
    expect(byTitle('How do you implement distributed training in MLOps?').tags).toEqual(['Horovod', 'PyTorch DDP']);
  });

  it('applies default difficulty by category and kind', () => {
    const difficulties = (name: string) =>
      bank.categories.find((category) => category.name === name)?.questions.map((question) => question.difficulty);
    expect(difficulties('Fundamental MLOps Concepts')).toEqual([1, 1, 1, 1, 1]);
    expect(difficulties('Advanced MLOps Concepts')).toEqual([3, 3, 3, 3, 3, 3]);
    expect(difficulties('Real-World Scenario Questions')).toEqual(Array(10).fill(3));
    expect(difficulties('Model Deployment and Serving')).toEqual([2, 2, 2, 2, 2]);
    expect(difficulties('Additional Technical Topics to Prepare')).toEqual(Array(10).fill(2));
  });

  it('parses the .md read from disk exactly like the constant', () => {
    expect(parseQuestionBank(readFileSync(seedPath, 'utf8'))).toEqual(bank);
  });
});
