import { SEARCH_TEXT_MAX_LENGTH } from '@shared/contract/searchLimits';
import { Icon } from './Icon';

export type SearchBoxProps = {
  /** Placed on the wrapper, e.g. `toolbar-search`. */
  className: string;
  label: string;
  placeholder: string;
  /** What the search looks in, as the box's tooltip (where the placeholder is too short to say). */
  hint?: string;
  value: string;
  onChange(text: string): void;
};

/** A search box with a magnifier; the caller debounces what it sends to the server. */
export const SearchBox = ({ className, label, placeholder, hint, value, onChange }: SearchBoxProps) => (
  <div className={`input-with-icon ${className}`}>
    <Icon name="search" size={18} />
    <input
      className="input"
      type="search"
      aria-label={label}
      placeholder={placeholder}
      title={hint}
      // A longer text (a pasted paragraph) was refused by the list: «could not load» and «check the input».
      maxLength={SEARCH_TEXT_MAX_LENGTH}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  </div>
);
