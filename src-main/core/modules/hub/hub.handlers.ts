import type { HandlersOf } from '../../Handlers';
import {
  addHubMember,
  cancelHubSync,
  connectToHub,
  disconnectFromHub,
  getHub,
  getHubTeam,
  removeHubMember,
  setHubMemberRole,
  syncHubNow,
  testHub,
} from './hub.service';

type HubMethods =
  | 'hub.get'
  | 'hub.test'
  | 'hub.connect'
  | 'hub.disconnect'
  | 'hub.syncNow'
  | 'hub.cancel'
  | 'hub.team'
  | 'hub.addMember'
  | 'hub.setRole'
  | 'hub.removeMember';

export const hubHandlers: HandlersOf<HubMethods> = {
  'hub.get': (_input, ctx) => getHub(ctx),
  'hub.test': (input, ctx) => testHub(ctx, input),
  'hub.connect': (input, ctx) => connectToHub(ctx, input),
  'hub.disconnect': (_input, ctx) => disconnectFromHub(ctx),
  'hub.syncNow': (_input, ctx) => syncHubNow(ctx),
  'hub.cancel': (_input, ctx) => cancelHubSync(ctx),
  'hub.team': (_input, ctx) => getHubTeam(ctx),
  'hub.addMember': (input, ctx) => addHubMember(ctx, input),
  'hub.setRole': (input, ctx) => setHubMemberRole(ctx, input),
  'hub.removeMember': (input, ctx) => removeHubMember(ctx, input.login),
};
