import { Icon } from '../../../ui/Icon';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { type DropData, type ZoneId, zoneDropId } from '../utils/dndIds';

const Zone = ({ zone }: { zone: ZoneId }) => {
  const { t } = useTranslation();
  const data: DropData = { kind: 'zone', stageId: null };
  const { setNodeRef, isOver } = useDroppable({ id: zoneDropId(zone), data });
  return (
    <div
      ref={setNodeRef}
      className={`drop-zone drop-zone-${zone}${isOver ? ' is-over' : ''}`}
      data-testid={`drop-zone-${zone}`}
    >
      <Icon name={zone === 'won' ? 'trophy' : 'thumbDown'} size={20} />
      <span>{t(`board.zones.${zone}`)}</span>
    </div>
  );
};

/** Shown at the bottom of the board while a card is dragged (as Pipedrive does): drop to close it. */
export const DropZones = ({ visible }: { visible: boolean }) => (
  <div className={visible ? 'drop-zones is-visible' : 'drop-zones'} aria-hidden={!visible}>
    {visible ? (
      <>
        <Zone zone="lost" />
        <Zone zone="won" />
      </>
    ) : null}
  </div>
);
