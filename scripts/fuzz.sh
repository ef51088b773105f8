#!/usr/bin/env bash
# fuzz.sh runs every fuzz target of the module for FUZZTIME (default 3m),
# JOBS targets at a time (default 2), and prints one line per target with
# its result and the number of executions it reached. Any finding fails
# the script; the failing input is left in the package's testdata/fuzz
# folder, as go test -fuzz does.
#
# Minimising an interesting input is capped at MINTIME (default 2s; go
# test's own default is 60s): the seed corpora hold whole record files, and
# minimising the first large input used to take the whole run, leaving a
# target at a dozen executions in 30 s.
#
# Usage: scripts/fuzz.sh [regexp]   (only targets whose name matches)
#        FUZZTIME=30s JOBS=2 scripts/fuzz.sh 'FuzzParse$'
#
# Go 1.26's fuzz coordinator can fail a target with "context deadline
# exceeded" at exactly the end of -fuzztime although nothing was found
# (go.dev/issue/75804, fixed in Go 1.27). Such a run wrote no reproducer;
# it is reported as "ok (deadline race)" and does not fail the script. A
# failure that left a reproducer in testdata/fuzz is a finding.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fuzztime="${FUZZTIME:-3m}"
mintime="${MINTIME:-2s}"
jobs="${JOBS:-2}"
filter="${1:-.}"
log="$(mktemp -d "${TMPDIR:-/tmp}/lvzhi-fuzz.XXXXXX")"

# package directory and target name of every fuzz target
mapfile -t targets < <(grep -rHo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*' . |
	sed -E 's|^\./(.*)/[^/]*_test\.go:func (Fuzz.*)$|\1 \2|; s|^\./[^/]*_test\.go:func (Fuzz.*)$|. \1|' |
	grep -E " .*${filter}" | sort -u)

# count prints the number of files in a corpus folder (0 if there is none).
count() {
	if [[ -d "$1" ]]; then find "$1" -type f | wc -l; else echo 0; fi
}

# execs prints the executions of the last progress line of a log, with the
# average rate over the run: "execs: 41234 (1374/sec)".
execs() {
	local last n secs
	last=$(grep -Eo 'elapsed: [0-9]+s, execs: [0-9]+' "$1" | tail -1)
	if [[ -z $last ]]; then
		echo 'execs: 0'
		return
	fi
	secs=$(sed -E 's/elapsed: ([0-9]+)s.*/\1/' <<<"$last")
	n=$(sed -E 's/.*execs: ([0-9]+)/\1/' <<<"$last")
	echo "execs: $n ($((n / (secs > 0 ? secs : 1)))/sec)"
}

run() {
	local dir="$1" name="$2"
	local out="$log/${dir//\//_}.$name.log"
	local corpus="$dir/testdata/fuzz/$name"
	local before
	before=$(count "$corpus")
	if go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" -fuzzminimizetime "$mintime" -parallel 1 "./$dir" >"$out" 2>&1; then
		printf 'ok    %-28s %-24s %s\n' "$dir" "$name" "$(execs "$out")"
	elif grep -q 'context deadline exceeded' "$out" && [[ $(count "$corpus") -eq $before ]]; then
		printf 'ok    %-28s %-24s %s (deadline race, no reproducer)\n' "$dir" "$name" "$(execs "$out")"
	else
		printf 'FAIL  %-28s %-24s see %s\n' "$dir" "$name" "$out"
		return 1
	fi
}

echo "fuzzing ${#targets[@]} targets for $fuzztime each (minimising at most $mintime), $jobs at a time (logs in $log)"
status=0
running=0
for t in "${targets[@]}"; do
	run ${t} &
	running=$((running + 1))
	if ((running >= jobs)); then
		wait -n || status=1
		running=$((running - 1))
	fi
done
while ((running > 0)); do
	wait -n || status=1
	running=$((running - 1))
done
exit $status
