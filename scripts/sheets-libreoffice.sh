#!/usr/bin/env bash
# Checks that the workbooks lvzhi exports open in another program: every
# table is exported as XLSX and as CSV, LibreOffice converts each XLSX back
# to CSV, and the two CSV files must hold the same cells (trailing empty
# cells aside: a merged title or note row is one cell in lvzhi's CSV and a
# row of cells in LibreOffice's).
#
#   scripts/sheets-libreoffice.sh [records.json]
#
# The records default to the sample of examples/halfyear. Needs soffice
# (apt-get install libreoffice-calc) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-examples/halfyear/data/records.json}
command -v soffice >/dev/null || { echo "需要 LibreOffice（soffice）：apt-get install libreoffice-calc" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/lvzhi" ./cmd/lvzhi
tables=(委员名单 提案明细表 履职记录 承办单位办理情况表 提案分类统计表 提案界别统计表 委员履职情况表 活动小组履职情况表 界别履职情况表
	履职参与情况表 各界别参与情况表 各党派参与情况表 委员活动小组参与情况表 专门委员会参与情况表)
mkdir -p "$work/lo"
for t in "${tables[@]}"; do
	"$work/lvzhi" export -data "$records" -table "$t" -o "$work/$t.xlsx" 2>/dev/null
	"$work/lvzhi" export -data "$records" -table "$t" -o "$work/$t.csv" 2>/dev/null
done
# 44: comma, 34: double quote, 76: UTF-8, 1: from line 1.
(cd "$work/lo" && soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' "$work"/*.xlsx >/dev/null 2>&1)
status=0
for t in "${tables[@]}"; do
	python3 - "$work/$t.csv" "$work/lo/$t.csv" "$t" <<'PY' || status=1
import csv, sys
def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        out = [r for r in csv.reader(f)]
    out = [r[:max([i + 1 for i, c in enumerate(r) if c != ""] or [0])] for r in out]
    while out and not out[-1]:
        out.pop()
    return out
ours, theirs, name = rows(sys.argv[1]), rows(sys.argv[2]), sys.argv[3]
cells = sum(len(r) for r in ours)
if ours == theirs:
    print(f"{name}：相同（{len(ours)}行，{cells}格）")
    sys.exit(0)
for i, (a, b) in enumerate(zip(ours, theirs)):
    if a != b:
        print(f"{name}：第{i + 1}行不同\n  lvzhi：{a}\n  LibreOffice：{b}")
        break
else:
    print(f"{name}：行数不同（lvzhi {len(ours)}行，LibreOffice {len(theirs)}行）")
sys.exit(1)
PY
done
exit $status
