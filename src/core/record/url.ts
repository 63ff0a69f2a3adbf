// URL normalisation for saved highlights: the same page reached through a newsletter link, a
// search ad or a share button must find the same highlights. Pure: uses only the URL class.

/** Query parameters that only track where a click came from (matched case-insensitively). */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'epik', 'srsltid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', '__hssc',
  '__hstc', '__hsfp', 'hsctatracking', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid',
  'vero_conv', 'vero_id', 'wickedid', 'ef_id', '_openstat', 'trk', 'trkcampaign', 'sc_cid',
]);
/** Parameter name prefixes used only for tracking: utm_source…, mc_cid/mc_eid (Mailchimp), Matomo/Piwik, HubSpot ads. */
const TRACKING_PREFIXES = ['utm_', 'mc_', 'pk_', 'mtm_', 'matomo_', 'hsa_'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The address a highlight is filed under: no fragment, no tracking parameters, host lower-cased,
 * default port dropped (the URL parser does those two); other parameters keep their order.
 * Text that is not an absolute URL is returned trimmed and without its fragment.
 */
export function normaliseUrl(input: string): string {
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    const hash = raw.indexOf('#');
    return hash === -1 ? raw : raw.slice(0, hash);
  }
  url.hash = '';
  if (url.search) {
    const kept = [...url.searchParams].filter(([k]) => !isTrackingParam(k));
    if (kept.length !== [...url.searchParams].length) {
      const params = new URLSearchParams();
      for (const [k, v] of kept) params.append(k, v);
      url.search = params.toString();
    }
  }
  let out = url.toString();
  if (out.endsWith('?')) out = out.slice(0, -1);
  if (out.endsWith('#')) out = out.slice(0, -1);
  return out;
}
