// What other modules and pages may use of members and invitations.
export { InviteMemberForm } from './components/invite-member-form';
export { MembersTable } from './components/members-table';
export { PendingInvitations } from './components/pending-invitations';
export { useActiveMembers } from './hooks/use-active-members';
