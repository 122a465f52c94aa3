import { Role } from '@panelist/server-core';
import { OpeningStatus } from './opening-status.enum';

const EVERY_STATUS = Object.values(OpeningStatus);

/**
 * Recruiters run the pipeline day to day, so they may pause an open opening and resume it. Publishing a draft,
 * closing an opening and reopening a closed one decide whether the role is being hired for at all: those stay with
 * hiring managers and admins, who may set any status. Interviewers change none.
 */
const RECRUITER_CHANGES: Partial<Record<OpeningStatus, readonly OpeningStatus[]>> = {
  [OpeningStatus.OPEN]: [OpeningStatus.ON_HOLD],
  [OpeningStatus.ON_HOLD]: [OpeningStatus.OPEN],
};

/** The statuses a member of this role may move an opening to from `from` (never `from` itself). */
export function statusChoices(role: Role, from: OpeningStatus): OpeningStatus[] {
  switch (role) {
    case Role.ADMIN:
    case Role.HIRING_MANAGER:
      return EVERY_STATUS.filter((status) => status !== from);
    case Role.RECRUITER:
      return [...(RECRUITER_CHANGES[from] ?? [])];
    default:
      return [];
  }
}
