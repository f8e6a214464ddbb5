import type { Money } from '../domain/money';
import { formatMoney } from '../i18n/format';

export function MoneyText({ value }: { value: Money }) {
  return <bdi className="money">{formatMoney(value)}</bdi>;
}
