/**
 * The seeded order numbers, straight from the generator (they depend on scenario and seed only),
 * so a flow can aim at "the order cancelled by the seller, window open" by its README label.
 */
export { seededOrder } from '../mocks/seed-table';
