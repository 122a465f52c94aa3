import type { ReactNode } from 'react';
import './auth-layout.css';

/** The centred card used by the pages a person sees before signing in. */
export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="auth-page">
      <main className="auth-card" id="main" aria-labelledby="auth-title">
        <div className="auth-brand" aria-hidden="true">
          <span className="brand-mark">P</span>
          <span className="brand-name">Panelist</span>
        </div>
        <h1 id="auth-title" className="auth-title">
          {title}
        </h1>
        {subtitle && <p className="auth-subtitle">{subtitle}</p>}
        {children}
      </main>
      {footer && <div className="auth-footer">{footer}</div>}
    </div>
  );
}
