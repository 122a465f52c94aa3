import { Navigate } from 'react-router';
import { homeFor } from '../access';
import { useSession } from '../modules/auth';

/** "/" opens what the member works on most: interviewers their interviews, everyone else the bank. */
export default function HomeRedirect() {
  const { user } = useSession();
  return <Navigate to={homeFor(user.role)} replace />;
}
