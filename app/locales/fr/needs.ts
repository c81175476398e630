export const needs = {} as const;
