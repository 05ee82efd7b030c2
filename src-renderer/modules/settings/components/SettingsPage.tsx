import { AboutCard } from './AboutCard';
import { CurrencyCard } from './CurrencyCard';
import { LanguageCard } from './LanguageCard';
import './SettingsPage.css';

export const SettingsPage = () => (
  <div className="settings-page">
    <LanguageCard />
    <CurrencyCard />
    <AboutCard />
  </div>
);
