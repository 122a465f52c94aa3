import { Navigate } from 'react-router';

/** "Settings" opens its first tab. */
export default function SettingsRedirect() {
  return <Navigate to="/settings/outcome-reasons" replace />;
}
