#!/bin/sh
# Debian's Chromium as Playwright starts it, with every `--disable-features` switch merged into one.
# Chromium keeps only the last of a repeated switch, so the features `chromium.ts` disables would
# otherwise replace the list Playwright disables for automation (paint holding, HTTPS upgrades…).
features=""
for arg do
  shift
  case "$arg" in
    --disable-features=*) features="$features,${arg#--disable-features=}" ;;
    *) set -- "$@" "$arg" ;;
  esac
done
if [ -n "$features" ]; then set -- "$@" "--disable-features=${features#,}"; fi
exec "${CHROMIUM_PATH:-/usr/bin/chromium}" "$@"
