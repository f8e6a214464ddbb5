/**
 * Classic XSS payloads (after the OWASP filter-evasion cheat sheet). Each one, if it ever ran,
 * would call alert() or set window.__xss; the flows check that neither happens.
 */
export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<script>window.__xss=1</script>',
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '<img src=x onerror=alert(1)>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<math><mtext><img src=x onerror=alert(1)></mtext></math>',
  '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">',
  '<marquee onstart=alert(1)>x</marquee>',
  '<div style="background:url(javascript:alert(1))">',
  '<isindex action=javascript:alert(1) type=image>',
  '<form action=javascript:alert(1)><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=import href=data:text/html,<script>alert(1)</script>>',
  '<base href="javascript:alert(1)//">',
  '"><img src=x onerror=alert(String.fromCharCode(88,83,83))>',
  "';alert(1);//",
  '";alert(1);//',
  '`${alert(1)}`',
  '{{constructor.constructor("alert(1)")()}}',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  'javascript:alert(1)',
  '<textarea></textarea><script>alert(1)</script>',
  '<select><option><script>alert(1)</script></option></select>',
] as const;

/** Payloads joined into pieces no longer than `max` characters (for fields with a length limit). */
export function packPayloads(max: number, lead = ''): string[] {
  const pieces: string[] = [];
  let current = lead;
  for (const payload of XSS_PAYLOADS) {
    if (`${current} ${payload}`.length > max) {
      pieces.push(current);
      current = lead;
    }
    current = current ? `${current} ${payload}` : payload;
  }
  pieces.push(current);
  return pieces;
}
