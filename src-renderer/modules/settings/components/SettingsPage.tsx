import { useTranslation } from 'react-i18next';
import { ensureStagesSettingsMessages } from '../../stagesSettings/utils/ensureStagesSettingsMessages';
import { AutomationCard } from '../../automation/components/AutomationCard';
import { CustomFieldsCard } from '../../customFields/components/CustomFieldsCard';
import { ImportCard } from '../../imports/components/ImportCard';
import { SourcesCampaignsSection } from '../../campaigns/components/SourcesCampaignsSection';
import { IcpProfilesCard } from '../../icp/components/IcpProfilesCard';
import { TeamCard } from '../../users/components/TeamCard';
import { AboutCard } from './AboutCard';
import { BackupCard } from './BackupCard';
import { BantWeightsCard } from './BantWeightsCard';
import { CurrencyCard } from './CurrencyCard';
import { DiagnosticsCard } from './DiagnosticsCard';
import { LanguageCard } from './LanguageCard';
import { PhoneCountryCard } from './PhoneCountryCard';
import { PipelinesCard } from './PipelinesCard';
import './SettingsPage.css';

export const SettingsPage = () => {
  // Its inline editors (sources, custom fields, rules) share the stage settings' messages.
  const { i18n } = useTranslation();
  ensureStagesSettingsMessages(i18n);
  return (
    <div className="settings-page">
      <LanguageCard />
      <CurrencyCard />
      <PhoneCountryCard />
      <PipelinesCard />
      <BantWeightsCard />
      <CustomFieldsCard />
      <TeamCard />
      <AutomationCard />
      <SourcesCampaignsSection />
      <IcpProfilesCard />
      <ImportCard />
      <BackupCard />
      <AboutCard />
      <DiagnosticsCard />
    </div>
  );
};
