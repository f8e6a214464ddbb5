/**
 * Stands in for `tldts` in the browser build. MSW keeps a cookie jar (tough-cookie), which asks
 * tldts for a host's registrable domain using a 250 kB list of public suffixes. The demo's API
 * sets no cookies, so the simple rule below is enough, and the mock's chunk loses most of its
 * weight (README, "Speed").
 */
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function getDomain(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (host === '') return null;
  if (IPV4.test(host) || host.includes(':') || !host.includes('.')) return host;
  return host.split('.').slice(-2).join('.');
}

export default { getDomain };
