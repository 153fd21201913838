/**
 * Attributes that take one of a few values (`pay`, `layout`, `views`, `theme`,
 * `heading-level`): the value to use, and the value to name in place when it
 * is not one of them.
 */

/** A value that is not allowed, as `[attribute, value]`: named in place and reported with `career-error`. */
export type InvalidAttribute = [name: string, value: string];

/**
 * `value` when it is one of `allowed`, in any letter case (as HTML's own
 * keyword attributes), else the first of them (the default). A value that was
 * given but is not allowed is returned in `invalid`.
 */
export function enumValue<T extends string>(
  name: string,
  value: string | null | undefined,
  allowed: readonly T[],
): { value: T; invalid: InvalidAttribute[] } {
  const match = allowed.find((keyword) => keyword.toLowerCase() === value?.toLowerCase());
  if (match) return { value: match, invalid: [] };
  return { value: allowed[0], invalid: value ? [[name, value]] : [] };
}
