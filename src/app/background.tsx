/**
 * What the page does in the background, none of which the first paint needs: the live updates
 * (other tabs' changes, sellers' answers, the browser's notifications) and the outbox's start,
 * which sends again what an earlier page could not send and tells the buyer how it went. Its code
 * and its words load after the first paint (layout.tsx), like the mock.
 */
import { LiveUpdates } from './live-updates';
import { ResumedChanges } from './resumed-changes';

export default function Background() {
  return (
    <>
      <LiveUpdates />
      <ResumedChanges />
    </>
  );
}
