#!/bin/sh
# Takes the README's screenshots of the request log window under Xvfb, in English and
# Chinese: the empty log, a busy log, a selected streamed exchange (its answer with the
# reasoning) and the usage panel; then the streamed exchange and the usage panel again in a
# dark palette (MYGPT_THEME=dark). The window runs from the test-only launcher
# mygpt-viewer-demo over a throw-away store seeded with demo records (MYGPT_DATA_DIR).
#
#   packaging/screenshots/take-viewer.sh [path/to/mygpt-viewer-demo]
#        (default: build/tests/viewer/mygpt-viewer-demo)
#
# Needs xvfb-run and ImageMagick (import).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-$here/../../build/tests/viewer/mygpt-viewer-demo}")

if [ "${MYGPT_SHOTS_INNER:-}" != 1 ]; then
    MYGPT_SHOTS_INNER=1 exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$bin"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"

# shot NAME LANG [launcher options...]: the window (1360x840 at the origin) as NAME.png,
# in the palette $theme names (empty: the platform's).
shot() {
    name=$1 lang=$2
    shift 2
    MYGPT_THEME=${theme:-} MYGPT_DATA_DIR="$work/$lang-data" "$bin" --lang "$lang" "$@" &
    pid=$!
    sleep 4
    import -window root -crop 1360x840+0+0 +repage "$here/$name.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

for lang in en zh_CN; do
    suffix=$([ "$lang" = en ] && echo en || echo zh)
    shot "viewer-empty-$suffix" "$lang"
    shot "viewer-busy-$suffix" "$lang" --seed
    # The launcher seeds again only when asked: the store of the shot before is reused.
    shot "viewer-stream-$suffix" "$lang" --select 5e7a01c3 --detail-tab 1
    shot "viewer-usage-$suffix" "$lang" --tab usage
    theme=dark
    shot "viewer-stream-dark-$suffix" "$lang" --select 5e7a01c3 --detail-tab 1
    shot "viewer-usage-dark-$suffix" "$lang" --tab usage
    theme=
done
echo "take-viewer.sh: screenshots in $here"
