import { useSession } from '../../auth/hooks/session';

export interface HiringAccess {
  /** ADMIN and HIRING_MANAGER create openings and change stages, loops and templates. */
  canManageOpenings: boolean;
  /** ADMIN, HIRING_MANAGER and RECRUITER manage candidates, applications and scheduling, and read loops. */
  canManagePipeline: boolean;
  /** Interviewers see only their own interviews. */
  isInterviewer: boolean;
}

/** What the signed-in member may do with openings and candidates; the server enforces the same rules. */
export function useHiringAccess(): HiringAccess {
  const { user } = useSession();
  return hiringAccessOf(user.role);
}

export function hiringAccessOf(role: string): HiringAccess {
  return {
    canManageOpenings: role === 'ADMIN' || role === 'HIRING_MANAGER',
    canManagePipeline: role === 'ADMIN' || role === 'HIRING_MANAGER' || role === 'RECRUITER',
    isInterviewer: role === 'INTERVIEWER',
  };
}
