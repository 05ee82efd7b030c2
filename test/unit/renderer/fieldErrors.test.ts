import { RpcFailure } from '@shared/contract/createClient';
import { dealCreateInputSchema } from '@shared/contract/schemas/deals';
import { ru } from '@shared/i18n/ru';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src-renderer/platform/createI18n';
import { resources } from '@shared/i18n/resources';
import { fieldErrorsFromIssues } from '../../../src-renderer/ui/form/fieldErrors';
import { serverFieldErrors } from '../../../src-renderer/ui/form/serverFieldErrors';
import { describeError } from '../../../src-renderer/ui/toasts/describeError';
import type { Issue } from '@shared/contract/envelope';

const i18n = createI18n('ru', resources['ru'].translation);
const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {});
const PIPELINE = '00000000-0000-7000-8000-000000000100';

describe('fieldErrorsFromIssues', () => {
  it('translates the contract schema issues of the deal form', () => {
    const parsed = dealCreateInputSchema.safeParse({
      title: '  ',
      valueMinor: -1,
      currency: 'rub',
      pipelineId: PIPELINE,
    });
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsFromIssues(parsed.error?.issues ?? [], t, (path) =>
      path === 'valueMinor' ? 'value' : path,
    );
    expect(errors).toEqual({
      title: ru.issues.required,
      value: 'Не меньше 0',
      currency: ru.issues.invalid_format,
    });
  });

  it('translates server issues by code and custom ones by reason', () => {
    const serverIssues: Issue[] = [
      { path: 'title', code: 'too_big', message: 'x' },
      { path: 'inn', code: 'custom', message: 'x', params: { reason: 'no_such_reason' } },
      { path: 'title', code: 'custom', message: 'second issue of a field is dropped' },
      { path: 'x', code: 'brand_new_code', message: 'x' },
    ];
    const errors = fieldErrorsFromIssues(serverIssues, t);
    expect(errors).toEqual({
      title: ru.issues.too_big,
      inn: ru.issues.custom,
      x: ru.issues.custom,
    });
  });
});

describe('serverFieldErrors', () => {
  const fieldOf = (path: string) => (path === 'valueMinor' ? 'value' : path);

  it('puts schema issues on the form fields, an update patch and contract names included', () => {
    const failure = new RpcFailure({
      code: 'BAD_INPUT',
      message: 'x',
      issues: [
        { path: 'patch.title', code: 'too_big', message: 'x' },
        { path: 'valueMinor', code: 'too_small', message: 'x' },
      ],
    });
    expect(serverFieldErrors(failure, t, fieldOf)).toEqual({ title: ru.issues.too_big, value: ru.issues.too_small });
  });

  it('puts a domain refusal on the field its params name, over any issue there', () => {
    const failure = new RpcFailure({
      code: 'BAD_INPUT',
      message: 'The stage does not belong to this pipeline',
      params: { field: 'stageId' },
      issues: [{ path: 'stageId', code: 'invalid_format', message: 'x' }],
    });
    expect(serverFieldErrors(failure, t)).toEqual({ stageId: ru.errors.BAD_INPUT });
  });

  it('leaves a failure about no field to a toast (null)', () => {
    expect(
      serverFieldErrors(new RpcFailure({ code: 'BAD_INPUT', message: 'x', params: { reason: 'x' } }), t),
    ).toBeNull();
    expect(
      serverFieldErrors(new RpcFailure({ code: 'CONFLICT', message: 'x', params: { field: 'title' } }), t),
    ).toBeNull();
    expect(serverFieldErrors(new Error('boom'), t)).toBeNull();
  });
});

describe('describeError', () => {
  it('translates an envelope error by code with its params', () => {
    const failure = new RpcFailure({ code: 'STAGE_NOT_EMPTY', message: 'x', params: { openDeals: 3 } });
    expect(describeError(failure, t)).toEqual({
      message: 'На этапе остались открытые сделки (3): сначала перенесите их на другой этап.',
    });
  });

  it('explains a conflict by its reason, and falls back to the generic text for an unknown one', () => {
    const archived = new RpcFailure({ code: 'CONFLICT', message: 'x', params: { reason: 'stage_archived', id: 'd1' } });
    expect(describeError(archived, t)).toEqual({ message: ru.conflictReasons.stage_archived });
    const unknown = new RpcFailure({ code: 'CONFLICT', message: 'x', params: { reason: 'solar_flare' } });
    expect(describeError(unknown, t)).toEqual({ message: ru.errors.CONFLICT });
    // A reason on another code does not borrow a conflict's text.
    const other = new RpcFailure({ code: 'BAD_INPUT', message: 'x', params: { reason: 'archived' } });
    expect(describeError(other, t)).toEqual({ message: ru.errors.BAD_INPUT });
  });

  it('keeps the raw message as detail for internal errors only', () => {
    expect(describeError(new Error('boom'), t)).toEqual({ message: ru.errors.INTERNAL, detail: 'boom' });
  });

  it('follows the language', () => {
    const english = createI18n('en', resources['en'].translation);
    expect(describeError(new RpcFailure({ code: 'NOT_FOUND', message: 'x' }), (key) => english.t(key)).message).toBe(
      'The record was not found: it may have been deleted.',
    );
  });
});
