#!/usr/bin/env bash
# System packages the tests need that npm cannot bring: php-cli (the PHP oracle for the decoders) and
# chromium (the browser run of the runtime checks).
# Installs them with apt-get when they are missing and this user can; otherwise says what is missing.
set -euo pipefail
need=()
command -v php >/dev/null 2>&1 || need+=(php-cli)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup-system: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "setup-system: missing ${need[*]}; install them to run every test (CI requires them)" >&2
  [ "${CI:-}" = "true" ] && exit 1
fi
exit 0
