/**
 * ONNX → IR loader. Steps, each failing with one UserError that names the file:
 *   1. decode the protobuf (`not a valid ONNX file (…)` on truncated or foreign bytes);
 *   2. reject external data (with how to re-export) and sparse initializers;
 *   3. check the graph's structure (ops/graph.ts) and the input: one float tensor whose
 *      dimensions are all known, except a symbolic leading batch dimension, read as 1. A rank
 *      ≥ 2 input's first dimension is its batch dimension and must be 1 (or symbolic); a
 *      rank-1 input (e.g. `[784]`) has no batch dimension;
 *   4. collect ALL unsupported ops of the nodes the output depends on and report them at once
 *      (node, op, domain, opset); nodes the output does not depend on are ignored, with a note;
 *   5. decode the initializers those nodes read (NaN/Inf rejected, naming tensor and index);
 *   6. lower each node in topological order through the op registry, tracking each value as a
 *      constant or a variable (IR node + shape); a Softmax/LogSoftmax producing the graph
 *      output is dropped with a note;
 *   7. `validateNetwork`, then the fusion pass (fuse.ts) unless `{ fuse: false }`.
 * Sizes are checked before allocation (src/ir/limits.ts): the declared input, every
 * initializer and every node output has at most TWINMARGIN_MAX_ELEMENTS elements, and all of
 * them together at most TOTAL_FACTOR times that; the error names the file, node and size.
 * A default-domain opset newer than MAX_OPSET is rejected (its ops' semantics are unknown).
 * The network's sha256 is that of the file bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import p from 'onnx-proto';
import type { onnx as O } from 'onnx-proto';
import { UserError } from '../errors.js';
import { checkElements, maxElements, SizeLimitError, TOTAL_FACTOR } from '../ir/limits.js';
import { type Network, validateNetwork } from '../ir/network.js';
import { fuseNetwork } from './fuse.js';
import { isNnetPath, loadNnet } from './nnet.js';
import { IrBuilder, OpContext, displayName } from './ops/context.js';
import { type GraphPlan, planGraph } from './ops/graph.js';
import { decodeTensor, typeName, usesExternalData } from './ops/tensor.js';
import { DT, type Value } from './ops/values.js';
import { isDefaultDomain, resolveOp } from './registry.js';

const { onnx } = p;

export interface LoadOptions {
  /** Run the affine fusion pass (default true). */
  readonly fuse?: boolean;
}

/** The newest default-domain opset whose ops this loader knows (ONNX 1.20 defines opset 25). */
export const MAX_OPSET = 25;

const REEXPORT = 're-export with torch.onnx.export(..., external_data=False) or onnx.save(model, path, save_as_external_data=False)';

/** Loads a model file: ONNX, or NNet when the path ends in `.nnet` (nnet.ts), so every command reads both. */
export function loadOnnx(path: string, options: LoadOptions = {}): Network {
  if (isNnetPath(path)) return loadNnet(path, options);
  return loadOnnxBytes(readModelFile(path), path, options);
}

/** The bytes of a model file, or a UserError naming it. */
export function readModelFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UserError(`${path}: cannot read the model file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Decodes an ONNX ModelProto that has a graph with nodes, or throws a UserError naming `source`. */
export function decodeModel(bytes: Uint8Array, source: string): O.ModelProto & { graph: O.GraphProto } {
  let model: O.ModelProto;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (e) {
    throw new UserError(`${source}: not a valid ONNX file (${e instanceof Error ? e.message : String(e)})`);
  }
  const graph = model.graph;
  if (!graph || (graph.node ?? []).length === 0) throw new UserError(`${source}: not a valid ONNX file (no graph with nodes found)`);
  return Object.assign(model, { graph: graph as O.GraphProto });
}

export function loadOnnxBytes(bytes: Uint8Array, source: string, options: LoadOptions = {}): Network {
  const fail: (msg: string) => never = msg => {
    throw new UserError(`${source}: ${msg}`);
  };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const model = decodeModel(bytes, source);
  const graph = model.graph;
  const opsets = new Map<string, number>();
  for (const o of model.opsetImport ?? []) opsets.set(isDefaultDomain(o.domain ?? '') ? '' : (o.domain ?? ''), Number(o.version ?? 0));
  if (!opsets.has('')) {
    if (Number(model.irVersion ?? 0) >= 3) fail('the model declares no opset for the default ONNX domain');
    opsets.set('', 1);
  }
  const opset = opsets.get('') ?? 1;
  if (!Number.isInteger(opset) || opset < 1 || opset > MAX_OPSET) {
    fail(`the model declares default-domain opset ${opset}; twinmargin knows opsets 1 to ${MAX_OPSET} (re-export with opset_version ≤ ${MAX_OPSET})`);
  }
  rejectExternal(graph, fail);
  const plan = planGraph(graph, source);
  const inputShape = readInputShape(plan.inputInfo, fail);
  const nodes = graph.node ?? [];
  const last = plan.lastNode === undefined ? undefined : nodes[plan.lastNode];
  const lastRow = last && resolveOp(last.opType ?? '', last.domain ?? '', opsets.get(isDefaultDomain(last.domain ?? '') ? '' : (last.domain ?? '')) ?? 0);
  const dropIndex = lastRow?.finalOnly === true && (plan.readers.get(plan.outputName) ?? []).length === 0 ? plan.lastNode : undefined;
  reportUnsupported(nodes, plan, opsets, dropIndex, fail);

  const notes: string[] = [];
  const values = new Map<string, Value>();
  const inputName = plan.inputInfo.name ?? '';
  const ir = new IrBuilder(inputName, inputShape);
  values.set(inputName, { kind: 'var', node: 0, shape: inputShape });
  // Every tensor built counts against the total; one over the per-tensor limit never gets allocated (sizeOf).
  const totalLimit = TOTAL_FACTOR * maxElements();
  let total = 0;
  const charge = (v: Value, what: string): void => {
    const n = v.kind === 'const' ? v.data.length : v.node === ir.nodes.length - 1 ? ir.nodes[v.node].size : 0;
    total += n;
    if (total > totalLimit) fail(`${what}: the tensors built so far hold ${total.toLocaleString('en-US')} elements, more than the limit of ${totalLimit.toLocaleString('en-US')} (${TOTAL_FACTOR} × TWINMARGIN_MAX_ELEMENTS)`);
  };
  const needed = new Set(plan.order.flatMap(k => nodes[k].input ?? []));
  for (const t of graph.initializer ?? []) {
    const name = t.name ?? '';
    if (!needed.has(name) || name === inputName) continue;
    const what = `initializer '${name}'`;
    let v: Value;
    try {
      v = decodeTensor(t, what, fail);
    } catch (e) {
      if (e instanceof SizeLimitError) fail(`${what}: ${e.message}`);
      throw e;
    }
    charge(v, what);
    values.set(name, v);
  }
  let outputName = plan.outputName;
  for (const k of plan.order) {
    const node = nodes[k];
    const ctx = new OpContext(source, opsets.get('') ?? 0, node, displayName(node, k), values, ir);
    if (k === dropIndex) {
      checkSoftmaxAxis(ctx);
      notes.push(`dropped final ${node.opType} node ${displayName(node, k)}: results use the logits`);
      outputName = node.input?.[0] ?? '';
      continue;
    }
    const row = resolveOp(ctx.op, node.domain ?? '', ctx.opset);
    if (row === undefined) throw new Error(`unreachable: ${ctx.op} passed the unsupported-op check`);
    const outs = node.output ?? [];
    outs.forEach((name, i) => {
      if (i > 0 && name && ((plan.readers.get(name) ?? []).length > 0 || name === plan.outputName)) {
        ctx.fail(`its output ${i} '${name}' is read, but only the first output of ${ctx.op} is supported`);
      }
    });
    if (!outs[0]) ctx.fail('its first output has no name');
    let v: Value;
    try {
      v = row.lower(ctx);
    } catch (e) {
      if (e instanceof SizeLimitError) ctx.fail(e.message);
      throw e;
    }
    charge(v, `node ${ctx.display} (${ctx.op})`);
    values.set(outs[0], v);
  }
  if (plan.deadCount > 0) notes.push(`ignored ${plan.deadCount} node(s) the output does not depend on`);

  const out = values.get(outputName);
  if (out === undefined) throw new Error(`unreachable: output '${outputName}' not computed`);
  if (out.kind === 'const') fail(`the output '${outputName}' does not depend on the input`);
  if (out.quant !== undefined) fail(`the output '${outputName}' holds the integer codes of a QuantizeLinear; add a DequantizeLinear so that the logits are real numbers`);
  if (out.node === 0) fail(`the output '${outputName}' is the input itself: there is no network to analyse`);
  const net = validateNetwork({ source, sha256, nodes: ir.nodes, output: out.node, notes });
  return options.fuse === false ? net : fuseNetwork(net);
}

/**
 * Dropping a final (Log)Softmax keeps the argmax only if it normalises over all the logits:
 * every dimension outside its axis (opset ≥ 13) or before its axis (opset < 13, which
 * flattens from the axis on) must be 1.
 */
function checkSoftmaxAxis(ctx: OpContext): void {
  const x = ctx.input(0, 'input');
  const r = x.shape.length;
  const raw = ctx.attrs.int('axis', ctx.opset >= 13 ? -1 : 1);
  const axis = raw < 0 ? raw + r : raw;
  const outside = x.shape.filter((d, k) => (ctx.opset >= 13 ? k !== axis : k < axis) && d !== 1);
  if (axis < 0 || axis >= r || outside.length > 0) {
    ctx.fail(`axis ${raw} of input shape [${x.shape.join(',')}] does not normalise over all the logits, so the node cannot be dropped`);
  }
}

function rejectExternal(g: O.IGraphProto, fail: (msg: string) => never): void {
  const external = (g.initializer ?? []).filter(usesExternalData).map(t => `'${t.name}'`);
  for (const n of g.node ?? []) {
    for (const a of n.attribute ?? []) {
      if ((a.t && usesExternalData(a.t)) || (a.tensors ?? []).some(usesExternalData)) external.push(`'${a.name}' of node '${n.name}'`);
    }
  }
  if (external.length > 0) {
    const shown = external.slice(0, 3).join(', ') + (external.length > 3 ? ` and ${external.length - 3} more` : '');
    fail(`tensor ${shown} is stored as external data (in a separate file); twinmargin reads self-contained models only: ${REEXPORT}`);
  }
  if ((g.sparseInitializer ?? []).length > 0) fail(`sparse initializers ('${g.sparseInitializer?.[0]?.values?.name}') are not supported`);
}

const FLOAT_TYPES: ReadonlySet<number> = new Set([DT.FLOAT, DT.DOUBLE, DT.FLOAT16, DT.BFLOAT16]);

function readInputShape(info: O.IValueInfoProto, fail: (msg: string) => never): number[] {
  const name = info.name ?? '';
  const tt = info.type?.tensorType;
  if (!tt) return fail(`the graph input '${name}' is not a tensor`);
  if (!FLOAT_TYPES.has(tt.elemType ?? 0)) fail(`the graph input '${name}' has element type ${typeName(tt.elemType ?? 0)}; only floating-point inputs are supported`);
  if (!tt.shape) return fail(`the graph input '${name}' has no declared shape`);
  const dims = (tt.shape.dim ?? []).map(d => (d.dimParam ? d.dimParam : Number(d.dimValue ?? 0)));
  const shown = `[${dims.map(d => (typeof d === 'number' && d === 0 ? '?' : d)).join(',')}]`;
  if (dims.length === 0) fail(`the graph input '${name}' is a scalar; a tensor is needed`);
  const shape = dims.map((d, k) => {
    const known = typeof d === 'number' && d > 0;
    if (k === 0 && dims.length >= 2) {
      if (!known) return 1;
      if (d !== 1) fail(`the graph input '${name}' has batch size ${d} (shape ${shown}); twinmargin analyses one input at a time: re-export with batch size 1 or a dynamic batch dimension`);
    }
    if (!known) fail(`the graph input '${name}' has an unknown dimension ${typeof d === 'string' ? `'${d}'` : ''} at axis ${k} (shape ${shown}); re-export with fixed input dimensions`);
    return d as number;
  });
  try {
    checkElements(shape.reduce((a, b) => a * b, 1), `the graph input '${name}' of shape ${shown}`);
  } catch (e) {
    if (e instanceof SizeLimitError) fail(e.message);
    throw e;
  }
  return shape;
}

function reportUnsupported(
  nodes: readonly O.INodeProto[], plan: GraphPlan, opsets: ReadonlyMap<string, number>, dropIndex: number | undefined, fail: (msg: string) => never,
): void {
  const bad: string[] = [];
  const counts = new Map<string, number>();
  for (const k of plan.order) {
    const n = nodes[k];
    const domain = isDefaultDomain(n.domain ?? '') ? '' : (n.domain ?? '');
    const opset = opsets.get(domain);
    const row = resolveOp(n.opType ?? '', domain, opset ?? 0);
    const op = domain ? `${domain}:${n.opType}` : (n.opType ?? '');
    const version = opset === undefined ? 'domain not imported' : `opset ${opset}`;
    const finalOnly = row?.finalOnly === true && k !== dropIndex;
    if (row !== undefined && !finalOnly) continue;
    bad.push(`${displayName(n, k)} ${op} (${version}${finalOnly ? '; supported only as the final node' : ''})`);
    counts.set(op, (counts.get(op) ?? 0) + 1);
  }
  if (bad.length === 0) return;
  const max = 12;
  let msg = bad.slice(0, max).join(', ');
  if (bad.length > max) msg += ` and ${bad.length - max} more (${[...counts].map(([t, c]) => `${t} ×${c}`).join(', ')})`;
  fail(`unsupported ONNX ops: ${msg}`);
}
