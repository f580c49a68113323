#!/bin/sh
# Takes the README's screenshots of the desktop app under Xvfb, in English and Chinese:
# the tray menu (with Debian's `trayer` as the tray host), the settings dialog as a first
# launch shows it, and the window MyGPT opens on a desktop without a tray.
#
#   packaging/screenshots/take.sh [path/to/mygpt]     (default: build/app/mygpt)
#
# Needs xvfb-run, trayer, ImageMagick (import, convert), xwininfo, python3 and libXtst (the
# right-click on the tray icon). Every run uses a throw-away HOME: no settings, keychain or
# autostart entry of the user's is touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-$here/../../build/app/mygpt}")

if [ "${MYGPT_SHOTS_INNER:-}" != 1 ]; then
    MYGPT_SHOTS_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$bin"
fi

work=$(mktemp -d)
pids=""
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# Right-click (button 3) or left-click at x y through the XTest extension.
click() {
    python3 - "$@" <<'EOF'
import ctypes, sys, time
x11 = ctypes.CDLL("libX11.so.6"); xtst = ctypes.CDLL("libXtst.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
d = ctypes.c_void_p(x11.XOpenDisplay(None))
x, y, button = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
xtst.XTestFakeMotionEvent(d, -1, x, y, 0); x11.XFlush(d); time.sleep(0.3)
xtst.XTestFakeButtonEvent(d, button, 1, 0); x11.XFlush(d); time.sleep(0.1)
xtst.XTestFakeButtonEvent(d, button, 0, 0); x11.XFlush(d)
x11.XCloseDisplay(d)
EOF
}

# "x y w h" of the first top-level window whose name is exactly $1.
geometry() {
    xwininfo -root -tree | awk -v name="\"$1\"" '
        index($0, name ": (\"mygpt\"") { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) {
            split($i, g, /[x+]/); print g[3], g[4], g[1], g[2]; exit } }'
}

wait_for_window() {
    for _ in $(seq 1 50); do
        [ -n "$(geometry "$1")" ] && return 0
        sleep 0.2
    done
    echo "take.sh: no window called '$1'" >&2
    return 1
}

# Starts mygpt with a fresh HOME. $1: en or zh; $2: OPENAI_BASE_URL ("" for the default).
start_mygpt() {
    home="$work/home-$1-$$-$(date +%s%N)"
    mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
    if [ "$1" = zh ]; then locale=zh_CN.UTF-8; else locale=en_US.UTF-8; fi
    env -u DBUS_SESSION_BUS_ADDRESS -u OPENAI_API_KEY -u OPENAI_BASE_URL \
        HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
        LANG="$locale" LANGUAGE="$locale" LC_ALL="$locale" QT_QPA_PLATFORM=xcb \
        ${2:+OPENAI_BASE_URL="$2"} PORT=8000 "$bin" >"$home/out.log" 2>&1 &
    app=$!
    pids="$pids $app"
}

stop_mygpt() {
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
}

shoot() { # window name, output
    wait_for_window "$1"
    sleep 1.0
    set -- $(geometry "$1") "$2"
    import -window root -crop "$3x$4+$1+$2" +repage "$here/$5"
}

# A desktop-like background instead of Xvfb's black.
python3 - <<'PY' &
import ctypes, time
x11 = ctypes.CDLL("libX11.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XDefaultRootWindow.restype = ctypes.c_ulong
x11.XSetWindowBackground.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
x11.XClearWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x11.XFlush.argtypes = [ctypes.c_void_p]
x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
d = x11.XOpenDisplay(None)
root = x11.XDefaultRootWindow(d)
x11.XSetWindowBackground(d, root, 0x4a6b8f)
x11.XClearWindow(d, root)
x11.XFlush(d)
time.sleep(3600)  # Xvfb drops the background with the connection: keep it open
PY
pids="$pids $!"
sleep 0.5

# The centre "x y" of MyGPT's icon in the tray host.
tray_icon_centre() {
    xwininfo -root -tree | awk '/\("mygpt" "MyGPT"\)/ { for (i = 1; i <= NF; i++)
        if ($i ~ /^[0-9]+x[0-9]+\+/) { split($i, g, /[x+]/); split($(i + 1), a, /\+/);
            print a[2] + int(g[1] / 2), a[3] + int(g[2] / 2); exit } }'
}

for lang in en zh; do
    # The tray menu: trayer in the bottom-right corner, MyGPT running with a local upstream
    # (no key needed, so no first-run dialog), a right-click on its icon.
    trayer --edge bottom --align right --widthtype pixel --width 64 --height 32 \
        --transparent false --tint 0xdddddd --SetDockType true --expand false &
    tray=$!
    pids="$pids $tray"
    sleep 1
    start_mygpt "$lang" http://localhost:11434
    for _ in $(seq 1 50); do
        [ -n "$(tray_icon_centre)" ] && break
        sleep 0.2
    done
    sleep 1
    click $(tray_icon_centre) 3
    sleep 1.5
    import -window root -crop 430x330+850+470 +repage "$here/tray-menu-$lang.png"
    stop_mygpt
    kill "$tray" 2>/dev/null || true
    wait "$tray" 2>/dev/null || true

    # A first launch: nothing saved, an upstream that needs a key: Settings opens itself.
    if [ "$lang" = zh ]; then title="MyGPT 设置"; else title="MyGPT Settings"; fi
    start_mygpt "$lang" ""
    shoot "$title" "settings-$lang.png"
    stop_mygpt

    # No tray host at all: the main window says why.
    start_mygpt "$lang" http://localhost:11434
    shoot "MyGPT" "no-tray-$lang.png"
    stop_mygpt
done

for png in "$here"/tray-menu-*.png "$here"/settings-*.png "$here"/no-tray-*.png; do
    convert "$png" -strip -define png:compression-level=9 "$png"
done
echo "take.sh: screenshots in $here"
