/** The same keys with any strings: what a translation of a set of messages must provide. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
