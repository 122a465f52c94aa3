'use strict';
const { MLOPS_SEED_MARKDOWN, parseQuestionBank } = require('@panelist/bank-markdown');

/** Small, fast, seeded PRNG: the same seed generates the same bank on every run. */
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Filler vocabulary so generated text is not 70 questions repeated: pseudo-words with a Zipf-like spread.
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pa', 'qui', 'dre', 'fon', 'gal', 'hur', 'jin'];
function fillerWord(random) {
  const rank = Math.floor(1 / (random() * 0.999 + 0.001)); // heavy head, long tail
  let word = '';
  for (let n = rank + 7; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
}

/**
 * Questions shaped like the real MLOps bank: each is a seed question with a variation and filler words,
 * so common words ("model", "deployment") stay common and "drift" keeps its share. RARE_TERM lands in
 * about 1 in 5,000 questions.
 */
const RARE_TERM = 'quokka';
function generateQuestions(count, seed) {
  const random = mulberry32(seed);
  const templates = parseQuestionBank(MLOPS_SEED_MARKDOWN).categories.flatMap((category, categoryIndex) =>
    category.questions.map((question) => ({ ...question, categoryIndex })),
  );
  const questions = [];
  for (let i = 0; i < count; i++) {
    const template = templates[Math.floor(random() * templates.length)];
    const filler = Array.from({ length: 6 }, () => fillerWord(random));
    const talkingPoints = template.talkingPoints.map((point, index) => (index === 0 ? `${point} ${filler.slice(3).join(' ')}` : point));
    if (random() < 1 / 5000) talkingPoints.push(`Mentions the ${RARE_TERM} pattern`);
    questions.push({
      categoryIndex: template.categoryIndex,
      position: i,
      title: `${template.title} (${filler[0]} ${filler[1]})`,
      prompt: `${template.prompt} ${filler[2]}`,
      kind: template.kind,
      difficulty: template.difficulty,
      estimated_minutes: template.estimatedMinutes,
      tags: template.tags,
      talking_points: talkingPoints,
    });
  }
  return questions;
}

module.exports = { generateQuestions, mulberry32, RARE_TERM };
