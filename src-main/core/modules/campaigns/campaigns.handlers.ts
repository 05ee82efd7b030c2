import type { HandlersOf } from '../../Handlers';
import { deleteCampaignCost, listCampaignCosts, setCampaignCost } from './campaignCosts.service';
import { createCampaign, getCampaign, listCampaigns, setCampaignArchived, updateCampaign } from './campaigns.service';

export const campaignsHandlers: HandlersOf<
  | 'campaigns.list'
  | 'campaigns.get'
  | 'campaigns.create'
  | 'campaigns.update'
  | 'campaigns.archive'
  | 'campaigns.unarchive'
  | 'campaignCosts.list'
  | 'campaignCosts.set'
  | 'campaignCosts.delete'
> = {
  'campaigns.list': (input, ctx) => listCampaigns(ctx, input),
  'campaigns.get': (input, ctx) => getCampaign(ctx, input.id),
  'campaigns.create': (input, ctx) => createCampaign(ctx, input),
  'campaigns.update': (input, ctx) => updateCampaign(ctx, input.id, input.patch),
  'campaigns.archive': (input, ctx) => setCampaignArchived(ctx, input.id, true),
  'campaigns.unarchive': (input, ctx) => setCampaignArchived(ctx, input.id, false),
  'campaignCosts.list': (input, ctx) => listCampaignCosts(ctx, input.campaignId),
  'campaignCosts.set': (input, ctx) => setCampaignCost(ctx, input),
  'campaignCosts.delete': (input, ctx) => deleteCampaignCost(ctx, input.id),
};
