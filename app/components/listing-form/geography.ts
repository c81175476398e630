/** The regions with their MRCs (and equivalent territories), as the service-area step lists them. */
export type RegionWithMrcs = {
  code: string;
  nameFr: string;
  nameEn: string;
  mrcs: { code: string; name: string }[];
};
