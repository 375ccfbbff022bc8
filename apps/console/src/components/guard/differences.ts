/** One line per difference the guard found between a requested name and a verified one. */
import type { NameHoldDifference } from '../../nameHoldsApi';

type T = (key: string, values?: Record<string, unknown>) => string;

export function describeDifference(d: NameHoldDifference, t: T): string {
  const v = { c: d.candidate, v: d.verified };
  switch (d.kind) {
    case 'decoration':
      return t(d.candidate ? 'nameHolds.diff.decorationAdded' : 'nameHolds.diff.decorationRemoved', v);
    case 'admin':
      return t(d.candidate ? 'nameHolds.diff.adminAdded' : 'nameHolds.diff.adminRemoved', v);
    default:
      return t(`nameHolds.diff.${d.kind}`, v);
  }
}

export function describeDifferences(list: NameHoldDifference[], t: T): string {
  if (list.length === 0) return t('nameHolds.diff.identical');
  return list.map((d) => describeDifference(d, t)).join('；');
}
