# Sourced by the command-line tests (import_items.sh, import_people.sh) with
# the kiosk's path as $1: a throw-away folder with a migrated database
# ($db: the options that name it), and fail() to stop with what the kiosk said.
set -u
kiosk=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="--database $dir/linli.db --secret $dir/installation.key"
fail() { echo "$1"; cat "$dir/out" "$dir/err"; exit 1; }

"$kiosk" --migrate $db >"$dir/out" 2>"$dir/err" || fail "--migrate failed"
