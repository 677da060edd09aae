#!/usr/bin/env bash
# Installs what the tests need from Debian's packages, if missing: chromium and chromium-driver for the
# browser tests, Chinese TrueType fonts for the PDFs, LibreOffice and poppler for the documents' visual check, nginx for the cluster test.
# Needs root (or sudo) and Debian's package mirror; never downloads a browser or font from elsewhere.
set -euo pipefail
need=()
{ [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || need+=(chromium chromium-driver)
[ -r /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
# The document layer's faces (report-core cn.gongkai.report.document.DocumentFonts): a serif body and a heading face.
[ -r /usr/share/fonts/truetype/arphic/uming.ttc ] || need+=(fonts-arphic-uming)
[ -r /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need+=(fonts-wqy-zenhei)
# The visual check of the Word layout: LibreOffice converts the DOCX to PDF, poppler renders pages to PNG
# (libreoffice-writer-nogui without recommends: ~55 packages, installed in ~15 s from the Debian mirror here).
lean=()
command -v soffice >/dev/null || lean+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null || lean+=(poppler-utils)
# The cluster test's load balancer (cluster-tests, issue 17): Debian's nginx, started by the test itself.
[ -x /usr/sbin/nginx ] || lean+=(nginx-light)
[ ${#need[@]} -eq 0 ] && [ ${#lean[@]} -eq 0 ] && exit 0
echo "正在安装测试所需的 Debian 软件包：${need[*]} ${lean[*]}…"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
[ ${#need[@]} -eq 0 ] || $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
[ ${#lean[@]} -eq 0 ] || $SUDO apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
