#!/usr/bin/env bash
# Builds the .deb from a configured and built tree, installs it with apt-get as a user would,
# checks what it installed, runs it (`mygpt --version`; `mygpt --headless` answering
# GET /health; the tray app starting on the offscreen platform), then removes it.
#
#   packaging/deb/smoke-test.sh [BUILD_DIR]     (default: build, the default preset's folder)
#
# Needs root or sudo (apt-get), dpkg-dev (dpkg-shlibdeps) and curl; .ci/setup installs them.
# Removes the package again, also when a step fails (the dependencies apt pulled in stay).
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=$(realpath "${1:-build}")

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'smoke-test: FAILED: %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d)
server_pid=""
gui_pid=""
installed=""
cleanup() {
    local status=$?
    for pid in $server_pid $gui_pid; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    done
    if [ -n "$installed" ]; then
        step "Removing the package"
        $sudo apt-get remove -y -qq mygpt >/dev/null || status=1
        if dpkg-query -W -f='${Status}' mygpt 2>/dev/null | grep -q "install ok installed"; then
            echo "smoke-test: mygpt is still installed" >&2
            status=1
        fi
    fi
    rm -rf "$work"
    [ "$status" -eq 0 ] && printf '\nsmoke-test: PASSED\n'
    exit "$status"
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}' mygpt 2>/dev/null | grep -q "install ok installed"; then
    fail "a mygpt package is already installed; remove it first (apt-get remove mygpt)"
fi

step "Building the .deb in $build_dir"
rm -f "$build_dir"/mygpt_*.deb
(cd "$build_dir" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$build_dir"/mygpt_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one mygpt_*.deb in $build_dir"
deb=${debs[0]}
version=$(dpkg-deb --field "$deb" Version)
dpkg-deb --field "$deb" Package Version Depends Recommends Installed-Size

step "Installing $(basename "$deb") with apt-get"
# apt-get needs a path with a slash to take a file rather than a package name; its sandbox
# user must be able to read the file.
cp "$deb" "$work/" && chmod 755 "$work" && chmod 644 "$work/$(basename "$deb")"
installed=yes
$sudo apt-get install -y -qq "$work/$(basename "$deb")" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get install"; }
command -v mygpt >/dev/null || fail "mygpt is not on PATH after installing"
[ "$(command -v mygpt)" = /usr/bin/mygpt ] || fail "mygpt is not /usr/bin/mygpt"

step "Installed files"
app_id=app.mygpt.MyGPT
for file in /usr/bin/mygpt /usr/share/applications/$app_id.desktop \
        /usr/share/metainfo/$app_id.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
        /usr/share/icons/hicolor/48x48/apps/$app_id.png /usr/lib/systemd/user/mygpt.service; do
    [ -f "$file" ] || fail "$file is missing"
    echo "  $file"
done
if ldd /usr/bin/mygpt | grep "not found"; then
    fail "libraries missing (the package's Depends are incomplete)"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/$app_id.desktop || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml >"$work/as.log" 2>&1 \
        || { cat "$work/as.log"; fail "appstreamcli validate"; }
fi
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /usr/lib/systemd/user/mygpt.service || fail "systemd-analyze verify"
fi

# A clean user: nothing of the CI user's settings, keys or .env is seen, nothing is left.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_STATE_HOME="$work/home/.local/state"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
unset OPENAI_API_KEY OPENAI_BASE_URL HOST PORT MYGPT_ACCESS_KEY
cd "$work"

step "mygpt --version"
output=$(mygpt --version) || fail "mygpt --version exited with $?"
echo "$output"
[[ "$output" == *"$version"* ]] || fail "mygpt --version does not say $version"

free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port found"
}

step "mygpt --headless answering GET /health"
port=$(free_port)
mygpt --headless --port "$port" >"$work/headless.log" 2>&1 &
server_pid=$!
health=""
for _ in $(seq 100); do
    health=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/health" 2>/dev/null) && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/headless.log"; fail "mygpt --headless exited"; }
    sleep 0.1
done
echo "$health"
[[ "$health" == *'"status":"ok"'* ]] || { cat "$work/headless.log"; fail "GET /health"; }
[[ "$health" == *"\"version\":\"$version\""* ]] || fail "GET /health does not report $version"
kill -TERM "$server_pid"
code=0
wait "$server_pid" || code=$?
server_pid=""
[ "$code" -eq 0 ] || { cat "$work/headless.log"; fail "mygpt --headless exited with $code on SIGTERM"; }
echo "stopped cleanly on SIGTERM"

step "The desktop app starting (offscreen platform, windowed)"
port=$(free_port)
PORT=$port QT_QPA_PLATFORM=offscreen mygpt --windowed >"$work/gui.log" 2>&1 &
gui_pid=$!
sleep 3
kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log"; fail "mygpt --windowed exited at start-up"; }
if grep -E "Could not (load|find) the Qt platform plugin|cannot open shared object" "$work/gui.log"; then
    fail "the desktop app misses a Qt plugin or library"
fi
kill -TERM "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
echo "running after 3 s"
