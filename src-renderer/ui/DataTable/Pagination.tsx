import type { PaginationState } from '@tanstack/react-table';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../platform/useLanguage';
import { Select } from '../form/Select';
import { Icon } from '../Icon';

/** Rows per page a table offers. */
export const PAGE_SIZES: readonly number[] = [10, 25, 50, 100];

export type PaginationProps = {
  page: PaginationState;
  total: number;
  pageSizes: readonly number[];
  onPageChange(page: PaginationState): void;
};

/** "1–25 of 120", page size, previous/next. */
export const Pagination = ({ page, total, pageSizes, onPageChange }: PaginationProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const sizeId = useId();
  const count = new Intl.NumberFormat(language);
  const from = total === 0 ? 0 : page.pageIndex * page.pageSize + 1;
  const to = Math.min(total, (page.pageIndex + 1) * page.pageSize);
  const lastPage = Math.max(0, Math.ceil(total / page.pageSize) - 1);
  return (
    <footer className="pagination">
      <div className="pagination-size">
        <label htmlFor={sizeId} className="muted">
          {t('table.pageSize')}
        </label>
        <Select
          id={sizeId}
          value={page.pageSize}
          onChange={(event) => onPageChange({ pageIndex: 0, pageSize: Number(event.target.value) })}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </div>
      <p className="pagination-info num" data-testid="page-info">
        {t('table.pageInfo', { from: count.format(from), to: count.format(to), total: count.format(total) })}
      </p>
      <div className="pagination-buttons">
        <button
          type="button"
          className="icon-button"
          aria-label={t('table.previousPage')}
          disabled={page.pageIndex === 0}
          onClick={() => onPageChange({ ...page, pageIndex: page.pageIndex - 1 })}
        >
          <Icon name="chevronLeft" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('table.nextPage')}
          disabled={page.pageIndex >= lastPage}
          onClick={() => onPageChange({ ...page, pageIndex: page.pageIndex + 1 })}
        >
          <Icon name="chevronRight" />
        </button>
      </div>
    </footer>
  );
};
