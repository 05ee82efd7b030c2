import type { z } from 'zod';
import { activityProcedures } from './procedures/activityProcedures';
import { automationProcedures } from './procedures/automationProcedures';
import { analyticsProcedures } from './procedures/analyticsProcedures';
import { appProcedures } from './procedures/appProcedures';
import { backupProcedures } from './procedures/backupProcedures';
import { exportProcedures } from './procedures/exportProcedures';
import { boardProcedures } from './procedures/boardProcedures';
import { campaignProcedures } from './procedures/campaignProcedures';
import { companyProcedures } from './procedures/companyProcedures';
import { contactProcedures } from './procedures/contactProcedures';
import { controlPointProcedures } from './procedures/controlPointProcedures';
import { customFieldProcedures } from './procedures/customFieldProcedures';
import { customerProcedures } from './procedures/customerProcedures';
import { segmentProcedures } from './procedures/segmentProcedures';
import { personaProcedures } from './procedures/personaProcedures';
import { emailProcedures } from './procedures/emailProcedures';
import { dealProcedures } from './procedures/dealProcedures';
import { icpProcedures } from './procedures/icpProcedures';
import { importProcedures } from './procedures/importProcedures';
import { kpiProcedures } from './procedures/kpiProcedures';
import { leadProcedures } from './procedures/leadProcedures';
import { pipelineProcedures } from './procedures/pipelineProcedures';
import { referenceProcedures } from './procedures/referenceProcedures';
import { reminderProcedures } from './procedures/reminderProcedures';
import { reportProcedures } from './procedures/reportProcedures';
import { reportScheduleProcedures } from './procedures/reportScheduleProcedures';
import { savedViewProcedures } from './procedures/savedViewProcedures';
import { searchProcedures } from './procedures/searchProcedures';
import { syncProcedures } from './procedures/syncProcedures';
import { syncFolderProcedures } from './procedures/syncFolderProcedures';
import { hubProcedures } from './procedures/hubProcedures';
import { timelineProcedures } from './procedures/timelineProcedures';
import { teamProcedures } from './procedures/teamProcedures';
import { userProcedures } from './procedures/userProcedures';

/**
 * Every procedure the backend serves, defined once (one file per feature under procedures/).
 * Hosts, the preload, the typed client and the core's router all derive from this object, so a
 * missing handler is a type error.
 */
export const contract = {
  ...appProcedures,
  ...pipelineProcedures,
  ...dealProcedures,
  ...boardProcedures,
  ...controlPointProcedures,
  ...companyProcedures,
  ...contactProcedures,
  ...customerProcedures,
  ...segmentProcedures,
  ...personaProcedures,
  ...userProcedures,
  ...teamProcedures,
  ...referenceProcedures,
  ...campaignProcedures,
  ...kpiProcedures,
  ...leadProcedures,
  ...reportProcedures,
  ...reportScheduleProcedures,
  ...activityProcedures,
  ...analyticsProcedures,
  ...backupProcedures,
  ...exportProcedures,
  ...importProcedures,
  ...customFieldProcedures,
  ...automationProcedures,
  ...timelineProcedures,
  ...searchProcedures,
  ...savedViewProcedures,
  ...icpProcedures,
  ...reminderProcedures,
  ...emailProcedures,
  ...syncProcedures,
  ...syncFolderProcedures,
  ...hubProcedures,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
