import { Icon } from '../Icon';

export type DuplicateItem = { id: string; text: string; href?: string | undefined };

/**
 * "This may already exist": a warning under a form, never a block. Each possible duplicate says
 * why it matched and links to the record when it has a page.
 */
export const DuplicatesNotice = ({
  title,
  items,
  openLabel,
}: {
  title: string;
  items: readonly DuplicateItem[];
  openLabel: string;
}) =>
  items.length === 0 ? null : (
    <div className="notice notice-warning span-6" role="status" data-testid="duplicates-notice">
      <Icon name="alert" size={18} />
      <div className="notice-body">
        <p className="notice-title">{title}</p>
        <ul className="notice-list">
          {items.map((item) => (
            <li key={item.id} data-testid="duplicate-item">
              {item.text}
              {item.href ? (
                <>
                  {' · '}
                  <a href={item.href}>{openLabel}</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
