import { formatCount } from '../domain/count';
import type { Seller } from '../domain/order';

const rating = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatRating(value: number): string {
  return rating.format(value);
}

/** The store with the figures a buyer weighs before asking for a restore (the seed's tip). */
export function SellerSummary({ seller, compact = false }: { seller: Seller; compact?: boolean }) {
  return (
    <p className="seller-summary">
      <span className="seller-summary__name">{seller.name}</span>
      <span className="seller-summary__rating">
        <span aria-hidden="true">★ </span>
        {formatRating(seller.rating)}
        <span className="visually-hidden"> out of 5 stars</span>
      </span>
      {!compact && (
        <>
          <span>{percent.format(seller.positiveFeedbackPercent)}% positive</span>
          <span>{formatCount(seller.ratingsCount)} ratings</span>
        </>
      )}
    </p>
  );
}
