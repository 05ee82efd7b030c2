import type { Stage } from '@shared/contract/schemas/pipelines';
import { IMPORT_ROLE_WORDS } from '@shared/domain/import/importRoleWords';
import { USER_ROLES } from '@shared/contract/schemas/users';
import { displayName } from '@shared/i18n/displayName';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import type { ImportValueChoice } from '../utils/ImportValueChoice';

/** Words CRMs export for a won or a lost deal (amoCRM, Bitrix24, Pipedrive, Salesforce). */
const WON_NAMES = ['won', 'closed won', 'выиграна', 'выиграно', 'успешно реализовано', 'успешно', 'сделка успешна'];
const LOST_NAMES = ['lost', 'closed lost', 'проиграна', 'проиграно', 'закрыто и не реализовано', 'провалена', 'отказ'];
const OPEN_NAMES = ['open', 'in progress', 'открыта', 'в работе'];

/** Each role's words a team list may write ("Руководитель отдела продаж" → manager). */
const roleWords = (role: string): string[] =>
  Object.entries(IMPORT_ROLE_WORDS)
    .filter(([, named]) => named === role)
    .map(([word]) => word);

const keyOrName = (row: { name: string | null; defaultKey: string | null }): string => row.defaultKey ?? row.name ?? '';

/** Where a won deal lands: the last stage of the purchase step (the contract stage), else the last stage. */
const wonStage = (stages: readonly Stage[]): Stage | undefined =>
  stages.filter((stage) => stage.funnelStep === 'purchase').at(-1) ?? stages.at(-1);

/**
 * The choices each translatable field offers: the first pipeline's stages (and Won / Lost, which
 * close the deal), statuses, active users (by e-mail, else name), lead sources, loss reasons and,
 * for a team list, the roles and the managers (users again).
 */
export const useImportValueChoices = (): Record<string, ImportValueChoice[]> => {
  const { t } = useTranslation();
  const pipelines = useLiveQuery('pipelines.list', {}, ['pipelines']).data;
  const pipelineId = pipelines?.[0]?.id ?? null;
  const stages = useLiveQuery('stages.list', pipelineId ? { pipelineId } : null, ['stages']).data;
  const users = useLiveQuery('users.list', {}, ['users']).data;
  const sources = useLiveQuery('leadSources.list', {}, ['lead_sources']).data;
  const reasons = useLiveQuery('lossReasons.list', {}, ['loss_reasons']).data;

  return useMemo(() => {
    const named = (kind: string, rows: readonly { id: string; name: string | null; defaultKey: string | null }[]) =>
      rows.map((row) => {
        const label = displayName(row, t);
        return {
          id: `${kind}:${row.id}`,
          label,
          target: keyOrName(row),
          names: [label, row.name ?? '', row.defaultKey ?? ''],
        };
      });
    const stageList = stages ?? [];
    const won = wonStage(stageList);
    const first = stageList[0];
    const closing: ImportValueChoice[] =
      won && first
        ? [
            {
              id: 'won',
              label: t('imports.wizard.wonAt'),
              target: { stage: keyOrName(won), status: 'won' },
              names: WON_NAMES,
            },
            {
              id: 'lost',
              label: t('imports.wizard.lostAt'),
              target: { stage: keyOrName(first), status: 'lost' },
              names: LOST_NAMES,
            },
          ]
        : [];
    const people = (users ?? []).map((user) => ({
      id: `user:${user.id}`,
      label: user.email ? `${user.name} · ${user.email}` : user.name,
      target: user.email ?? user.name,
      names: [user.name, user.email ?? ''],
    }));
    return {
      stage: [...named('stage', stageList), ...closing],
      status: (['open', 'won', 'lost'] as const).map((status) => ({
        id: `status:${status}`,
        label: t(`imports.wizard.statuses.${status}`),
        target: status,
        names: [
          status,
          t(`imports.wizard.statuses.${status}`),
          ...{ open: OPEN_NAMES, won: WON_NAMES, lost: LOST_NAMES }[status],
        ],
      })),
      owner: people,
      role: USER_ROLES.map((role) => ({
        id: `role:${role}`,
        label: t(`users.roles.${role}`),
        target: role,
        names: [role, t(`users.roles.${role}`), ...roleWords(role)],
      })),
      manager: people,
      // A call log's extensions ("101") or employee names: the rep each call is logged for.
      extension: people,
      source: named('source', sources ?? []),
      lossReason: named('reason', reasons ?? []),
    };
  }, [stages, users, sources, reasons, t]);
};
