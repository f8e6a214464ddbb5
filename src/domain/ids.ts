declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A marketplace order number: always 16 digits, always a string (never a JS number). */
export type OrderId = Brand<string, 'OrderId'>;
/** The buyer an order belongs to. */
export type BuyerId = Brand<string, 'BuyerId'>;
/** A store on the marketplace. */
export type SellerId = Brand<string, 'SellerId'>;

export const ORDER_ID_PATTERN = /^\d{16}$/;

export function isOrderId(value: unknown): value is OrderId {
  return typeof value === 'string' && ORDER_ID_PATTERN.test(value);
}

export function orderId(value: string): OrderId {
  if (!isOrderId(value)) throw new TypeError(`Not an order number: ${JSON.stringify(value)}`);
  return value;
}

export function buyerId(value: string): BuyerId {
  return value as BuyerId;
}

export function sellerId(value: string): SellerId {
  return value as SellerId;
}
