import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './EmptyState.css';

/** A calm placeholder: icon, one heading, one line, maybe an action. */
export const EmptyState = ({
  icon,
  title,
  body,
  action,
}: {
  icon: IconName;
  title: string;
  body?: string;
  action?: ReactNode;
}) => (
  <div className="empty-state">
    <span className="empty-state-icon">
      <Icon name={icon} size={24} />
    </span>
    <h2>{title}</h2>
    {body ? <p>{body}</p> : null}
    {action ? <div className="empty-state-action">{action}</div> : null}
  </div>
);
