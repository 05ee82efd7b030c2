import type { ReactNode } from 'react';

/** The page heading: one h1 per page, with a short line saying what the page is for; app-wide controls on the right. */
export const TopBar = ({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: string | undefined;
  actions?: ReactNode;
}) => (
  <header className="topbar">
    <div className="topbar-heading">
      <h1>{title}</h1>
      {subtitle ? <p className="topbar-subtitle">{subtitle}</p> : null}
    </div>
    {actions ? <div className="topbar-actions">{actions}</div> : null}
  </header>
);
