import type { CustomerStatus } from '@shared/contract/schemas/customers';
import type { ReactNode } from 'react';
import './CustomerStatus.css';

/** A customer's status as a coloured badge (onboarding, active, churned); the words come from the caller. */
export const CustomerStatusBadge = ({
  status,
  title,
  children,
  testId,
}: {
  status: CustomerStatus;
  title?: string;
  children: ReactNode;
  testId?: string;
}) => (
  <span className={`badge customer-status is-${status}`} title={title} data-testid={testId}>
    {children}
  </span>
);
