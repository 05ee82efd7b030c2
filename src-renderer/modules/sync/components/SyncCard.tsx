import type { SyncPeer } from '@shared/contract/schemas/sync';
import { displayName } from '@shared/i18n/displayName';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useSyncBundle } from '../hooks/useSyncBundle';
import { clockAheadText } from '../utils/clockAheadText';
import { ConflictsList } from './ConflictsList';
import './SyncCard.css';
import { BusyButton } from '../../../ui/BusyButton';

/** A device id is 16 hex digits; its first 8 tell devices apart on screen. */
const shortId = (id: string) => id.slice(0, 8);

const PeerRow = ({ peer, onExport, busy }: { peer: SyncPeer; onExport: () => void; busy: boolean }) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  return (
    <li className="sync-peer" data-testid="sync-peer" data-device={peer.deviceId}>
      <div className="sync-peer-text">
        <strong>
          {peer.actorName
            ? t('sync.peerName', { name: peer.actorName, id: shortId(peer.deviceId) })
            : t('sync.peerUnknown', { id: shortId(peer.deviceId) })}
        </strong>
        {peer.syncs.map((sync) => (
          <span key={`${sync.transport}-${sync.direction}`} className="muted">
            {t(sync.direction === 'in' ? 'sync.lastIn' : 'sync.lastOut', {
              transport: t(`sync.transports.${sync.transport}`),
              when: dates.instant(sync.at, 'dateTime'),
            })}
          </span>
        ))}
        {peer.waiting !== null && (
          <span data-testid="sync-peer-waiting">
            {peer.waiting === 0 ? t('sync.upToDate') : t('sync.waiting', { count: peer.waiting })}
          </span>
        )}
        {peer.clockAheadMs !== null && (
          <span className="sync-warning" role="status">
            {t('sync.clockAhead', { id: shortId(peer.deviceId), ahead: clockAheadText(peer.clockAheadMs, t) })}
          </span>
        )}
      </div>
      {peer.waiting !== null && (
        <BusyButton className="button" busy={busy} onClick={onExport}>
          {t('sync.exportFor')}
        </BusyButton>
      )}
    </li>
  );
};

/**
 * Settings → Sync: this device's id, the devices it exchanged bundles with (last exchange per
 * transport, changes waiting for each, a clock far ahead), saving a bundle and importing one
 * (with progress and cancel), and the conflicts list below.
 */
export const SyncCard = () => {
  const { t } = useTranslation();
  const status = useLiveQuery('sync.status', {}, ['sync_peers', 'sync_conflicts', 'deals', 'deal_checks']);
  const bundle = useSyncBundle(status.refetch);
  const [passphrase, setPassphrase] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const data = status.data;
  const secret = passphrase === '' ? {} : { passphrase };
  const progress = bundle.progress;

  return (
    <section className="card sync-card" aria-labelledby="sync-title" data-testid="sync-card">
      <header className="card-header sync-header">
        <div className="setting-text">
          <h2 id="sync-title">{t('sync.title')}</h2>
          <p className="muted">{t('sync.hint')}</p>
          {data && (
            <p className="muted" data-testid="sync-device">
              {t('sync.device', { id: data.deviceId })}
            </p>
          )}
        </div>
        <div className="sync-buttons">
          <BusyButton
            className="button button-primary"
            busy={bundle.busy !== null}
            onClick={() => bundle.exportBundle({ scope: { kind: 'all' }, ...secret })}
          >
            {t('sync.export')}
          </BusyButton>
          <label className={`button${bundle.busy !== null ? ' is-disabled' : ''}`}>
            {t('sync.import')}
            <input
              ref={fileInput}
              type="file"
              className="visually-hidden"
              data-testid="sync-import-file"
              disabled={bundle.busy !== null}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) bundle.importBundle(file, passphrase);
              }}
            />
          </label>
        </div>
      </header>
      <div className="sync-body">
        <div className="sync-passphrase">
          <label>
            {t('sync.passphrase')}
            <input
              type="password"
              className="input"
              autoComplete="off"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              aria-describedby="sync-passphrase-hint"
            />
          </label>
          {/* The one field serves both ways: nothing else said a filled one encrypts what is saved. */}
          <span id="sync-passphrase-hint" className="muted">
            {t('sync.passphraseHint')}
          </span>
        </div>
        {bundle.busy === 'import' && (
          <div className="sync-progress" role="status" data-testid="sync-progress">
            <span>
              {progress?.total
                ? t('sync.importing', { done: progress.done, total: progress.total })
                : t('sync.importingStart')}
            </span>
            {progress?.total ? <progress max={progress.total} value={progress.done} /> : <progress />}
            <button type="button" className="button button-small" onClick={bundle.cancel}>
              {t('sync.cancel')}
            </button>
          </div>
        )}
        <h3 className="sync-subtitle">{t('sync.peers')}</h3>
        {data === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : data.peers.length === 0 ? (
          <p className="muted">{t('sync.noPeers')}</p>
        ) : (
          <ul className="sync-peers">
            {data.peers.map((peer) => (
              <PeerRow
                key={peer.deviceId}
                peer={peer}
                busy={bundle.busy !== null}
                onExport={() => bundle.exportBundle({ scope: { kind: 'peer', deviceId: peer.deviceId }, ...secret })}
              />
            ))}
          </ul>
        )}
        {data !== null && (data.pending > 0 || data.parked > 0 || data.reviews > 0) && (
          <ul className="sync-facts muted">
            {data.reviews > 0 && (
              <li data-testid="sync-reviews">
                {t('sync.reviews', { count: data.reviews })}
                {/* One deal a line, with what its gate misses: a run of links said neither which was which nor why. */}
                <ul className="sync-review-list">
                  {data.reviewDeals.map((deal) => (
                    <li key={deal.id} data-testid="sync-review">
                      <a href={`#/settings?deal=${encodeURIComponent(deal.id)}`}>{deal.title}</a>
                      {deal.missing.length > 0 &&
                        ` — ${t('sync.reviewMissing', {
                          items: deal.missing.map((item) => displayName(item, t, 'controlPoint')).join(', '),
                          interpolation: { escapeValue: false },
                        })}`}
                    </li>
                  ))}
                </ul>
              </li>
            )}
            {data.pending > 0 && <li>{t('sync.pending', { count: data.pending })}</li>}
            {data.parked > 0 && <li>{t('sync.parked', { count: data.parked })}</li>}
          </ul>
        )}
        <ConflictsList openCount={data?.openConflicts ?? 0} />
      </div>
    </section>
  );
};
