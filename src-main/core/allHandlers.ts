import type { Handlers } from './Handlers';
import { activitiesHandlers } from './modules/activities/activities.handlers';
import { analyticsHandlers } from './modules/analytics/analytics.handlers';
import { automationHandlers } from './modules/automation/automation.handlers';
import { appHandlers } from './modules/app/app.handlers';
import { backupHandlers } from './modules/backup/backup.handlers';
import { syncHandlers } from './modules/sync/sync.handlers';
import { exportsHandlers } from './modules/exports/exports.handlers';
import { boardHandlers } from './modules/board/board.handlers';
import { campaignsHandlers } from './modules/campaigns/campaigns.handlers';
import { controlPointsHandlers } from './modules/controlPoints/controlPoints.handlers';
import { companiesHandlers } from './modules/companies/companies.handlers';
import { contactsHandlers } from './modules/contacts/contacts.handlers';
import { customFieldsHandlers } from './modules/customFields/customFields.handlers';
import { dealsHandlers } from './modules/deals/deals.handlers';
import { emailHandlers } from './modules/email/email.handlers';
import { icpHandlers } from './modules/icp/icp.handlers';
import { customerHandlers } from './modules/customers/customers.handlers';
import { segmentHandlers } from './modules/segments/segments.handlers';
import { personaHandlers } from './modules/personas/personas.handlers';
import { teamHandlers } from './modules/teams/teams.handlers';
import { importsHandlers } from './modules/imports/imports.handlers';
import { kpiHandlers } from './modules/kpi/kpi.handlers';
import { leadsHandlers } from './modules/leads/leads.handlers';
import { leadSourcesHandlers } from './modules/leadSources/leadSources.handlers';
import { lossReasonsHandlers } from './modules/lossReasons/lossReasons.handlers';
import { pipelinesHandlers } from './modules/pipelines/pipelines.handlers';
import { remindersHandlers } from './modules/reminders/reminders.handlers';
import { reportsHandlers } from './modules/reports/reports.handlers';
import { reportScheduleHandlers } from './modules/reportSchedule/reportSchedule.handlers';
import { syncFolderHandlers } from './modules/syncFolder/syncFolder.handlers';
import { hubHandlers } from './modules/hub/hub.handlers';
import { savedViewsHandlers } from './modules/savedViews/savedViews.handlers';
import { searchHandlers } from './modules/search/search.handlers';
import { timelineHandlers } from './modules/timeline/timeline.handlers';
import { settingsHandlers } from './modules/settings/settings.handlers';
import { usersHandlers } from './modules/users/users.handlers';

export const allHandlers: Handlers = {
  ...emailHandlers,
  ...appHandlers,
  ...settingsHandlers,
  ...pipelinesHandlers,
  ...dealsHandlers,
  ...boardHandlers,
  ...controlPointsHandlers,
  ...companiesHandlers,
  ...contactsHandlers,
  ...usersHandlers,
  ...lossReasonsHandlers,
  ...leadSourcesHandlers,
  ...campaignsHandlers,
  ...kpiHandlers,
  ...leadsHandlers,
  ...reportsHandlers,
  ...reportScheduleHandlers,
  ...syncFolderHandlers,
  ...hubHandlers,
  ...activitiesHandlers,
  ...analyticsHandlers,
  ...backupHandlers,
  ...exportsHandlers,
  ...importsHandlers,
  ...customFieldsHandlers,
  ...timelineHandlers,
  ...searchHandlers,
  ...savedViewsHandlers,
  ...icpHandlers,
  ...customerHandlers,
  ...segmentHandlers,
  ...personaHandlers,
  ...teamHandlers,
  ...automationHandlers,
  ...remindersHandlers,
  ...syncHandlers,
};
