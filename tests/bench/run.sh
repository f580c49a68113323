#!/usr/bin/env bash
# MyGPT benchmark: the same fake upstream, reached directly and through mygpt, in one run.
# Load generator and upstream are pinned to CPU 0, the proxy to CPU 1.
#
#   tests/bench/run.sh [BUILD_DIR]      (default: build; needs wrk: apt-get install wrk)
#
# Prints requests/s and latency at 1 and 50 connections, added time to first chunk, the wall
# time of 200 concurrent 1-second streams, and the proxy's RSS idle, under load and after
# 10,000 requests — direct vs proxy, with ratios; then the proxy with the request store off,
# on (all on one core) and on with its writer thread on the other core.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
mygpt=$build/app/mygpt
fake=$build/tests/support/mygpt-fake-upstream
streambench=$build/tests/bench/mygpt-streambench
lua=tests/bench/post.lua
duration=${BENCH_DURATION:-10s}
for tool in "$mygpt" "$fake" "$streambench"; do
    [ -x "$tool" ] || { echo "missing $tool: build first (cmake --build --preset default)"; exit 1; }
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

pids=()
work=$(mktemp -d)
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }

fake_port=$(free_port)
taskset -c 0 "$fake" --port "$fake_port" >/dev/null &
pids+=($!)
# start_proxy STORE(on|off) [NAME]: a headless MyGPT on CPU 1 with its files in a scratch folder;
# sets proxy_port and proxy_pid. The text log goes to files only (the console is discarded).
start_proxy() {
    proxy_port=$(free_port)
    OPENAI_API_KEY=sk-bench OPENAI_BASE_URL="http://127.0.0.1:$fake_port/v1" PORT=$proxy_port \
        MYGPT_STORE=$1 MYGPT_DATA_DIR="$work/data-${2:-$1}" MYGPT_LOG_DIR="$work/logs-${2:-$1}" \
        taskset -c 1 "$mygpt" --headless >/dev/null 2>&1 &
    proxy_pid=$!
    pids+=($proxy_pid)
    for _ in $(seq 100); do
        curl -sf "http://127.0.0.1:$proxy_port/health" >/dev/null && break
        sleep 0.1
    done
    sleep 1
}
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$fake_port/v1/models" >/dev/null && break
    sleep 0.1
done
start_proxy on
rss_idle=$(rss_mb $proxy_pid)

# wrk prints "Requests/sec: N" and, with --latency, "50% 1.23ms" / "99% 4.56ms".
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.3f", v}'; }
run_wrk() { # port connections -> "rps p50 p99"
    local out
    out=$(taskset -c 0 wrk -t1 -c"$2" -d"$duration" --latency -s "$lua" "http://127.0.0.1:$1/v1/chat/completions")
    local rps p50 p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out" | to_ms)
    p99=$(awk '$1=="99%" {print $2}' <<<"$out" | to_ms)
    echo "$rps $p50 $p99"
}

printf '\nMyGPT benchmark, %s per wrk run, fake upstream and load on CPU 0, proxy on CPU 1\n\n' "$duration"
read -r d1_rps d1_p50 d1_p99 <<<"$(run_wrk "$fake_port" 1)"
read -r p1_rps p1_p50 p1_p99 <<<"$(run_wrk "$proxy_port" 1)"
read -r d50_rps d50_p50 d50_p99 <<<"$(run_wrk "$fake_port" 50)"
( sleep 3; rss_mb $proxy_pid >/tmp/mygpt-bench-rss.$$ ) &
read -r p50_rps p50_p50 p50_p99 <<<"$(run_wrk "$proxy_port" 50)"
rss_load=$(cat /tmp/mygpt-bench-rss.$$; rm -f /tmp/mygpt-bench-rss.$$)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", (b > 0 ? 100 * a / b : 0) }'; }
added() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.3f ms", a - b }'; }
printf '%-34s %14s %14s %14s\n' "" "direct" "via MyGPT" "proxy/direct"
printf '%-34s %14s %14s %14s\n' "req/s, 1 connection" "$d1_rps" "$p1_rps" "$(ratio "$p1_rps" "$d1_rps")"
printf '%-34s %14s %14s %14s\n' "latency p50, 1 connection (ms)" "$d1_p50" "$p1_p50" "$(added "$p1_p50" "$d1_p50")"
printf '%-34s %14s %14s %14s\n' "latency p99, 1 connection (ms)" "$d1_p99" "$p1_p99" "$(added "$p1_p99" "$d1_p99")"
printf '%-34s %14s %14s %14s\n' "req/s, 50 connections" "$d50_rps" "$p50_rps" "$(ratio "$p50_rps" "$d50_rps")"
printf '%-34s %14s %14s %14s\n' "latency p50, 50 connections (ms)" "$d50_p50" "$p50_p50" "$(added "$p50_p50" "$d50_p50")"
printf '%-34s %14s %14s %14s\n' "latency p99, 50 connections (ms)" "$d50_p99" "$p50_p99" "$(added "$p50_p99" "$d50_p99")"

ttfc_direct=$(taskset -c 0 "$streambench" ttfc "$fake_port" 500)
ttfc_proxy=$(taskset -c 0 "$streambench" ttfc "$proxy_port" 500)
td=$(sed -E 's/.*ttfc_p50_ms=([0-9.]+).*/\1/' <<<"$ttfc_direct")
tp=$(sed -E 's/.*ttfc_p50_ms=([0-9.]+).*/\1/' <<<"$ttfc_proxy")
printf '%-34s %14s %14s %14s\n' "time to first chunk p50 (ms)" "$td" "$tp" "$(added "$tp" "$td")"

par_direct=$(taskset -c 0 "$streambench" parallel "$fake_port" 200)
par_proxy=$(taskset -c 0 "$streambench" parallel "$proxy_port" 200)
wd=$(sed -E 's/.*parallel_wall_ms=([0-9]+).*/\1/' <<<"$par_direct")
wp=$(sed -E 's/.*parallel_wall_ms=([0-9]+).*/\1/' <<<"$par_proxy")
printf '%-34s %14s %14s %14s\n' "200 x 1 s streams, wall (ms)" "$wd" "$wp" \
    "$(awk -v a="$wp" -v b="$wd" 'BEGIN { printf "%.2f x", a / b }')"
[[ $par_proxy == *"ok=200/200"* ]] || echo "  (via MyGPT: $par_proxy)"

taskset -c 0 "$streambench" requests "$proxy_port" 10000 >/dev/null
rss_10k=$(rss_mb $proxy_pid)
taskset -c 0 "$streambench" requests "$proxy_port" 10000 >/dev/null
rss_20k=$(rss_mb $proxy_pid)
printf '\nproxy RSS: idle %s MB, under load %s MB, after 10,000 more requests %s MB, after 10,000 more %s MB\n' \
    "$rss_idle" "$rss_load" "$rss_10k" "$rss_20k"
stored=$(sqlite3 "$work/data-on/requests.sqlite" 'select count(*) from requests' 2>/dev/null || echo '?')
printf 'request store: %s exchanges recorded, %s\n' "$stored" "$(du -h "$work/data-on/requests.sqlite" | cut -f1)"

# What recording costs. Run to run this VM varies by +-15%, so the proxy runs in three modes --
# store off, store on, store on with its writer thread moved to CPU 0 -- in alternation, 6
# rounds of 5 s; medians are printed. One proxy runs at a time (each mode keeps its data folder
# from round to round): three side by side on one core made the store look twice as costly as
# it is. Pinned with the rest of the proxy to one core, the writer's CPU time is taken from
# request handling; on any machine with a core to spare it runs beside it (the third column).
kill "$proxy_pid"; wait "$proxy_pid" 2>/dev/null || true
pin_store_thread() { # pid cpu
    local task
    for task in /proc/"$1"/task/*; do
        [ "$(cat "$task/comm")" = mygpt-store ] && taskset -pc "$2" "${task##*/}" >/dev/null
    done
}
for round in 1 2 3 4 5 6; do
    for mode in off on apart; do
        start_proxy "$([ $mode = off ] && echo off || echo on)" "ab-$mode"
        [ $mode = apart ] && pin_store_thread "$proxy_pid" 0
        for c in 1 50; do
            read -r rps p50 _ <<<"$(duration=5s; run_wrk "$proxy_port" $c)"
            echo "$mode $c $rps $p50" >>"$work/ab"
        done
        kill -INT "$proxy_pid"; wait "$proxy_pid" 2>/dev/null || true
    done
done
median() { # mode connections column -> median of the rounds
    awk -v m="$1" -v c="$2" -v k="$3" '$1==m && $2==c {print $k}' "$work/ab" | sort -g \
        | awk '{v[NR]=$1} END {printf "%.3f", (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'
}
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f%%", (b > 0 ? 100 * (a - b) / b : 0) }'; }
printf '\nrequest store, medians of 6 alternating rounds\n'
printf '%-34s %10s %18s %18s\n' "" "store off" "on, one core" "on, writer apart"
for c in 1 50; do
    for k in 3 4; do
        label=$([ $k = 3 ] && echo "req/s" || echo "latency p50 (ms)")
        off=$(median off $c $k); on=$(median on $c $k); apart=$(median apart $c $k)
        printf '%-34s %10s %10s %7s %10s %7s\n' "$label, $c connection(s)" "$off" \
            "$on" "$(pct "$on" "$off")" "$apart" "$(pct "$apart" "$off")"
    done
done
