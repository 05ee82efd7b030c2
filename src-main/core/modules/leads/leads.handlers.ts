import type { HandlersOf } from '../../Handlers';
import { createLead } from './createLead';
import { getLeadBant, qualifyLead } from './qualifyLead';
import { assignLeads, disqualifyLeads } from './leads.service';
import { listLeads } from './listLeads';

export const leadsHandlers: HandlersOf<
  'leads.list' | 'leads.assign' | 'leads.disqualify' | 'leads.create' | 'leads.bant' | 'leads.qualify'
> = {
  'leads.list': (input, ctx) => listLeads(ctx, input),
  'leads.assign': (input, ctx) => assignLeads(ctx, input),
  'leads.disqualify': (input, ctx) => disqualifyLeads(ctx, input),
  'leads.create': (input, ctx) => createLead(ctx, input),
  'leads.bant': (input, ctx) => getLeadBant(ctx.db, input.id),
  'leads.qualify': (input, ctx) => qualifyLead(ctx, input),
};
