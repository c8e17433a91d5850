import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';
import { helpApi } from '../help-api-client.js';
import { Branches } from '../times/branches.js';
import { Exceptions } from '../times/exceptions.js';
import { Patterns } from '../times/patterns.js';
import { SlotPreview } from '../times/slot-preview.js';
import { useTopics } from '../times/use-topics.js';

/**
 * Helpers and admins: the libraries and their opening hours, the weekly help sessions, the days
 * they do not run, and the coming two weeks as kiosks will offer them.
 */
export function Times() {
  const { t } = useTranslation();
  const times = useLoad(() => helpApi.times(), []);
  const topics = useTopics();
  const [status, setStatus] = useState('');
  // Bumped after every save, so the preview shows what the change did.
  const [version, setVersion] = useState(0);

  const changed = async (message: string) => {
    await times.reload();
    setVersion((v) => v + 1);
    setStatus(message);
  };

  return (
    <section class="times">
      <ScreenHeading title={t('times.heading')}>{t('times.heading')}</ScreenHeading>
      <p>{t('times.intro')}</p>
      <p role="status" class="success">
        {status}
      </p>
      <ProblemMessage error={times.error} />
      {!times.data && !times.error && <p aria-busy="true">{t('app.loading')}</p>}
      {times.data && (
        <>
          <Branches branches={times.data.branches} onSaved={(m) => void changed(m)} />
          <Patterns
            patterns={times.data.patterns}
            branches={times.data.branches}
            topics={topics}
            onChanged={(m) => void changed(m)}
          />
          <Exceptions
            exceptions={times.data.exceptions}
            patterns={times.data.patterns}
            branches={times.data.branches}
            onChanged={(m) => void changed(m)}
          />
          <SlotPreview branches={times.data.branches} version={version} />
        </>
      )}
    </section>
  );
}
