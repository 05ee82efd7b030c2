import { idSchema } from '@shared/contract/schemas/common';
import { useCallback, useSyncExternalStore } from 'react';
import { joinHash, splitHash } from '../../../app/hashParams';
import { subscribeToHash } from '../../../app/subscribeToHash';
import type { MyDayOwner } from '../utils/myDayOwnerInput';

const snapshot = () => window.location.hash;

/**
 * The owner filter of My day lives in the URL (`#/activities?owner=team`, `?owner=<user id>`), so a
 * reload, Back and a shared link keep it; "me" is the plain URL.
 */
export const useMyDayOwner = (): [MyDayOwner, (owner: MyDayOwner) => void] => {
  const hash = useSyncExternalStore(subscribeToHash, snapshot);
  const param = splitHash(hash).params.get('owner');
  // A mistyped or stale link falls back to my day rather than a refused query.
  const owner = param === 'team' || idSchema.safeParse(param).success ? (param as string) : 'me';
  const setOwner = useCallback((next: MyDayOwner) => {
    const { path, params } = splitHash(window.location.hash);
    if (next === 'me') params.delete('owner');
    else params.set('owner', next);
    window.location.hash = joinHash(path, params);
  }, []);
  return [owner, setOwner];
};
