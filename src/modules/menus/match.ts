/**
 * Which menu a citizen sees: the first variant (in the account's order) whose every
 * condition holds, else the default. Pure, so the rule is tested without a database.
 */

export interface VariantConditions {
  tag_id: number | null;
  region_prefix: string | null;
}

export interface Audience {
  /** The account's tags the citizen carries. */
  tagIds: ReadonlySet<number>;
  /** The citizen's home region (GB/T 2260), or null when they have not said. */
  regionCode: string | null;
}

/**
 * A variant with no condition would shadow the default for everyone; saving refuses one
 * (VARIANT_NO_CONDITION), and a row without any is never matched here either.
 */
export function variantMatches(v: VariantConditions, who: Audience): boolean {
  if (v.tag_id === null && v.region_prefix === null) return false;
  if (v.tag_id !== null && !who.tagIds.has(v.tag_id)) return false;
  if (v.region_prefix !== null && !(who.regionCode ?? '').startsWith(v.region_prefix)) return false;
  return true;
}

export function pickVariant<V extends VariantConditions>(variants: readonly V[], who: Audience): V | null {
  return variants.find((v) => variantMatches(v, who)) ?? null;
}
