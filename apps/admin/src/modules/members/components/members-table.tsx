import { useMutation, useQuery } from '@apollo/client/react';
import type { Role } from '../../../gql/graphql';
import { useSession } from '../../auth';
import { Alert, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { ROLES, ROLE_LABELS, formatDate } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { ChangeMemberRoleMutation, DeactivateMemberMutation, MembersQuery, ReactivateMemberMutation } from '../graphql/members.documents';
import './members-table.css';

export function MembersTable() {
  const { user, canManageMembers } = useSession();
  const { notify } = useToast();
  const { data, error } = useQuery(MembersQuery, { fetchPolicy: 'cache-and-network' });
  const [changeRole] = useMutation(ChangeMemberRoleMutation);
  const [deactivate] = useMutation(DeactivateMemberMutation);
  const [reactivate] = useMutation(ReactivateMemberMutation);

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      notify(done);
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    }
  }

  if (error && !data) return <Alert>{toUserError(error).message}</Alert>;
  if (!data) return <SkeletonLines count={4} />;

  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Members of the organisation</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Joined</th>
            {canManageMembers && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {data.members.map((member) => {
            const isMe = member.id === user.id;
            return (
              <tr key={member.id} className={member.status === 'DEACTIVATED' ? 'row-muted' : undefined}>
                <td>
                  <div className="member-name">
                    {member.name}
                    {isMe && <span className="badge">You</span>}
                  </div>
                  <div className="muted small">{member.email}</div>
                </td>
                <td>
                  {canManageMembers && !isMe ? (
                    <select
                      className="input select input-sm"
                      aria-label={`Role of ${member.name}`}
                      value={member.role}
                      onChange={(event) =>
                        void run(
                          () => changeRole({ variables: { input: { userId: member.id, role: event.target.value as Role } } }),
                          `${member.name} is now ${ROLE_LABELS[event.target.value as Role].toLowerCase()}`,
                        )
                      }
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    ROLE_LABELS[member.role]
                  )}
                </td>
                <td>
                  <span className={`badge ${member.status === 'ACTIVE' ? 'badge-success' : 'badge-muted'}`}>
                    {member.status === 'ACTIVE' ? 'Active' : 'Deactivated'}
                  </span>
                </td>
                <td className="muted small">{formatDate(member.createdAt)}</td>
                {canManageMembers && (
                  <td className="cell-actions">
                    {!isMe &&
                      (member.status === 'ACTIVE' ? (
                        <button
                          type="button"
                          className="btn btn-ghost btn-sm btn-danger-text"
                          onClick={() =>
                            window.confirm(
                              `Deactivate ${member.name}? They are signed out everywhere and cannot sign in; their history stays.`,
                            ) && void run(() => deactivate({ variables: { userId: member.id } }), `${member.name} is deactivated`)
                          }
                        >
                          Deactivate
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="btn btn-ghost btn-sm"
                          onClick={() =>
                            void run(() => reactivate({ variables: { userId: member.id } }), `${member.name} can sign in again`)
                          }
                        >
                          Reactivate
                        </button>
                      ))}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
