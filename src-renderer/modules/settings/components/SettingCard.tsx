import type { ReactNode } from 'react';

/** One setting: what it is and why on the left, the control on the right. */
export const SettingCard = ({
  title,
  description,
  controlId,
  children,
}: {
  title: string;
  description: string;
  controlId?: string;
  children: ReactNode;
}) => (
  <section className="card setting-card">
    <div className="setting-text">
      <h2 id={controlId ? `${controlId}-title` : undefined}>{title}</h2>
      <p className="muted">{description}</p>
    </div>
    <div className="setting-control">{children}</div>
  </section>
);
