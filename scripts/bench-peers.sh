#!/bin/sh
# The peers' ACAS Xu measurements of README "equiv": NeuroDiff's property 1 (diff:0:EPS at
# EPS = 0.05 and 0.01, 120 s per end) on the two .nnet twin pairs of ../shared/data/peers/acas,
# then top1, delta-top1:0.9 and linf:0.05 with relaxations and attacks only (--method relaxed).
# Usage: scripts/bench-peers.sh [SHARED_DIR] [OUT_DIR]   (defaults: ../shared, benchmarks/results/peers)
set -e
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
OUT=${2:-benchmarks/results/peers}
A=$SHARED/data/peers/acas
mkdir -p "$OUT"
run() { nice -n 10 node --import tsx src/cli/main.ts equiv "$@"; }
for p in 1_1 2_1; do
  for e in 0.05 0.01; do
    run --n1 "$A/ACASXU_run2a_${p}_batch_2000.nnet" --n2 "$A/ACASXU_run2a_${p}_batch_2000_16bit.nnet" \
      --vnnlib benchmarks/peers/acas_prop_1_raw.vnnlib --property "diff:0:$e" --time-limit 120 \
      --format json --out "$OUT/diff-$p-$e.json"
  done
  run --n1 "$A/ACASXU_run2a_${p}_batch_2000.nnet" --n2 "$A/ACASXU_run2a_${p}_batch_2000_16bit.nnet" \
    --vnnlib benchmarks/peers/acas_prop_1_raw.vnnlib --property top1 --property delta-top1:0.9 --property linf:0.05 \
    --method relaxed --format json --out "$OUT/other-$p.json"
done
