import { NavLink } from 'react-router';
import '../ui/tabs.css';

/** The admins' settings pages, one tab each. */
export function SettingsNav() {
  return (
    <nav aria-label="Settings" className="tabs">
      <NavLink to="/settings/outcome-reasons" className="tab">
        Outcome reasons
      </NavLink>
      <NavLink to="/settings/data-retention" className="tab">
        Data retention
      </NavLink>
      <NavLink to="/settings/audit-log" className="tab">
        Audit log
      </NavLink>
    </nav>
  );
}
