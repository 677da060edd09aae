#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the browser tests, if they are missing.
# Needs root (or sudo) and Debian's package mirror; never downloads a browser from elsewhere.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
echo "正在安装浏览器测试所需的 chromium 和 chromium-driver（Debian 软件包）…"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromedriver --version
