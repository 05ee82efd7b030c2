import { CampaignsCard } from './CampaignsCard';
import { SourcesCard } from './SourcesCard';
import './Campaigns.css';

/** Settings → Sources and campaigns: where leads come from and what bringing them cost. */
export const SourcesCampaignsSection = () => (
  <>
    <SourcesCard />
    <CampaignsCard />
  </>
);
