#!/usr/bin/env bash
# layout.sh checks the printed layout of the halfyear and annual examples
# against GB/T 9704-2012: it writes each example as DOCX and as HTML, prints the
# DOCX to PDF with LibreOffice and the HTML with headless Chromium, and
# measures both PDFs with scripts/layoutcheck (pdftotext -bbox-layout for
# text positions, pdftoppm for ink: the red line, the page numbers' 一字线,
# the rules of the 版记). It prints the figures with the values of the
# standard and writes PNG pages for looking at.
#
# Usage: scripts/layout.sh [output-directory]
#
# The halfyear summary is checked twice, sealed (§7.3.5.1, as the sample
# declares) and unsealed (§7.3.5.2). Extra documents can be checked with
# LAYOUT_DOCX="a.docx b.docx" and LAYOUT_HTML="a.html" (a name ending in
# -unsealed is checked as unsealed). It installs what it lacks with apt-get
# (libreoffice-writer, poppler-utils, chromium, fonts-noto-cjk,
# texlive-lang-chinese). The official fonts (仿宋_GB2312, 楷体_GB2312, 黑体,
# 方正小标宋简体, 宋体) are rarely installed on Linux: a private fontconfig
# file maps them to the Fandol fonts of texlive-lang-chinese (FandolFang,
# FandolKai, FandolHei, FandolSong), which have the same style and the
# same one-em ideographs, so that the figures hold for the real fonts to
# within the width of Latin digits. CI does not run this script.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$(mktemp -d "${TMPDIR:-/tmp}/lvzhi-layout.XXXXXX")}"
mkdir -p "$out"
fandol=/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# grep -c reads all of fc-list's output (grep -q would close the pipe early
# and pipefail would report fc-list's broken pipe).
[[ $(fc-list 2>/dev/null | grep -ci "noto.*cjk") -gt 0 ]] || need+=(fonts-noto-cjk)
[[ -d $fandol ]] || need+=(texlive-lang-chinese)
if ((${#need[@]} > 0)); then
	sudo=()
	if [[ $(id -u) -ne 0 ]]; then
		sudo=(sudo)
	fi
	echo "installing ${need[*]}" >&2
	"${sudo[@]}" apt-get update >&2
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${need[@]}" >&2
fi

alias() { # alias FAMILY SUBSTITUTE [WEIGHT]
	printf '<match target="pattern"><test name="family"><string>%s</string></test>' "$1"
	printf '<edit name="family" mode="assign" binding="strong"><string>%s</string></edit>' "$2"
	if [[ -n "${3:-}" ]]; then
		printf '<edit name="weight" mode="assign"><const>%s</const></edit>' "$3"
	fi
	printf '</match>\n'
}
{
	echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
	echo '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
	echo "<dir>$fandol</dir>"
	for f in 仿宋_GB2312 仿宋 FangSong 方正仿宋_GBK; do alias "$f" FandolFang; done
	for f in 楷体_GB2312 楷体 KaiTi 方正楷体_GBK; do alias "$f" FandolKai; done
	for f in 黑体 SimHei 方正黑体_GBK; do alias "$f" FandolHei; done
	for f in 宋体 SimSun "Times New Roman"; do alias "$f" FandolSong; done
	alias 方正小标宋简体 FandolSong bold
	echo '</fontconfig>'
} >"$out/fonts.conf"
export FONTCONFIG_FILE="$out/fonts.conf"

cd "$root"
docx=() html=()
for ex in halfyear annual; do
	go run ./examples/$ex -format docx -o "$out/$ex.docx"
	go run ./examples/$ex -format html -o "$out/$ex.html"
	docx+=("$out/$ex.docx") html+=("$out/$ex.html")
done
# The halfyear summary once more without a seal (§7.3.5.2): its outline
# with "unsealed": true added at the top.
sed '0,/{/s//{"unsealed": true,/' examples/halfyear/data/outline.json >"$out/unsealed-outline.json"
go run ./examples/halfyear -outline "$out/unsealed-outline.json" -format docx -o "$out/halfyear-unsealed.docx"
go run ./examples/halfyear -outline "$out/unsealed-outline.json" -format html -o "$out/halfyear-unsealed.html"
docx+=("$out/halfyear-unsealed.docx") html+=("$out/halfyear-unsealed.html")
docx+=(${LAYOUT_DOCX:-}) html+=(${LAYOUT_HTML:-})

# check PDF NAME: layoutcheck, told when the document has no seal.
check() {
	local flags=()
	if [[ $2 == *-unsealed ]]; then
		flags=(-unsealed)
	fi
	go run ./scripts/layoutcheck "${flags[@]}" "$1"
}

status=0
for f in "${docx[@]}"; do
	name="$(basename "${f%.*}")"
	soffice -env:UserInstallation="file://$out/lo-profile" --headless \
		--convert-to pdf --outdir "$out" "$f" >/dev/null 2>&1
	mv "$out/$name.pdf" "$out/$name.docx.pdf"
	echo "== $name.docx printed by LibreOffice"
	check "$out/$name.docx.pdf" "$name" || status=1
	pdftoppm -r 60 -png "$out/$name.docx.pdf" "$out/$name-docx"
done
for f in "${html[@]}"; do
	name="$(basename "${f%.*}")"
	profile="$(mktemp -d "$out/chromium.XXXXXX")"
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$profile" --no-pdf-header-footer \
		--print-to-pdf="$out/$name.html.pdf" "file://$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" >/dev/null 2>&1
	echo "== $name.html printed by Chromium"
	check "$out/$name.html.pdf" "$name" || status=1
	pdftoppm -r 60 -png "$out/$name.html.pdf" "$out/$name-html"
done
echo "PDFs and PNG pages in $out"
exit $status
