import type { Announcements, Over, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { displayName } from '@shared/i18n/displayName';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../stores/boardStore';
import { stageOfCard } from '../utils/boardData';
import { type DropData, dropKindOf, zoneOf } from '../utils/dndIds';
import { idsAfterDrop, previewIds } from '../utils/dragPreview';

/** What a screen reader hears while a card is moved with the keyboard, in the UI language. */
export const useBoardAnnouncements = (): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} => {
  const { t } = useTranslation();
  /** The last place said, so the same place is not repeated (dnd-kit reports "over" often). */
  const lastPlace = useRef('');
  return useMemo(() => {
    const state = () => useBoardStore.getState();
    const title = (id: string | number) => state().data?.cards[String(id)]?.title ?? '';
    const stageName = (stageId: string | null | undefined) => {
      const stage = stageId ? state().data?.columns[stageId]?.stage : undefined;
      return stage ? displayName(stage, t, 'stage') : '';
    };
    /** "stage «X», position N of M": where the card would land if dropped now. */
    const place = (activeId: UniqueIdentifier, over: Over | null) => {
      const { data, drag } = state();
      if (!data || !over) return null;
      const zone = zoneOf(over.id);
      if (zone) return t(`board.dnd.overZone.${zone}`);
      const target = over.data.current as DropData | undefined;
      const stageId = target?.stageId ?? stageOfCard(data, String(over.id));
      const column = stageId ? data.columns[stageId] : undefined;
      if (!column || !stageId) return null;
      const active = String(activeId);
      const preview = previewIds(column.cardIds, stageId, drag ? { ...drag, overStageId: stageId } : null);
      const ids = idsAfterDrop(preview, active, dropKindOf(over.id) === 'card' ? String(over.id) : null);
      const index = ids.indexOf(active);
      return t('board.dnd.place', {
        stage: stageName(stageId),
        position: index >= 0 ? index + 1 : ids.length + 1,
        total: index >= 0 ? ids.length : ids.length + 1,
      });
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        const stageId = (active.data.current as DropData | undefined)?.stageId ?? null;
        const ids = stageId ? (state().data?.columns[stageId]?.cardIds ?? []) : [];
        const where = t('board.dnd.place', {
          stage: stageName(stageId),
          position: ids.indexOf(String(active.id)) + 1,
          total: ids.length,
        });
        lastPlace.current = where;
        return t('board.dnd.start', { title: title(active.id), place: where });
      },
      onDragOver: ({ active, over }) => {
        const where = place(active.id, over);
        if (where === lastPlace.current) return undefined;
        lastPlace.current = where ?? '';
        return where ? t('board.dnd.over', { title: title(active.id), place: where }) : t('board.dnd.nowhere');
      },
      onDragEnd: ({ active, over }) => {
        // A drop on a place is said by the board's own live region once the core has answered
        // (a gate may refuse it, and a won card is gone by now); Lost opens its dialog.
        lastPlace.current = '';
        return over ? undefined : t('board.dnd.cancel', { title: title(active.id) });
      },
      onDragCancel: ({ active }) => t('board.dnd.cancel', { title: title(active.id) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t('board.dnd.instructions') } };
  }, [t]);
};
