import { formatCountdown } from '../i18n/format';
import { useNow } from './use-now';

/** A live mm:ss (or h:mm:ss) countdown, driven by the page's one shared clock. */
export function Countdown({ endsAt }: { endsAt: number }) {
  const now = useNow();
  return <bdi className="countdown">{formatCountdown(endsAt - now)}</bdi>;
}
