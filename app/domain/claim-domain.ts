/**
 * Whether a verified email address shows that its owner speaks for the organization behind a
 * website: the address and the site must share the same registrable domain
 * ("info@coop-x.ca" or "ana@info.coop-x.ca" for "https://www.coop-x.ca/"). A claim that
 * passes is granted at once; any doubt sends it to the regional hub instead, so every rule
 * here errs on the side of "no".
 */

// Multi-label public suffixes where registrations happen one level below: without them,
// "ville.qc.ca" and "coop.qc.ca" would share the "registrable domain" qc.ca. Canadian
// provincial and municipal-style second levels first (the portal's users), then common
// foreign ones a partner might use. Not the whole Public Suffix List: a miss here only
// sends a claim to the hub.
const MULTI_LABEL_SUFFIXES = new Set([
  ...["ab", "bc", "mb", "nb", "nf", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yk", "yt"].map((p) => `${p}.ca`),
  "gc.ca",
  "co.uk",
  "org.uk",
  "ac.uk",
  "gov.uk",
  "com.au",
  "org.au",
  "net.au",
  "co.nz",
  "org.nz",
  "com.br",
  "com.mx",
  "co.jp",
  "com.fr",
  "asso.fr",
  "gouv.fr",
]);

// Mailboxes anyone can open: an address there says nothing about the enterprise.
const FREE_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "hotmail.com",
  "hotmail.ca",
  "hotmail.fr",
  "outlook.com",
  "outlook.fr",
  "live.com",
  "live.ca",
  "live.fr",
  "msn.com",
  "yahoo.com",
  "yahoo.ca",
  "yahoo.fr",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "gmx.com",
  "gmx.net",
  "mail.com",
  "zoho.com",
  "fastmail.com",
  "videotron.ca",
  "sympatico.ca",
  "bell.net",
  "cgocable.ca",
  "cogeco.ca",
  "globetrotter.net",
  "telus.net",
  "shaw.ca",
  "rogers.com",
  "derytele.com",
]);

// Sites where many organizations get a page or a subdomain: sharing one of these says
// nothing either ("coop-x.wixsite.com", "facebook.com/coopx").
const SHARED_SITE_DOMAINS = new Set([
  "facebook.com",
  "fb.com",
  "instagram.com",
  "linkedin.com",
  "twitter.com",
  "x.com",
  "youtube.com",
  "google.com",
  "goo.gl",
  "wixsite.com",
  "wix.com",
  "wordpress.com",
  "blogspot.com",
  "squarespace.com",
  "square.site",
  "weebly.com",
  "godaddysites.com",
  "webnode.page",
  "jimdosite.com",
  "github.io",
  "netlify.app",
  "vercel.app",
  "linktr.ee",
  "canva.site",
  "business.site",
]);

/** Lower-cased ASCII (punycode) host without trailing dot or leading "www.", or null when not a domain name. */
function normalizeHost(host: string): string | null {
  let value = host.trim().toLowerCase().replace(/\.+$/, "");
  if (!value || value.includes("..")) return null;
  try {
    value = new URL(`http://${value}`).hostname;
  } catch {
    return null;
  }
  value = value.replace(/\.+$/, "");
  // IPv4 and IPv6 literals are no one's domain.
  if (value.startsWith("[") || /^\d+(\.\d+)*$/.test(value)) return null;
  if (!value.includes(".")) return null;
  return value.replace(/^www\d*\./, "");
}

/** The part of a host an organization registers: "info.coop-x.ca" → "coop-x.ca", "a.ville.qc.ca" → "ville.qc.ca". */
export function registrableDomain(host: string): string | null {
  const normalized = normalizeHost(host);
  if (!normalized) return null;
  const labels = normalized.split(".");
  const lastTwo = labels.slice(-2).join(".");
  const size = MULTI_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  if (labels.length < size) return null;
  return labels.slice(-size).join(".");
}

/** The host of a listing's website ("www.coop-x.ca/contact" without a scheme works too), or null. */
export function websiteHost(website: string | null | undefined): string | null {
  if (!website?.trim()) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(website.trim()) ? website.trim() : `https://${website.trim()}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return normalizeHost(url.hostname);
  } catch {
    return null;
  }
}

/** The domain of an email address, or null when it has none. */
export function emailDomain(email: string): string | null {
  const at = email.trim().lastIndexOf("@");
  if (at <= 0) return null;
  const domain = email.trim().slice(at + 1);
  // Letters, digits, dots and hyphens only: no port, path, IP literal or second "@".
  if (!/^[\p{L}\p{N}.-]+$/u.test(domain)) return null;
  return normalizeHost(domain);
}

/** True when the address's registrable domain is the website's, and neither is a shared or free-mail domain. */
export function emailMatchesWebsite(email: string, website: string | null | undefined): boolean {
  const mail = emailDomain(email);
  const site = websiteHost(website);
  if (!mail || !site) return false;
  const mailRoot = registrableDomain(mail);
  const siteRoot = registrableDomain(site);
  if (!mailRoot || !siteRoot || mailRoot !== siteRoot) return false;
  if (FREE_MAIL_DOMAINS.has(mail) || FREE_MAIL_DOMAINS.has(mailRoot)) return false;
  if (SHARED_SITE_DOMAINS.has(siteRoot)) return false;
  return true;
}
