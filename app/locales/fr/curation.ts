export const curation = {} as const;
