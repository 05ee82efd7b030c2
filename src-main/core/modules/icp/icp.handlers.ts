import type { HandlersOf } from '../../Handlers';
import {
  companyIcpFit,
  createIcpProfile,
  deleteIcpProfile,
  listIcpProfiles,
  setIcpProfileApproved,
  updateIcpProfile,
} from './icpProfiles.service';

export const icpHandlers: HandlersOf<
  | 'icpProfiles.list'
  | 'icpProfiles.create'
  | 'icpProfiles.update'
  | 'icpProfiles.approve'
  | 'icpProfiles.unapprove'
  | 'icpProfiles.delete'
  | 'companies.icpFit'
> = {
  'icpProfiles.list': (_input, ctx) => listIcpProfiles(ctx),
  'icpProfiles.create': (input, ctx) => createIcpProfile(ctx, input),
  'icpProfiles.update': (input, ctx) => updateIcpProfile(ctx, input.id, input.patch),
  'icpProfiles.approve': (input, ctx) => setIcpProfileApproved(ctx, input.id, true),
  'icpProfiles.unapprove': (input, ctx) => setIcpProfileApproved(ctx, input.id, false),
  'icpProfiles.delete': (input, ctx) => deleteIcpProfile(ctx, input.id),
  'companies.icpFit': (input, ctx) => companyIcpFit(ctx, input.id),
};
