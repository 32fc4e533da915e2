#!/bin/sh
# The peers' ACAS Xu measurements of README "equiv": NeuroDiff's property 1 (diff:0:EPS at
# EPS = 0.05 and 0.01, 120 s per end) on the two .nnet twin pairs of ../shared/data/peers/acas,
# then top1, delta-top1:0.9 and linf:0.05 with relaxations and attacks only (--method relaxed);
# with PART=props34, ACAS properties 3 and 4 (diff:0:EPS, same limits) instead.
# Usage: [PART=props34] scripts/bench-peers.sh [SHARED_DIR] [OUT_DIR]   (defaults: ../shared, benchmarks/results/peers)
set -e
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
OUT=${2:-benchmarks/results/peers}
A=$SHARED/data/peers/acas
mkdir -p "$OUT"
run() { nice -n 10 node --import tsx src/cli/main.ts equiv "$@"; }
if [ "$PART" = props34 ]; then
  for q in 3 4; do for p in 1_1 2_1; do for e in 0.05 0.01; do
    run --n1 "$A/ACASXU_run2a_${p}_batch_2000.nnet" --n2 "$A/ACASXU_run2a_${p}_batch_2000_16bit.nnet" \
      --vnnlib "benchmarks/peers/acas_prop_${q}_raw.vnnlib" --property "diff:0:$e" --time-limit 120 \
      --format json --out "$OUT/prop$q-diff-$p-$e.json"
  done; done; done
  exit 0
fi
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
