import type { Step } from '../../domain/content.js';
import { stepLinks } from '../../domain/guide-text.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { QrCode } from '../../ui/qr-code.js';

/** The guide as a QR code for the visitor's phone: the same guide, in the same language. */
export function TakeAwayCode({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation();
  return (
    <section class="take-away" aria-labelledby="take-away-heading">
      <QrCode value={url} label={`${t('guide.takeAway')}: ${title}`} />
      <div>
        <h2 id="take-away-heading">{t('guide.takeAway')}</h2>
        <p>{t('guide.takeAwayHelp')}</p>
        <p class="link-url take-away-url" dir="ltr">
          {url.replace(/^https?:\/\//, '')}
        </p>
      </div>
    </section>
  );
}

/** The links of a step as QR codes, under `heading`: the kiosk never opens a website itself. */
export function StepLinkCodes({ step, heading }: { step: Step; heading: string }) {
  const links = stepLinks(step);
  if (links.length === 0) return null;
  return (
    <section class="link-codes" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.url}>
            <QrCode value={link.url} label={`${link.text} (${link.url})`} size={132} />
            <span class="link-url" dir="ltr">
              {link.url.replace(/^https:\/\//, '').replace(/\/$/, '')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
