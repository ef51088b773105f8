#!/usr/bin/env bash
# preview.sh renders a DOCX written by package report/docx to PNG pages so
# that its layout can be checked by eye.
#
# Usage: scripts/preview.sh [file.docx] [output-directory]
#
# Without a file it writes the sample summary of report/docx first. It
# installs LibreOffice Writer, poppler-utils and the Noto CJK fonts with
# apt-get when they are missing, converts the DOCX to PDF with LibreOffice
# and the PDF to PNG pages at 60 dpi (PREVIEW_DPI overrides), and prints
# the paths of the pages.
#
# The official fonts (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体) are rarely
# installed on Linux; the conversion runs with a fontconfig file that maps
# them to free fonts of the same style (Noto Serif CJK for 仿宋 and 宋体, Noto
# Sans CJK for 黑体, AR PL UKai for 楷体, heavy Noto Serif CJK for 小标宋), so
# that the preview tells the heading fonts apart. The DOCX is not changed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${2:-$(mktemp -d "${TMPDIR:-/tmp}/lvzhi-preview.XXXXXX")}"
mkdir -p "$out"

need=()
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "noto.*cjk" || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi "ukai" || need+=(fonts-arphic-ukai)
if ((${#need[@]} > 0)); then
	sudo=()
	if [[ $(id -u) -ne 0 ]]; then
		sudo=(sudo)
	fi
	echo "installing ${need[*]}" >&2
	"${sudo[@]}" apt-get update >&2
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${need[@]}" >&2
fi

if [[ $# -ge 1 && -n "$1" ]]; then
	docx="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
	docx="$out/sample.docx"
	(cd "$root" && go run ./report/docx/internal/cmd/docxsample "$docx")
fi

alias() { # alias FAMILY SUBSTITUTE [WEIGHT]
	printf '<match target="pattern"><test name="family"><string>%s</string></test>' "$1"
	printf '<edit name="family" mode="assign" binding="strong"><string>%s</string></edit>' "$2"
	printf '<edit name="lang" mode="assign"><string>zh-cn</string></edit>'
	if [[ -n "${3:-}" ]]; then
		printf '<edit name="weight" mode="assign"><const>%s</const></edit>' "$3"
	fi
	printf '</match>\n'
}
{
	echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
	echo '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
	alias "仿宋_GB2312" "Noto Serif CJK SC"
	alias "仿宋" "Noto Serif CJK SC"
	alias "宋体" "Noto Serif CJK SC"
	alias "Times New Roman" "Liberation Serif"
	alias "黑体" "Noto Sans CJK SC"
	alias "楷体_GB2312" "AR PL UKai CN"
	alias "楷体" "AR PL UKai CN"
	alias "方正小标宋简体" "Noto Serif CJK SC" "black"
	echo '</fontconfig>'
} >"$out/fonts.conf"
export FONTCONFIG_FILE="$out/fonts.conf"

name="$(basename "${docx%.*}")"
# A private profile directory keeps LibreOffice from touching the user's own.
libreoffice -env:UserInstallation="file://$out/lo-profile" --headless \
	--convert-to pdf --outdir "$out" "$docx" >&2
pdftoppm -r ${PREVIEW_DPI:-60} -png "$out/$name.pdf" "$out/$name"
ls "$out/$name"*.png
