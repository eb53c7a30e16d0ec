import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/setup.ts';
import { useMe } from '../../session/session.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { DutyStatus } from './duty-status.tsx';
import './duties.css';
import { dutiesMessages } from './messages.ts';
import { MyDuties } from './my-duties.tsx';

registerMessages('duties', dutiesMessages);

/** Every member's duty notices to read and acknowledge; for admins, who has not yet. */
export default function DutiesPage() {
  const { t } = useTranslation('duties');
  usePageTitle(t('title'));
  const me = useMe();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className={me.member.admin ? 'duties-layout' : undefined}>
        <MyDuties />
        {me.member.admin && <DutyStatus />}
      </div>
    </>
  );
}
