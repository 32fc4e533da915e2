/** One case of ../shared/reference-lrsm/cases.json: exact LRSM ends computed independently with native HiGHS. */
export interface ReferenceCase {
  name: string;
  n1: string;
  n2: string;
  index: number;
  label: number;
  eps: number;
  domain: [number, number];
  pair: [number, number];
  min: { value: number };
  max: { value: number };
}
