import { formatMoney, type Money } from '../domain/money';

export function MoneyText({ value }: { value: Money }) {
  return <span className="money">{formatMoney(value)}</span>;
}
