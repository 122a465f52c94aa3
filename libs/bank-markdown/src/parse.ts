/**
 * Markdown question bank -> ParsedBank.
 *
 * Structure (levels shift up by one when a document uses `#` sections and `##` questions):
 *   # Document title            (optional; an italic line under it is an editorial note)
 *   ## Category                 (a paragraph right under it is the category's description)
 *   ### 1. Concept question     (prompt = title unless a paragraph or **Question:** line says otherwise)
 *   ### Scenario 1: Title       (SCENARIO; **Question:** gives the prompt)
 *   ### Topic: Title            (TOPIC)
 *   _Difficulty: 2 · Minutes: 8 · Tags: A, B_   (optional; overrides defaults and tag heuristics)
 *   - talking point
 *   **Anchors:**
 *   - 1: what a rating-1 answer looks like
 *   - **Topic name**: text      (directly under a category, outside any question: a TOPIC)
 *
 * Nested bullets: a bullet indented under a talking point belongs to it and is appended to its
 * text ("parent — child; next child"), because sub-bullets are usually details of their parent
 * and make no sense as checklist items of their own. Under a topic bullet, the first nested level
 * are the topic's talking points (deeper levels are appended the same way).
 *
 * Whatever the parser cannot place is reported in `skipped` with its line and a reason; it
 * never throws on any input.
 */
import { DEFAULT_MINUTES, MAX_RATING, MIN_RATING, defaultDifficulty } from './defaults';
import { type Metadata, parseMetadata } from './metadata';
import {
  type BulletLine,
  type LabelKind,
  cleanHeadingText,
  expandTabs,
  indentOf,
  isHtmlComment,
  isThematicBreak,
  matchBullet,
  matchHeading,
  matchLabel,
  matchLabelHeading,
  matchTopicBullet,
  parseQuestionHeading,
  splitLines,
} from './syntax';
import { extractTags } from './tags';
import { collapseWhitespace, isEmphasisOnly, normalizeTitle, unescapeMarkdown } from './text';
import type { BankAnchor, BankCategory, BankQuestion, ParsedBank, QuestionKind, SkippedLine } from './types';

interface Levels {
  /** 0 when the document has no title level (shifted layout). */
  title: number;
  category: number;
  question: number;
  /** In the shifted layout, the 1-based line of a leading `#` heading that is the title. */
  titleLine: number | null;
}

interface ItemDraft {
  text: string;
  children: number;
}

interface AnchorDraft extends ItemDraft {
  rating: number;
}

interface QuestionDraft {
  kind: QuestionKind;
  title: string;
  line: number;
  /** Skipped (duplicate, outside a category...): its content is consumed silently. */
  discard: boolean;
  /** Indent of the bullet for a topic written as `- **Name**: text`; null for headings. */
  bulletIndent: number | null;
  topicPrompt: string | null;
  promptParagraphs: string[];
  talkingPoints: ItemDraft[];
  talkingPointIndent: number | null;
  anchors: AnchorDraft[];
  anchorIndent: number | null;
  inAnchors: boolean;
  /** Set by the first talking point: later plain paragraphs are no longer prompt text. */
  bodyStarted: boolean;
  metadata: Omit<Metadata, 'errors'> | null;
  /** Where a continuation line goes. */
  last: 'talkingPoint' | 'anchor' | 'topic' | null;
}

interface CategoryDraft {
  name: string;
  line: number;
  descriptionParagraphs: string[];
  questions: QuestionDraft[];
  /** normalizeTitle(title) -> line of the first question with that title. */
  titles: Map<string, number>;
}

interface OpenParagraph {
  target: 'description' | 'prompt';
  lines: string[];
}

export function parseQuestionBank(markdown: string): ParsedBank {
  return new BankParser(typeof markdown === 'string' ? markdown : '').parse();
}

class BankParser {
  private readonly lines: string[];
  private readonly levels: Levels;
  private title: string | undefined;
  private titleTaken = false;
  private readonly categories: CategoryDraft[] = [];
  private readonly categoriesByKey = new Map<string, CategoryDraft>();
  private category: CategoryDraft | null = null;
  private seenCategory = false;
  /** Whether the current category heading (this occurrence) has questions yet. */
  private sectionHasQuestions = false;
  private question: QuestionDraft | null = null;
  private paragraph: OpenParagraph | null = null;
  /** The previous line was a bullet item (or its continuation): a following text line continues it. */
  private afterItem = false;
  private readonly skipped: SkippedLine[] = [];
  private lineNumber = 0;

  constructor(markdown: string) {
    this.lines = splitLines(markdown);
    this.levels = detectLevels(this.lines);
  }

  parse(): ParsedBank {
    this.lines.forEach((line, index) => {
      this.lineNumber = index + 1;
      this.handleLine(expandTabs(line));
    });
    this.endQuestion();
    const bank: ParsedBank = {
      categories: this.categories.map((category) => this.buildCategory(category)),
      skipped: this.skipped.sort((a, b) => a.line - b.line),
    };
    if (this.title) bank.title = this.title;
    return bank;
  }

  private handleLine(line: string): void {
    const content = line.trim();
    if (!content) {
      this.closeParagraph();
      this.afterItem = false;
      return;
    }
    if (isHtmlComment(content)) return;
    const indent = indentOf(line);
    if (indent < 4 && isThematicBreak(content)) {
      // A rule ends the current question: what follows belongs to the category again.
      this.endQuestion();
      return;
    }
    const heading = indent < 4 ? matchHeading(content) : null;
    if (heading) {
      this.closeParagraph();
      this.afterItem = false;
      this.handleHeading(heading.level, heading.text);
      return;
    }
    const bullet = matchBullet(line);
    if (bullet) {
      this.closeParagraph();
      this.handleBullet(bullet);
      return;
    }
    this.handleText(content, indent);
  }

  // ---- headings -------------------------------------------------------------------------

  private handleHeading(level: number, text: string): void {
    const { levels } = this;
    if (this.lineNumber === levels.titleLine || (level === levels.title && !this.titleTaken && !this.seenCategory)) {
      this.titleTaken = true;
      this.title = cleanHeadingText(text) || undefined;
      return;
    }
    if (level === levels.question) return this.startHeadingQuestion(text);
    if (level === levels.category) return this.startCategory(text);
    if (level < levels.category) {
      this.endQuestion();
      this.category = null;
      this.report(`a level-${level} heading is neither a category nor a question; what follows belongs to no category`);
      return;
    }
    const label = this.question ? matchLabelHeading(text) : null;
    if (label) return this.applyLabel(label, '');
    // Bullets under an unknown sub-heading ("#### Follow-ups") are talking points again.
    if (this.question) {
      this.question.inAnchors = false;
      this.question.last = null;
    }
    this.report(`a level-${level} heading is not part of the question format; its text was ignored`);
  }

  private startCategory(text: string): void {
    this.endQuestion();
    const name = cleanHeadingText(text);
    if (!name) {
      this.category = null;
      this.report('category heading has no name');
      return;
    }
    this.seenCategory = true;
    this.sectionHasQuestions = false;
    const key = normalizeTitle(name);
    const existing = this.categoriesByKey.get(key);
    if (existing) {
      // The same category twice is one category: its questions are merged in order.
      this.category = existing;
      return;
    }
    const category: CategoryDraft = {
      name,
      line: this.lineNumber,
      descriptionParagraphs: [],
      questions: [],
      titles: new Map(),
    };
    this.categories.push(category);
    this.categoriesByKey.set(key, category);
    this.category = category;
  }

  private startHeadingQuestion(text: string): void {
    this.endQuestion();
    const { kind, title } = parseQuestionHeading(text);
    this.question = this.placeQuestion(newQuestion(kind, title, this.lineNumber, null));
  }

  private startTopicBullet(title: string, prompt: string, indent: number): void {
    this.endQuestion();
    const topic = newQuestion('TOPIC', title, this.lineNumber, indent);
    topic.topicPrompt = prompt;
    topic.last = 'topic';
    this.question = this.placeQuestion(topic);
  }

  /** Adds the question to the current category, or marks it discarded and says why. */
  private placeQuestion(question: QuestionDraft): QuestionDraft {
    const { category } = this;
    if (!question.title) {
      this.report('question has no title; it and its content were ignored');
    } else if (!category) {
      this.report(`question "${question.title}" is outside any category; it and its content were ignored`);
    } else {
      const key = normalizeTitle(question.title);
      const firstLine = category.titles.get(key);
      if (firstLine === undefined) {
        category.titles.set(key, question.line);
        category.questions.push(question);
        this.sectionHasQuestions = true;
        return question;
      }
      this.report(
        `duplicate question "${question.title}" in category "${category.name}" (first on line ${firstLine}); ` +
          'it and its content were ignored',
      );
    }
    question.discard = true;
    return question;
  }

  private endQuestion(): void {
    this.closeParagraph();
    this.question = null;
    this.afterItem = false;
  }

  // ---- bullets --------------------------------------------------------------------------

  private handleBullet(bullet: BulletLine): void {
    const current = this.question;
    if (current && current.bulletIndent !== null && bullet.indent <= current.bulletIndent) this.endQuestion();
    const question = this.question;
    if (!bullet.text) {
      this.afterItem = false;
      return;
    }
    if (question) {
      this.addItem(question, bullet);
      return;
    }
    this.afterItem = false;
    const topic = this.category ? matchTopicBullet(bullet.text) : null;
    if (topic) {
      this.startTopicBullet(topic.title, topic.prompt, bullet.indent);
      this.afterItem = true;
      return;
    }
    this.report(this.category ? 'bullet is not under any question' : 'bullet is outside any category');
  }

  private addItem(question: QuestionDraft, bullet: BulletLine): void {
    const text = unescapeMarkdown(bullet.text);
    this.afterItem = true;
    if (question.inAnchors) {
      const last = question.anchors[question.anchors.length - 1];
      if (last && question.anchorIndent !== null && bullet.indent > question.anchorIndent) {
        appendChild(last, text);
        question.last = 'anchor';
        return;
      }
      const anchor = readAnchor(text, bullet.ordinal);
      question.last = null;
      if (typeof anchor === 'string') return this.report(anchor);
      if (question.anchors.some((existing) => existing.rating === anchor.rating)) {
        return this.report(`a second anchor for rating ${anchor.rating} was ignored`);
      }
      question.anchors.push({ ...anchor, children: 0 });
      question.anchorIndent = Math.min(question.anchorIndent ?? bullet.indent, bullet.indent);
      question.last = 'anchor';
      return;
    }
    question.bodyStarted = true;
    const last = question.talkingPoints[question.talkingPoints.length - 1];
    if (last && question.talkingPointIndent !== null && bullet.indent > question.talkingPointIndent) {
      appendChild(last, text);
    } else {
      question.talkingPoints.push({ text, children: 0 });
      question.talkingPointIndent = Math.min(question.talkingPointIndent ?? bullet.indent, bullet.indent);
    }
    question.last = 'talkingPoint';
  }

  // ---- text lines -----------------------------------------------------------------------

  private handleText(content: string, indent: number): void {
    const question = this.question;
    if (question && question.bulletIndent !== null) {
      if (this.afterItem || indent > question.bulletIndent) {
        this.continueItem(question, content);
        return;
      }
      this.endQuestion();
    }
    if (this.question) this.handleQuestionText(this.question, content, indent);
    else this.handleCategoryText(content);
  }

  private handleQuestionText(question: QuestionDraft, content: string, indent: number): void {
    const label = matchLabel(content);
    if (label) return this.applyLabel(label.kind, label.rest);
    const metadata = parseMetadata(content);
    if (metadata) {
      this.closeParagraph();
      this.afterItem = false;
      const { errors, ...fields } = metadata;
      question.metadata = { ...question.metadata, ...fields };
      for (const error of errors) this.report(error);
      return;
    }
    if (this.afterItem || (indent > 0 && question.last)) {
      this.continueItem(question, content);
      return;
    }
    if (this.paragraph) {
      this.paragraph.lines.push(content);
      return;
    }
    if (isEmphasisOnly(content)) return this.report('an italic note inside a question was ignored');
    if (question.bodyStarted || question.inAnchors) {
      return this.report('text after the talking points is not part of the question; was it meant as a bullet?');
    }
    this.paragraph = { target: 'prompt', lines: [content] };
  }

  private applyLabel(kind: LabelKind, rest: string): void {
    const question = this.question;
    this.closeParagraph();
    this.afterItem = false;
    if (!question) return;
    if (kind === 'question') {
      // The labelled paragraph joins the prompt, wherever it appears in the question.
      this.paragraph = { target: 'prompt', lines: rest ? [rest] : [] };
      return;
    }
    question.inAnchors = kind === 'anchors';
    question.last = null;
    if (rest)
      this.report(`text after the ${kind === 'anchors' ? 'Anchors' : 'Talking points'} label was ignored; put each item on its own bullet`);
  }

  private continueItem(question: QuestionDraft, content: string): void {
    const text = unescapeMarkdown(content);
    const item =
      question.last === 'talkingPoint'
        ? question.talkingPoints[question.talkingPoints.length - 1]
        : question.last === 'anchor'
          ? question.anchors[question.anchors.length - 1]
          : null;
    if (item) item.text += ` ${text}`;
    else if (question.last === 'topic') question.topicPrompt = `${question.topicPrompt ?? ''} ${text}`;
    else return this.report('text is not part of a talking point or anchor');
    this.afterItem = true;
  }

  private handleCategoryText(content: string): void {
    if (this.paragraph) {
      this.paragraph.lines.push(content);
      return;
    }
    const { category } = this;
    if (category && !this.sectionHasQuestions) {
      this.paragraph = { target: 'description', lines: [content] };
      return;
    }
    // A line in italics outside any question (a subtitle, a closing remark) is an editorial note.
    if (isEmphasisOnly(content)) return;
    if (!category) this.report(this.seenCategory ? 'text is outside any category' : 'text before the first category');
    else this.report('text is outside any question');
  }

  private closeParagraph(): void {
    const paragraph = this.paragraph;
    this.paragraph = null;
    if (!paragraph) return;
    const text = collapseWhitespace(paragraph.lines.map(unescapeMarkdown).join(' '));
    if (!text) return;
    if (paragraph.target === 'prompt') this.question?.promptParagraphs.push(text);
    else this.category?.descriptionParagraphs.push(text);
  }

  private report(reason: string): void {
    if (this.question?.discard) return;
    this.skipped.push({ line: this.lineNumber, reason });
  }

  // ---- result ---------------------------------------------------------------------------

  private buildCategory(category: CategoryDraft): BankCategory {
    return {
      name: category.name,
      description: category.descriptionParagraphs.join('\n\n'),
      line: category.line,
      questions: category.questions.map((question) => buildQuestion(question, category.name)),
    };
  }
}

function newQuestion(kind: QuestionKind, title: string, line: number, bulletIndent: number | null): QuestionDraft {
  return {
    kind,
    title,
    line,
    discard: false,
    bulletIndent,
    topicPrompt: null,
    promptParagraphs: [],
    talkingPoints: [],
    talkingPointIndent: null,
    anchors: [],
    anchorIndent: null,
    inAnchors: false,
    bodyStarted: false,
    metadata: null,
    last: null,
  };
}

function buildQuestion(draft: QuestionDraft, categoryName: string): BankQuestion {
  const prompt = (draft.topicPrompt !== null ? collapseWhitespace(draft.topicPrompt) : draft.promptParagraphs.join('\n\n')) || draft.title;
  const talkingPoints = draft.talkingPoints.map((point) => collapseWhitespace(point.text)).filter(Boolean);
  const anchors: BankAnchor[] = draft.anchors
    .map((anchor) => ({ rating: anchor.rating, text: collapseWhitespace(anchor.text) }))
    .filter((anchor) => anchor.text);
  const { metadata } = draft;
  return {
    title: draft.title,
    prompt,
    kind: draft.kind,
    difficulty: metadata?.difficulty ?? defaultDifficulty(draft.kind, categoryName),
    estimatedMinutes: metadata?.minutes ?? DEFAULT_MINUTES[draft.kind],
    // A metadata line states the tags (none when it lists none); without one, guess from the text.
    tags: metadata ? (metadata.tags ?? []) : extractTags({ kind: draft.kind, title: draft.title, prompt, talkingPoints }),
    talkingPoints,
    anchors,
    line: draft.line,
  };
}

/** "parent — child; next child": see the module comment. */
function appendChild(parent: ItemDraft, child: string): void {
  parent.text = parent.children === 0 ? `${parent.text.replace(/:\s*$/, '')} — ${child}` : `${parent.text}; ${child}`;
  parent.children += 1;
}

/** `1: text`, `**1** — text`, or an ordered item `1. text`; a string is the reason it failed. */
function readAnchor(text: string, ordinal: number | null): { rating: number; text: string } | string {
  const match = /^(?:\*\*|__)?(\d{1,3})(?:\*\*|__)?\s*(?:[:.)]|[-–—](?=\s))\s*(.*)$/.exec(text);
  const rating = match ? Number(match[1]) : ordinal;
  const rest = match ? match[2] : text;
  if (rating === null) return `an anchor must look like "- 1: text" with a rating from ${MIN_RATING} to ${MAX_RATING}`;
  if (rating < MIN_RATING || rating > MAX_RATING) return `anchor rating ${rating} is outside ${MIN_RATING}-${MAX_RATING}`;
  if (!rest.trim()) return `anchor for rating ${rating} has no text`;
  return { rating, text: rest };
}

/**
 * Standard layout: `#` title, `##` categories, `###` questions. A document without any `###`
 * whose `##` headings under `#` sections mostly look like questions (numbered, or with talking
 * points, a Question label or a metadata line right under them), at least one with such a body,
 * is read one level up. (The renderer never writes a body right under `##`, so its output is
 * always read in the standard layout.)
 */
function detectLevels(lines: string[]): Levels {
  const standard: Levels = { title: 1, category: 2, question: 3, titleLine: null };
  const headings: Array<{ level: number; text: string; index: number }> = [];
  lines.forEach((raw, index) => {
    const line = expandTabs(raw);
    if (indentOf(line) >= 4) return;
    const heading = matchHeading(line.trim());
    if (heading) headings.push({ ...heading, index });
  });
  if (headings.some((heading) => heading.level >= 3)) return standard;
  const sections = headings.filter((heading) => heading.level === 2);
  if (!sections.length || !headings.some((heading) => heading.level === 1)) return standard;
  const withBody = sections.filter((heading) => startsQuestionBody(lines, heading.index)).length;
  const questionLike = sections.filter(
    (heading) => parseQuestionHeading(heading.text).numbered || startsQuestionBody(lines, heading.index),
  ).length;
  if (withBody === 0 || questionLike * 2 < sections.length) return standard;
  const [first, second] = headings;
  const titleLine = first.level === 1 && second?.level === 1 ? first.index + 1 : null;
  return { title: 0, category: 1, question: 2, titleLine };
}

function startsQuestionBody(lines: string[], headingIndex: number): boolean {
  for (let index = headingIndex + 1; index < lines.length; index += 1) {
    const content = lines[index].trim();
    if (!content) continue;
    const bullet = matchBullet(expandTabs(lines[index]));
    if (bullet) return !matchTopicBullet(bullet.text);
    return matchLabel(content) !== null || parseMetadata(content) !== null;
  }
  return false;
}
