/** Same keys as the French source, any string values: English must translate every key. */
export type Translations<T> = {
  [K in keyof T]: T[K] extends string ? string : Translations<T[K]>;
};
