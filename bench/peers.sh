#!/usr/bin/env bash
# Compares package zh with the npm package nzh (https://www.npmjs.com/package/nzh).
#
#   bench/peers.sh          speed: Go benchmarks and nzh over the same inputs, with ratios
#   bench/peers.sh diff     differences: Numeral vs nzh encodeS on 100000 inputs, classified
#   bench/peers.sh all      both
#
# Needs go, node and npm. nzh is installed into a temporary folder that is
# removed on exit. The inputs are bench/numeral_inputs.txt (speed) and
# `node bench/peers.js gen 100000 15835` (diff); see bench/NZH.md.
set -euo pipefail

mode="${1:-bench}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

npm install --silent --no-audit --no-fund --prefix "$tmp" nzh@1.0.14 >/dev/null
export NZH_DIR="$tmp"

run_bench() {
	echo "== Go (go test -run '^\$' -bench 'Numeral\$|ParseNumeral\$|Money\$' -count 5 ./zh; best run counts)"
	(cd "$root" && go test -run '^$' -bench 'Numeral$|ParseNumeral$|Money$' -benchtime 1s -count 5 ./zh) | tee "$tmp/go.txt"
	echo
	echo "== nzh@1.0.14 on node $(node --version)"
	node "$here/peers.js" bench "$here/numeral_inputs.txt" | tee "$tmp/nzh.txt"
	echo
	# The best (lowest) ns/op of the five runs; the highest allocs/op.
	best() { awk -v re="^Benchmark$1-" '$1 ~ re {if (m == "" || $3 < m) m = $3} END {print m}' "$tmp/go.txt"; }
	go_num=$(best Numeral)
	go_money=$(best Money)
	go_num_allocs=$(awk '$1 ~ /^BenchmarkNumeral-/ {if ($7 > m) m = $7} END {print m + 0}' "$tmp/go.txt")
	nzh_enc=$(awk '$2 == "encodeS" {print $3}' "$tmp/nzh.txt")
	nzh_money=$(awk '$2 == "toMoney" {print $3}' "$tmp/nzh.txt")
	echo "== ratios (nzh ns/op ÷ Go ns/op; higher means Go is faster)"
	awk -v a="$nzh_enc" -v b="$go_num" 'BEGIN {printf "Numeral vs encodeS: %.1fx (Go %s ns/op, nzh %s ns/op)\n", a / b, b, a}'
	awk -v a="$nzh_money" -v b="$go_money" 'BEGIN {printf "Money vs toMoney:   %.1fx (Go %s ns/op, nzh %s ns/op)\n", a / b, b, a}'
	echo "Numeral allocations: ${go_num_allocs} allocs/op (target ≤ 1); target ratio ≥ 50x"
	awk -v a="$nzh_enc" -v b="$go_num" -v al="$go_num_allocs" 'BEGIN {exit !(a / b >= 50 && al <= 1)}' ||
		echo "WARNING: target not met" >&2
}

run_diff() {
	echo "== differences: Numeral vs nzh encodeS"
	node "$here/peers.js" gen 100000 15835 >"$tmp/diff_inputs.txt"
	(cd "$root" && LVZHI_NZH_INPUTS="$tmp/diff_inputs.txt" LVZHI_NZH_OUT="$tmp/ours.txt" \
		go test -count=1 -run '^TestDumpNumeralsForNzh$' ./zh >/dev/null)
	node "$here/peers.js" diff "$tmp/diff_inputs.txt" "$tmp/ours.txt"
}

case "$mode" in
bench) run_bench ;;
diff) run_diff ;;
all)
	run_bench
	echo
	run_diff
	;;
*)
	echo "usage: $0 [bench|diff|all]" >&2
	exit 2
	;;
esac
