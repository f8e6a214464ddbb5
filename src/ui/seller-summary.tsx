import { plural, t } from '@lingui/core/macro';
import type { Seller } from '../domain/order';
import { activeIntlLocale } from '../i18n/format';

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
const PERCENT = { style: 'percent', maximumFractionDigits: 1 } as const;

/** The number formats of this summary, one per language and kind (made once each). */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(kind: 'rating' | 'percent'): Intl.NumberFormat {
  const locale = activeIntlLocale();
  const key = `${kind}|${locale}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, kind === 'rating' ? ONE_DECIMAL : PERCENT);
    formats.set(key, format);
  }
  return format;
}

export function formatRating(value: number): string {
  return numberFormat('rating').format(value);
}

/** "98.6%", written the active language's way ("98,6 %", "٪٩٨٫٦"). */
function formatPercent(value: number): string {
  return numberFormat('percent').format(value / 100);
}

/** The store with the figures a buyer weighs before asking for a restore (the seed's tip). */
export function SellerSummary({ seller, compact = false }: { seller: Seller; compact?: boolean }) {
  const positive = formatPercent(seller.positiveFeedbackPercent);
  const ratingsCount = seller.ratingsCount;
  return (
    <p className="seller-summary">
      <span className="seller-summary__name">{seller.name}</span>
      <span className="seller-summary__rating">
        <span aria-hidden="true">★ </span>
        <bdi>{formatRating(seller.rating)}</bdi>
        <span className="visually-hidden">
          {' '}
          {t({
            message: 'out of 5 stars',
            comment: 'Read by screen readers after the seller’s rating: “4.8 out of 5 stars”',
          })}
        </span>
      </span>
      {!compact && (
        <>
          <span>
            {t({
              message: `${positive} positive`,
              comment: 'The share of the seller’s feedback that is positive: “98.6% positive”',
            })}
          </span>
          <span>{plural(ratingsCount, { one: '# rating', other: '# ratings' })}</span>
        </>
      )}
    </p>
  );
}
