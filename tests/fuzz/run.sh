#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each one for a bounded time,
# starting from the committed seed corpus (tests/fuzz/corpus/<target>) and the regression
# inputs (tests/fuzz/regressions/<target>). New inputs go to build-fuzz/corpus/<target>, never
# into the source tree; a crash leaves its input in build-fuzz/artifacts/<target>/ and makes
# the script fail after the other targets have run.
#
#   tests/fuzz/run.sh                    # every target, 15 s each
#   tests/fuzz/run.sh sse headers        # some targets
#   MYGPT_FUZZ_SECONDS=600 tests/fuzz/run.sh sse
#   MYGPT_FUZZ_RUNS=20000 tests/fuzz/run.sh  # what CI runs: fixed seed and count
#
# A crash becomes a regression: copy the artifact to tests/fuzz/regressions/<target>/, fix the
# code; the ctest fuzz_replay_<target> replays it in every build from then on.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$source_dir/../.." && pwd)
build=${MYGPT_FUZZ_BUILD:-$root/build-fuzz}
seconds=${MYGPT_FUZZ_SECONDS:-15}
# MYGPT_FUZZ_RUNS=N: a fixed number of inputs per target from a fixed seed instead of a time
# budget -- the same campaign on every run, so CI fails on a new bug in the code, never on the
# luck of a random search (open-ended exploration is the time-budgeted mode).
runs_limit=${MYGPT_FUZZ_RUNS:-}
jobs=${MYGPT_FUZZ_BUILD_JOBS:-2}
targets=("$@")
((${#targets[@]})) || targets=(sse chat_request dotenv headers)

cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="${CXX_FUZZ:-clang++}" >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
summary=()
for target in "${targets[@]}"; do
    work="$build/corpus/$target"
    artifacts="$build/artifacts/$target"
    mkdir -p "$work" "$artifacts"
    inputs=("$work" "$source_dir/corpus/$target")
    [ -d "$source_dir/regressions/$target" ] && inputs+=("$source_dir/regressions/$target")
    log="$build/$target.log"
    if [ -n "$runs_limit" ]; then
        budget=(-runs="$runs_limit" -seed=1)
        echo "== fuzz_$target for $runs_limit inputs (seed 1)"
    else
        budget=(-max_total_time="$seconds")
        echo "== fuzz_$target for ${seconds}s"
    fi
    if "$build/fuzz_$target" "${budget[@]}" -timeout=10 -rss_limit_mb=2048 \
        -max_len=16384 -print_final_stats=1 -dict="$source_dir/dict/$target.dict" \
        -artifact_prefix="$artifacts/" "${inputs[@]}" >"$log" 2>&1; then
        status=ok
    else
        status=FAILED
        failed+=("$target")
        tail -n 60 "$log"
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    line=$(printf '%-14s %-6s %10s runs %8s exec/s  cov %s' "$target" "$status" "${runs:-?}" "${rate:-?}" "${cov:-?}")
    summary+=("$line")
    echo "$line"
done
echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
    echo "fuzzing found failures in: ${failed[*]} (inputs in $build/artifacts/)" >&2
    exit 1
fi
