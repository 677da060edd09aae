#!/usr/bin/env bash
# Installs what the tests need from Debian's packages, if missing: chromium and chromium-driver for the
# browser tests, and fonts-wqy-microhei (a Chinese TrueType font) for the PDF letters.
# Needs root (or sudo) and Debian's package mirror; never downloads a browser or font from elsewhere.
set -euo pipefail
need=()
{ [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || need+=(chromium chromium-driver)
[ -r /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0
echo "正在安装测试所需的 Debian 软件包：${need[*]}…"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${need[@]}" >/dev/null
