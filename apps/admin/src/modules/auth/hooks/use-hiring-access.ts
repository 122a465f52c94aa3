import { useSession } from './session';

interface HiringAccess {
  /** ADMIN and HIRING_MANAGER create openings and change stages, loops and templates. */
  canManageOpenings: boolean;
  /** ADMIN, HIRING_MANAGER and RECRUITER manage candidates, applications and scheduling, and read loops. */
  canManagePipeline: boolean;
}

/** What the signed-in member may do with openings and candidates; the server enforces the same rules. */
export function useHiringAccess(): HiringAccess {
  const { role } = useSession().user;
  return {
    canManageOpenings: role === 'ADMIN' || role === 'HIRING_MANAGER',
    canManagePipeline: role === 'ADMIN' || role === 'HIRING_MANAGER' || role === 'RECRUITER',
  };
}
