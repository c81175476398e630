type OrganizationInput = {
  name: string;
  legalName: string;
  description: string;
  url?: string | null;
  email?: string | null;
  telephone?: string | null;
  neq?: string | null;
  address: { street?: string | null; locality: string; postalCode?: string | null };
  areaServed: string[];
  foundingYear?: number | null;
  offers: string[];
  pageUrl: string;
};

/** schema.org Organization markup for a listing, so search engines and tools can read it. */
export function organizationJsonLd(o: OrganizationInput): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": o.pageUrl,
    name: o.name,
    legalName: o.legalName,
    description: o.description,
    ...(o.url ? { url: o.url } : {}),
    ...(o.email ? { email: o.email } : {}),
    ...(o.telephone ? { telephone: o.telephone } : {}),
    ...(o.neq ? { identifier: { "@type": "PropertyValue", propertyID: "NEQ", value: o.neq } } : {}),
    address: {
      "@type": "PostalAddress",
      ...(o.address.street ? { streetAddress: o.address.street } : {}),
      addressLocality: o.address.locality,
      addressRegion: "QC",
      ...(o.address.postalCode ? { postalCode: o.address.postalCode } : {}),
      addressCountry: "CA",
    },
    areaServed: o.areaServed.map((name) => ({ "@type": "AdministrativeArea", name })),
    ...(o.foundingYear ? { foundingDate: String(o.foundingYear) } : {}),
    makesOffer: o.offers.map((name) => ({ "@type": "Offer", itemOffered: { "@type": "Service", name } })),
  };
}

/** JSON for a <script> element: "<" escaped so text can never close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
