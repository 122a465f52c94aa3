/** The round being built: what is in it, how long it is, its difficulty tally and category spread. */
import type { BankQuestion } from './bank';
import { type MixTally, type MixTarget, emptyTally } from './difficulty-mix';
import type { Random } from './random';

export class Selection {
  readonly questions: BankQuestion[] = [];
  readonly tally: MixTally = emptyTally();
  totalMinutes = 0;
  private readonly ids = new Set<string>();
  private readonly picksByCategory = new Map<string, number>();

  add(question: BankQuestion): void {
    if (this.ids.has(question.id)) return;
    this.ids.add(question.id);
    this.questions.push(question);
    this.tally[question.difficulty] += question.minutes;
    this.totalMinutes += question.minutes;
    this.picksByCategory.set(question.categoryId, this.picks(question.categoryId) + 1);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  picks(categoryId: string): number {
    return this.picksByCategory.get(categoryId) ?? 0;
  }

  covers(categoryId: string): boolean {
    return this.picks(categoryId) > 0;
  }
}

/** What the proposal phases share. */
export interface BuildContext {
  /** Proposable questions: focus categories, not excluded, not locked; sorted by id. */
  pool: readonly BankQuestion[];
  selection: Selection;
  budget: number;
  target: MixTarget;
  random: Random;
}
