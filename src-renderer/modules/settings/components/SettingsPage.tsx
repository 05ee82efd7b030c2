import { useTranslation } from 'react-i18next';
import { ensureStagesSettingsMessages } from '../../stagesSettings/utils/ensureStagesSettingsMessages';
import { ensureSettingsMessages } from '../utils/ensureSettingsMessages';
import { AutomationCard } from '../../automation/components/AutomationCard';
import { CustomFieldsCard } from '../../customFields/components/CustomFieldsCard';
import { ImportCard } from '../../imports/components/ImportCard';
import { SourcesCampaignsSection } from '../../campaigns/components/SourcesCampaignsSection';
import { IcpProfilesCard } from '../../icp/components/IcpProfilesCard';
import { SegmentsCard } from '../../segments/components/SegmentsCard';
import { PersonasCard } from '../../personas/components/PersonasCard';
import { SmtpCard } from '../../email/components/SmtpCard';
import { EmailTemplatesCard } from '../../email/components/EmailTemplatesCard';
import { OutboxCard } from '../../email/components/OutboxCard';
import { SyncCard } from '../../sync/components/SyncCard';
import { ensureSyncMessages } from '../../sync/utils/ensureSyncMessages';
import { SampleWorkspaceCard } from '../../sample/components/SampleWorkspaceCard';
import { SharedFolderCard } from '../../syncFolder/components/SharedFolderCard';
import { HubCard } from '../../hub/components/HubCard';
import { HubTeamCard } from '../../hub/components/HubTeamCard';
import { SecurityCard } from '../../security/components/SecurityCard';
import { TeamCard } from '../../users/components/TeamCard';
import { AboutCard } from './AboutCard';
import { BackupCard } from './BackupCard';
import { BantWeightsCard } from './BantWeightsCard';
import { CurrencyCard } from './CurrencyCard';
import { DiagnosticsCard } from './DiagnosticsCard';
import { LanguageCard } from './LanguageCard';
import { PhoneCountryCard } from './PhoneCountryCard';
import { PipelinesCard } from './PipelinesCard';
import { NoContactDaysCard } from '../../customers/components/NoContactDaysCard';
import './SettingsPage.css';

export const SettingsPage = () => {
  // Its inline editors (sources, custom fields, rules) share the stage settings' messages.
  const { i18n } = useTranslation();
  ensureStagesSettingsMessages(i18n);
  ensureSettingsMessages(i18n);
  ensureSyncMessages(i18n);
  return (
    <div className="settings-page">
      <LanguageCard />
      <CurrencyCard />
      <PhoneCountryCard />
      <PipelinesCard />
      <BantWeightsCard />
      <NoContactDaysCard />
      <CustomFieldsCard />
      <TeamCard />
      <HubTeamCard />
      <AutomationCard />
      <SmtpCard />
      <EmailTemplatesCard />
      <OutboxCard />
      <SourcesCampaignsSection />
      <IcpProfilesCard />
      <PersonasCard />
      <SegmentsCard />
      <ImportCard />
      <BackupCard />
      <SyncCard />
      <SharedFolderCard />
      <HubCard />
      <SecurityCard />
      <SampleWorkspaceCard />
      <AboutCard />
      <DiagnosticsCard />
    </div>
  );
};
