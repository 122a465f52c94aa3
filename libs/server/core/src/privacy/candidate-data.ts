import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface CandidateRef {
  organizationId: string;
  candidateId: string;
}

/**
 * A feature that holds something about candidates (pipeline: the candidate and their applications; scorecards:
 * what panelists wrote; insights: decisions and debrief notes). Each exports and erases only its own tables,
 * inside the caller's transaction; core does not know the features.
 */
export interface CandidateDataHolder {
  /** The export's key for this holder's part, e.g. `scorecards`. */
  readonly section: string;
  /** Everything held about the candidate, as plain JSON. */
  export(manager: EntityManager, candidate: CandidateRef): Promise<unknown>;
  /**
   * Removes the candidate's personal data (names, contact details, free text about them) and keeps what
   * statistics need (ratings, stages, dates, decisions' kinds). Answers the ids of the records it touched, whose
   * copies in the audit trail are redacted as well.
   */
  erase(manager: EntityManager, candidate: CandidateRef): Promise<string[]>;
}

/** Feature modules register here in `onModuleInit`; the order of registration is the order of the export. */
@Injectable()
export class CandidateDataHolders {
  private readonly holders: CandidateDataHolder[] = [];

  register(holder: CandidateDataHolder): void {
    this.holders.push(holder);
  }

  async exportAll(manager: EntityManager, candidate: CandidateRef): Promise<Record<string, unknown>> {
    const sections: Record<string, unknown> = {};
    for (const holder of this.holders) sections[holder.section] = await holder.export(manager, candidate);
    return sections;
  }

  /** The ids of every record touched, for the audit trail's redaction. */
  async eraseAll(manager: EntityManager, candidate: CandidateRef): Promise<string[]> {
    const touched: string[] = [];
    for (const holder of this.holders) touched.push(...(await holder.erase(manager, candidate)));
    return touched;
  }
}
