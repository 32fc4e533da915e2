/**
 * Typed access to a node's attributes. Every getter takes the ONNX default, so each op's
 * `parse…Attributes` reads like the operator spec. A present attribute of the wrong type is
 * an error naming the attribute; unknown attributes are ignored (ONNX keeps adding optional
 * ones whose defaults preserve the old semantics).
 */
import type { onnx } from 'onnx-proto';

/** onnx.AttributeProto.AttributeType codes. */
const A = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, FLOATS: 6, INTS: 7 } as const;

export class Attrs {
  private readonly byName = new Map<string, onnx.IAttributeProto>();

  constructor(
    attrs: readonly onnx.IAttributeProto[],
    private readonly fail: (msg: string) => never,
  ) {
    for (const a of attrs) this.byName.set(a.name ?? '', a);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  private get(name: string, type: number, typeName: string): onnx.IAttributeProto | undefined {
    const a = this.byName.get(name);
    if (a === undefined) return undefined;
    // Very old exporters leave `type` unset; accept the attribute if the field is present.
    if (a.type !== undefined && a.type !== null && a.type !== 0 && a.type !== type) {
      this.fail(`attribute '${name}' should be ${typeName} (attribute type ${a.type})`);
    }
    return a;
  }

  int(name: string, def: number): number {
    const a = this.get(name, A.INT, 'an int');
    return a === undefined ? def : Number(a.i ?? 0);
  }

  float(name: string, def: number): number {
    const a = this.get(name, A.FLOAT, 'a float');
    return a === undefined ? def : Number(a.f ?? 0);
  }

  string(name: string, def: string): string {
    const a = this.get(name, A.STRING, 'a string');
    return a === undefined ? def : new TextDecoder().decode(a.s ?? new Uint8Array(0));
  }

  ints(name: string): number[] | undefined {
    const a = this.get(name, A.INTS, 'a list of ints');
    return a === undefined ? undefined : (a.ints ?? []).map(x => Number(x));
  }

  floats(name: string): number[] | undefined {
    const a = this.get(name, A.FLOATS, 'a list of floats');
    return a === undefined ? undefined : [...(a.floats ?? [])];
  }

  tensor(name: string): onnx.ITensorProto | undefined {
    const a = this.get(name, A.TENSOR, 'a tensor');
    return a === undefined ? undefined : (a.t ?? undefined);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}
