import type { CompanyIcpFit as Fit } from '@shared/contract/schemas/icpProfiles';
import { useTranslation } from 'react-i18next';
import { ensureIcpMessages } from '../utils/ensureIcpMessages';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import './Icp.css';

type Reason = NonNullable<Fit['best']>['reasons'][number];

const reasonTone = (reason: Reason): 'met' | 'missed' | 'unknown' => {
  if (reason.kind === 'criterion') return reason.result;
  if (reason.kind === 'mustHave') return reason.met ? 'met' : 'missed';
  return 'missed';
};

/** The company's ICP fit on its page: the percentage, the profile it fits best and why. */
export const CompanyIcpFit = ({ companyId }: { companyId: string }) => {
  const { t, i18n } = useTranslation();
  ensureIcpMessages(i18n);
  const answer = useLiveQuery('companies.icpFit', { id: companyId }, ['companies', 'icp_profiles']).data;
  if (!answer) return null;
  const fit = answer.best;
  const reasonText = (reason: Reason): string => {
    if (reason.kind === 'criterion') {
      return t(`icp.reasons.${reason.result}`, { criterion: t(`icp.criteria.${reason.criterion}`) });
    }
    if (reason.kind === 'mustHave')
      return t(reason.met ? 'icp.reasons.hasTerm' : 'icp.reasons.lacksTerm', { term: reason.term });
    return t('icp.reasons.excluded', { term: reason.term });
  };
  return (
    <section className="card icp-fit-card" data-testid="company-icp-fit" aria-labelledby="company-icp-title">
      <h2 id="company-icp-title">{t('icp.fit.title')}</h2>
      {fit === null ? (
        <p className="muted">{t('icp.fit.noProfile')}</p>
      ) : (
        <>
          <p className="icp-fit-line">
            <strong className="num icp-fit-value">{Math.round(fit.fit * 100)}%</strong>
            <span className="muted">{t('icp.fit.profile', { name: fit.profileName })}</span>
          </p>
          <ul className="icp-reasons">
            {fit.reasons.map((reason, index) => (
              <li key={index} className={`icp-reason is-${reasonTone(reason)}`}>
                {reasonText(reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
