#!/usr/bin/env bash
# The GPU session's one prepared script (issue 4). Prepare on the development machine:
#   ../shared/tools/device-pack.sh SelfPlay/Cli/GameRL.Cli.csproj      # .device/GameRL.Cli.tar.xz, ~50 MB
# then call the device tool's run with carry [".device"] and the command: bash bench/gpu/run-on-device.sh
# Everything it prints is also written under $OUT.
set -u
OUT=${OUT:-/tmp/gamerl-out}
mkdir -p "$OUT" /tmp/gamerl
tar -xJf .device/GameRL.Cli.tar.xz -C /tmp/gamerl
G=/tmp/gamerl/GameRL.Cli/gamerl
nvidia-smi --query-gpu=name,memory.total,clocks.max.memory --format=csv | tee "$OUT/gpu.txt"
# 1. CUDA equals the CPU driver on Leduc after 1000 CFR+ iterations (tolerance 1e-12).
$G device-check --backend cuda --game leduc_poker --algo cfr+ --iters 1000 | tee "$OUT/check.txt"
# 2. Time per iteration on full Leduc and on Leduc variants of 1e4 .. 2e7 histories.
$G bench --backend cuda --games leduc_poker --algos cfr,cfr+ --repeats 5 --json | tee "$OUT/bench-cuda-leduc.json"
$G bench --backend cuda --sizes 1e4,1e5,1e6,2e6,1e7,2e7 --algos cfr+ --repeats 5 --max-histories 60000000 --json | tee "$OUT/bench-cuda-sizes.json"
$G bench --backend cpu --sizes 1e4,1e6,2e6 --algos cfr+ --repeats 3 --json | tee "$OUT/bench-cpu-sizes.json"
# 3. End to end from the archive, no .NET installed.
$G solve "leduc_poker(ranks=13,suits=4)" --algo cfr+ --iters 200 --backend cuda --json | tee "$OUT/solve-cuda.json"
# 4. The largest size last (compiling 5e7 histories on the host takes minutes and ~12 GB).
$G bench --backend cuda --sizes 5e7 --algos cfr+ --repeats 5 --max-histories 120000000 --json | tee "$OUT/bench-cuda-5e7.json"
