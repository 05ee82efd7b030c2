import type { SelectHTMLAttributes } from 'react';
import { Icon } from '../Icon';

/** A native select (keyboard and screen-reader behaviour for free) with the app's look. */
export const Select = ({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) => (
  <span className={className ? `select-wrap ${className}` : 'select-wrap'}>
    <select className="select" {...props} />
    <Icon name="chevronDown" size={16} />
  </span>
);
