#!/bin/sh
# linli-kiosk closes like a normal quit on SIGTERM (as systemd stops it):
# exit code 0, not killed by the signal.
set -u
kiosk=$1
dir=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$kiosk" --windowed --devices simulated \
    --database "$dir/linli.db" --secret "$dir/installation.key" 2>"$dir/log" &
pid=$!
# Wait until the database exists: the kiosk is up and running its event loop.
for _ in $(seq 1 100); do
    [ -s "$dir/linli.db" ] && break
    sleep 0.1
done
sleep 0.5
kill -TERM "$pid"
wait "$pid"
status=$?
grep -q "linli-kiosk: stopping" "$dir/log"
logged=$?
rm -rf "$dir"
if [ "$status" -ne 0 ] || [ "$logged" -ne 0 ]; then
    echo "linli-kiosk exit status $status after SIGTERM (want 0 and 'stopping' logged)"
    exit 1
fi
echo "linli-kiosk stopped cleanly on SIGTERM"
