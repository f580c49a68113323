#!/usr/bin/env bash
# MyGPT profile: where the proxy's CPU goes, counted in instructions per request (callgrind),
# by thread and for the parts that matter. Instruction counts do not depend on the machine's
# load, so two builds can be compared where timings on a shared machine would only be noise.
#
#   tests/bench/profile.sh [BUILD_DIR] [SECONDS]   (defaults: build, 10; needs valgrind and wrk)
#
# The proxy runs headless under callgrind, store off (MYGPT_STORE=on to include it), and serves
# the benchmark's small non-streaming chat request from one connection: first 3 s of warm-up,
# then the counters are zeroed and SECONDS of requests are counted. Kernel time (system calls,
# context switches) is not in these counts.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
seconds=${2:-10}
mygpt=$build/app/mygpt
fake=$build/tests/support/mygpt-fake-upstream
lua=tests/bench/post.lua
for tool in "$mygpt" "$fake"; do
    [ -x "$tool" ] || { echo "missing $tool: build first (cmake --build --preset default)"; exit 1; }
done
for tool in valgrind callgrind_control callgrind_annotate wrk; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install valgrind wrk"; exit 1; }
done

pids=()
work=$(mktemp -d)
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

fake_port=$(free_port)
proxy_port=$(free_port)
"$fake" --port "$fake_port" >/dev/null 2>&1 &
pids+=($!)
OPENAI_API_KEY=sk-profile OPENAI_BASE_URL="http://127.0.0.1:$fake_port/v1" PORT=$proxy_port \
    MYGPT_STORE=${MYGPT_STORE:-off} MYGPT_DATA_DIR="$work/data" MYGPT_LOG_DIR="$work/logs" \
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/cg.out" \
    "$mygpt" --headless >/dev/null 2>"$work/valgrind.txt" &
proxy_pid=$!
pids+=($proxy_pid)
for _ in $(seq 200); do
    curl -sf "http://127.0.0.1:$proxy_port/health" >/dev/null && break
    sleep 0.3
done
load() { wrk -t1 -c1 -d"$1" -s "$lua" "http://127.0.0.1:$proxy_port/v1/chat/completions"; }
load 3s >/dev/null
callgrind_control -z "$proxy_pid" >/dev/null 2>&1
requests=$(load "${seconds}s" | awk '/requests in/ {print $1}')
callgrind_control -d "$proxy_pid" >/dev/null 2>&1
[ "${requests:-0}" -gt 0 ] || { echo "no requests were served"; exit 1; }

# One file per thread from the dump: cg.out.1-01 (main), -02, ...
per_request() { awk -v n="$requests" '{ printf "%9.1f", $1 / n / 1000 }'; }
total_of() { awk '/^(summary|totals):/ { print $2; exit }' "$1"; }
printf '\nMyGPT profile: %s requests from one connection, thousands of instructions per request\n\n' "$requests"
printf '%-62s %9s\n' "thread" "k instr"
declare -A group
for file in "$work"/cg.out.1-*; do
    callgrind_annotate --inclusive=yes --threshold=100 "$file" 2>/dev/null >"$file.txt"
    if grep -q 'mygpt::runHeadless' "$file.txt"; then name="main: HTTP server, MyGPT, QNAM's user-thread side"
    elif grep -q 'LogWriter::run' "$file.txt"; then name="log writer"
    elif grep -q 'StoreWriter::run' "$file.txt"; then name="store writer"
    else name="QNetworkAccessManager threads"; fi
    group[$name]=$(( ${group[$name]:-0} + $(total_of "$file") ))
done
all=0
for name in "${!group[@]}"; do
    all=$((all + group[$name]))
done
for name in "${!group[@]}"; do
    printf '%-62s %s\n' "$name" "$(echo "${group[$name]}" | per_request)"
done | sort
printf '%-62s %s\n\n' "total" "$(echo "$all" | per_request)"

# inclusive FUNCTION -> its instructions in every thread, summed. Per thread the first line
# that names it: the listing is sorted by cost, and later lines are lambdas or recursion.
inclusive() {
    local sum=0 file cost
    for file in "$work"/cg.out.1-*.txt; do
        cost=$(grep -F -m1 -- "$1" "$file" | awk '{ gsub(",", "", $1); print $1 }')
        sum=$((sum + ${cost:-0}))
    done
    echo "$sum"
}
row() { printf '%-62s %s\n' "$1" "$(inclusive "$2" | per_request)"; }
printf '%-62s %9s\n' "inside those (inclusive, all threads)" "k instr"
row "Qt: QObject::connect() by signature string" "QObject::connect(QObject const*, char const*, QObject const*, char const*"
row "Qt: QMetaObject::invokeMethod() by name" "QMetaObject::invokeMethod(QObject*, char const*"
row "Qt: QNetworkAccessManager::createRequest()" "QNetworkAccessManager::createRequest("
row "Qt: QJsonDocument::fromJson()" "QJsonDocument::fromJson("
row "MyGPT: route, check, build and send a request" "mygpt::ProxyServer::handle("
row "MyGPT: answer the client, record the exchange" "mygpt::Exchange::onFinished()"
row "MyGPT: text log lines for the request" "mygpt::TextLog::requestReceived("
row "MyGPT: text log lines for the answer" "mygpt::TextLog::exchangeFinished("
row "MyGPT: answer captured for the log and store" "mygpt::ResponseCapture::fill("
row "MyGPT: request store" "mygpt::RequestStore::put("
row "C library: malloc()" "malloc.c:malloc ["
row "C library: free()" "malloc.c:free ["
