#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: system packages for the browser, PDF and OCR tests,
# the virtual environment with the test extras, then pytest (extra arguments are passed on).
set -euo pipefail
cd "$(dirname "$0")/.."
# Tesseract with its Vietnamese model reads the scanned fixtures; DejaVu Serif (core + extra) prints them.
if ! [ -x /usr/bin/chromium ] || ! [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] \
  || ! [ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf ] \
  || ! tesseract --list-langs 2>/dev/null | grep -qx vie; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium fonts-dejavu-core fonts-dejavu-extra tesseract-ocr tesseract-ocr-vie >/dev/null
fi
scripts/install.sh test
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest: no tests were collected (exit 5), nothing failed" >&2
  status=0
fi
exit "$status"
