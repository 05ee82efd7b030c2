import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createI18n } from '../../../src-renderer/platform/createI18n';
import { resources } from '@shared/i18n/resources';
import { changedFields } from '../../../src-renderer/ui/form/changedFields';
import { FormChoiceField } from '../../../src-renderer/ui/form/FormChoiceField';
import { FormTextArea } from '../../../src-renderer/ui/form/FormTextArea';
import { FormTextField } from '../../../src-renderer/ui/form/FormTextField';
import { formValuesFrom } from '../../../src-renderer/ui/form/formValuesFrom';
import { RecordForm } from '../../../src-renderer/ui/form/RecordForm';
import { type RecordFormState, useRecordForm } from '../../../src-renderer/ui/form/useRecordForm';

// Also makes this instance the one react-i18next's useTranslation reads.
const i18n = createI18n('ru', resources['ru'].translation);

type Values = { name: string; size: 'small' | 'large' | ''; notes: string; ownerId: string | null };
const BLANK: Values = { name: '', size: '', notes: '', ownerId: null };

describe('changedFields', () => {
  it('keeps only what changed, text compared trimmed, other values exactly', () => {
    const before: Record<string, string | null> = { name: 'Север', notes: 'VIP', size: 'large', ownerId: 'a' };
    expect(changedFields({ ...before, name: ' Север ' }, before)).toEqual({});
    expect(changedFields({ ...before, notes: '', size: null, ownerId: null }, before)).toEqual({
      notes: '',
      size: null,
      ownerId: null,
    });
  });

  it('sends the new text as typed (the schema trims it), not the trimmed copy', () => {
    expect(changedFields({ name: ' Юг ' }, { name: 'Север' })).toEqual({ name: ' Юг ' });
  });
});

describe('formValuesFrom', () => {
  it('shows a record in the form: nulls as the blank values, other fields left out', () => {
    const record = { id: 'x', name: 'Север', size: null, notes: null, ownerId: 'u1', createdAt: 1 };
    expect(formValuesFrom(BLANK, record)).toEqual({ name: 'Север', size: '', notes: '', ownerId: 'u1' });
  });

  it('keeps a null id null: no owner is not an empty string', () => {
    const record = { id: 'y', name: 'Юг', size: 'small' as const, notes: 'VIP', ownerId: null };
    expect(formValuesFrom(BLANK, record)).toEqual({ name: 'Юг', size: 'small', notes: 'VIP', ownerId: null });
  });
});

/** Renders a small form made of the shared pieces, as a feature form does. */
const renderForm = (
  cells: (form: RecordFormState<Values>) => ReactNode,
  duplicates: { id: string; text: string }[] = [],
) => {
  const TestForm = () => {
    const form = useRecordForm({
      idPrefix: 'thing',
      initial: () => ({ ...BLANK, name: 'Север', notes: 'VIP' }),
      schema: z.object({ name: z.string().min(1) }),
      toInput: (values: Values) => values,
      save: async () => undefined,
    });
    return createElement(RecordForm<Values>, {
      form,
      className: 'thing-form',
      submitLabel: 'Создать',
      onCancel: () => undefined,
      duplicates: { title: 'Похоже на', openLabel: 'Открыть', items: duplicates },
      children: cells(form),
    });
  };
  return renderToStaticMarkup(createElement(TestForm));
};

describe('the record form pieces', () => {
  it('tie each label to its box by the prefixed id and start in the autofocus box', () => {
    const html = renderForm((form) =>
      createElement(FormTextField<Values>, {
        form,
        field: 'name',
        label: 'Название',
        span: 4,
        autoFocus: true,
        hint: 'Как в договоре',
      }),
    );
    expect(html).toContain('<label class="field-label" for="thing-name">Название</label>');
    expect(html).toMatch(/<input class="input"[^>]* id="thing-name"[^>]* name="name"/);
    expect(html).toContain('data-autofocus=""');
    expect(html).toContain('value="Север"');
    expect(html).toContain('aria-describedby="thing-name-hint"');
    expect(html).toContain('<div class="span-4">');
  });

  it('mark optional fields, list choices with a blank one, and show text areas', () => {
    const html = renderForm((form) => [
      createElement(FormChoiceField<Values>, {
        key: 'size',
        form,
        field: 'size',
        label: 'Размер',
        span: 3,
        optional: true,
        blank: 'Не указан',
        choices: ['small', 'large'],
        choiceLabel: (size) => size.toUpperCase(),
      }),
      createElement(FormTextArea<Values>, {
        key: 'notes',
        form,
        field: 'notes',
        label: 'Заметки',
        span: 6,
        optional: true,
      }),
    ]);
    expect(html).toContain(`Размер<span class="field-optional"> · ${i18n.t('common.optional')}</span>`);
    expect(html).toMatch(/<select class="select" name="size" id="thing-size">/);
    expect(html).toContain('<option value="" selected="">Не указан</option><option value="small">SMALL</option>');
    expect(html).toContain('<textarea name="notes" class="textarea" rows="3" id="thing-notes">VIP</textarea>');
  });

  it('put Cancel and the submit button in the footer and warn about duplicates only when there are some', () => {
    const none = renderForm(() => null);
    expect(none).toContain('<form class="record-form thing-form" noValidate="">');
    expect(none).toContain(`<button type="button" class="button">${i18n.t('common.actions.cancel')}</button>`);
    expect(none).toContain('<button type="submit" class="button button-primary">Создать</button>');
    expect(none).not.toContain('duplicates-notice');
    const some = renderForm(() => null, [{ id: 'd1', text: 'Возможный дубль: Север' }]);
    expect(some).toContain('<div class="form-notices">');
    expect(some).toContain('data-testid="duplicates-notice"');
    expect(some).toContain('Возможный дубль: Север');
  });
});
