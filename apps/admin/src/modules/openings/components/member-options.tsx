import type { MemberFieldsFragment } from '../../../gql/graphql';
import { ROLE_LABELS } from '../../../ui/format';

/** The `<option>`s of an owner select; a deactivated current owner stays selectable until someone else is chosen. */
export function MemberOptions({
  members,
  current,
}: {
  members: MemberFieldsFragment[] | null;
  current?: { id: string; name: string } | null;
}) {
  return (
    <>
      {current && !members?.some((member) => member.id === current.id) && <option value={current.id}>{current.name}</option>}
      {members?.map((member) => (
        <option key={member.id} value={member.id}>
          {member.name} · {ROLE_LABELS[member.role]}
        </option>
      ))}
    </>
  );
}
