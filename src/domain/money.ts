/** An amount of money in integer minor units (cents, pence, …) of an ISO 4217 currency. */
export type Money = { readonly amountMinor: number; readonly currency: CurrencyCode };

export type CurrencyCode = 'USD' | 'EUR' | 'GBP' | 'JPY' | 'PLN';
export const CURRENCIES: readonly CurrencyCode[] = ['USD', 'EUR', 'GBP', 'JPY', 'PLN'];

const digitsByCurrency = new Map<CurrencyCode, number>();

/** How many decimal digits the minor unit has, from Intl itself (JPY has none, USD two). */
export function minorUnitDigits(currency: CurrencyCode): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

export function money(amountMinor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new RangeError(`Money must be a non-negative integer of minor units, got ${amountMinor}`);
  }
  return { amountMinor, currency };
}

export function multiply(value: Money, quantity: number): Money {
  return money(value.amountMinor * quantity, value.currency);
}

export function sum(values: readonly Money[], currency: CurrencyCode): Money {
  let total = 0;
  for (const value of values) {
    if (value.currency !== currency) {
      throw new TypeError(`Cannot add ${value.currency} to ${currency}`);
    }
    total += value.amountMinor;
  }
  return money(total, currency);
}
