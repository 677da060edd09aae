#!/usr/bin/env bash
# Prints the home of a JDK >= 21: JAVA_HOME if it is one, else the `java` on PATH, else the newest
# under the usual install folders. The machines' default java is 17, so this matters.
# Usage: JAVA_HOME=$(scripts/find-jdk.sh) || exit 1
set -u

major_of() { # $1 = path to a java binary
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

ok() { # $1 = JDK home
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local m; m=$(major_of "$1/bin/java")
  [ -n "$m" ] && [ "$m" -ge 21 ] 2>/dev/null
}

if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
if command -v javac >/dev/null 2>&1; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  if ok "$home"; then echo "$home"; exit 0; fi
fi
best=""; best_major=0
for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
  [ -d "$home" ] || continue
  if ok "$home"; then
    m=$(major_of "$home/bin/java")
    if [ "$m" -gt "$best_major" ]; then best="$home"; best_major="$m"; fi
  fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi
echo "找不到 JDK 21 或更高版本。请安装 JDK 21+（例如 apt-get install openjdk-21-jdk），或把 JAVA_HOME 指向它。" >&2
exit 1
