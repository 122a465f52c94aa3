import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MemberFieldsFragment } from '../../../gql/graphql';
import { MembersQuery } from '../graphql/members.documents';

/** Members who can be given work (hiring manager, recruiter, panelist): deactivated ones are left out. */
export function useActiveMembers(): { members: MemberFieldsFragment[] | null; error: unknown; refetch: () => unknown } {
  const { data, error, refetch } = useQuery(MembersQuery, { fetchPolicy: 'cache-and-network' });
  const members = useMemo(
    () => (data ? data.members.filter((member) => member.status === 'ACTIVE').sort((a, b) => a.name.localeCompare(b.name)) : null),
    [data],
  );
  return { members, error, refetch };
}
