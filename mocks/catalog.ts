import { sellerId } from '../src/domain/ids';
import type { CurrencyCode } from '../src/domain/money';
import type { Seller } from '../src/domain/order';

export type Product = {
  readonly title: string;
  readonly variants: readonly string[];
  /** Price in minor units of the seller's currency. */
  readonly price: number;
  readonly image: string;
};

export type CatalogSeller = Seller & {
  readonly currency: CurrencyCode;
  readonly products: readonly Product[];
};

const img = (name: string) => `/images/products/${name}.svg`;

/** Sellers from 3.2 to 4.9 stars, answering in a few minutes to 3 hours. */
export const SELLERS: readonly CatalogSeller[] = [
  {
    id: sellerId('aurora-home'),
    name: 'Aurora Home Store',
    rating: 4.9,
    positiveFeedbackPercent: 98.6,
    ratingsCount: 25310,
    typicalResponseMinutes: 15,
    currency: 'USD',
    products: [
      {
        title: 'Bedside lamp with linen shade',
        variants: ['Sand', 'Charcoal'],
        price: 3499,
        image: img('lamp'),
      },
      {
        title: 'Stoneware mug set (4)',
        variants: ['Ocean blue', 'Matte white'],
        price: 2450,
        image: img('mug'),
      },
      {
        title: 'Waffle-knit throw blanket',
        variants: ['Lavender', 'Oat'],
        price: 4199,
        image: img('throw'),
      },
    ],
  },
  {
    id: sellerId('kestrel-audio'),
    name: 'Kestrel Audio',
    rating: 4.7,
    positiveFeedbackPercent: 96.9,
    ratingsCount: 8120,
    typicalResponseMinutes: 45,
    currency: 'USD',
    products: [
      {
        title: 'Wireless over-ear headphones',
        variants: ['Black', 'Sky'],
        price: 8999,
        image: img('headphones'),
      },
      {
        title: 'Mechanical keyboard, 75%',
        variants: ['Brown switches', 'Red switches'],
        price: 11900,
        image: img('keyboard'),
      },
    ],
  },
  {
    id: sellerId('maple-loom'),
    name: 'Maple & Loom',
    rating: 4.5,
    positiveFeedbackPercent: 95.2,
    ratingsCount: 3450,
    typicalResponseMinutes: 90,
    currency: 'GBP',
    products: [
      {
        title: 'Canvas roll-top backpack',
        variants: ['Rust', 'Olive'],
        price: 5600,
        image: img('backpack'),
      },
      {
        title: 'Cast-iron teapot, 0.8 l',
        variants: ['Jade', 'Graphite'],
        price: 3850,
        image: img('teapot'),
      },
    ],
  },
  {
    id: sellerId('nordlicht-outdoor'),
    name: 'Nordlicht Outdoor',
    rating: 4.3,
    positiveFeedbackPercent: 93.8,
    ratingsCount: 1980,
    typicalResponseMinutes: 120,
    currency: 'EUR',
    products: [
      {
        title: 'Trail running sneakers',
        variants: ['EU 40', 'EU 42', 'EU 44'],
        price: 7995,
        image: img('sneakers'),
      },
      {
        title: 'Field watch, 38 mm',
        variants: ['Steel', 'Leather strap'],
        price: 12900,
        image: img('watch'),
      },
    ],
  },
  {
    id: sellerId('sakura-stationery'),
    name: 'Sakura Stationery',
    rating: 4.1,
    positiveFeedbackPercent: 92.0,
    ratingsCount: 760,
    typicalResponseMinutes: 30,
    currency: 'JPY',
    products: [
      {
        title: 'Desk plant in ceramic pot',
        variants: ['Pothos', 'Snake plant'],
        price: 2800,
        image: img('plant'),
      },
      {
        title: 'Instant film camera',
        variants: ['Mint', 'Pink'],
        price: 12800,
        image: img('camera'),
      },
    ],
  },
  {
    id: sellerId('vistula-gadgets'),
    name: 'Vistula Gadgets',
    rating: 3.8,
    positiveFeedbackPercent: 89.5,
    ratingsCount: 410,
    typicalResponseMinutes: 180,
    currency: 'PLN',
    products: [
      {
        title: 'Silicone phone case',
        variants: ['Green', 'Clear'],
        price: 3900,
        image: img('phone-case'),
      },
      {
        title: 'USB-C keyboard, compact',
        variants: ['Grey'],
        price: 15900,
        image: img('keyboard'),
      },
    ],
  },
  {
    id: sellerId('bargain-bazaar'),
    name: 'Bargain Bazaar',
    rating: 3.2,
    positiveFeedbackPercent: 84.1,
    ratingsCount: 230,
    typicalResponseMinutes: 150,
    currency: 'USD',
    products: [
      { title: 'Budget earbuds', variants: ['White'], price: 999, image: img('headphones') },
      { title: 'Novelty mug', variants: ['Cat', 'Dog'], price: 799, image: img('mug') },
    ],
  },
  {
    id: sellerId('pixel-peak'),
    name: 'Pixel Peak Electronics',
    rating: 4.6,
    positiveFeedbackPercent: 97.3,
    ratingsCount: 12400,
    typicalResponseMinutes: 5,
    currency: 'EUR',
    products: [
      { title: 'Mirrorless camera body', variants: ['Black'], price: 64900, image: img('camera') },
      {
        title: 'Smart watch, 44 mm',
        variants: ['Midnight', 'Starlight'],
        price: 24900,
        image: img('watch'),
      },
    ],
  },
];

/** The seller fields an order carries (the catalog's extras stay here). */
export function sellerOf(seller: CatalogSeller): Seller {
  return {
    id: seller.id,
    name: seller.name,
    rating: seller.rating,
    positiveFeedbackPercent: seller.positiveFeedbackPercent,
    ratingsCount: seller.ratingsCount,
    typicalResponseMinutes: seller.typicalResponseMinutes,
  };
}
