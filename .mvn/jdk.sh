# Sourced by ./mvnw and ./jixiao: make JAVA_HOME point at a JDK >= 21.
# Order: $JAVA_HOME if new enough, then `java` on PATH, then the JDKs under /usr/lib/jvm (newest first).
jixiao_java_major() { # $1 = java binary; prints its feature version, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
jixiao_find_jdk() {
  local cand v
  for cand in ${JAVA_HOME:+"$JAVA_HOME"} "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    cand=${cand%/}
    [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    v=$(jixiao_java_major "$cand/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then export JAVA_HOME="$cand"; return 0; fi
  done
  echo "jixiao: no JDK 21 or newer found (checked JAVA_HOME, PATH and /usr/lib/jvm). Install one and set JAVA_HOME." >&2
  return 1
}
# The choice is cached (.mvn/.jdk-cache): probing starts a JVM per candidate, a third of a short command's time. The
# cache holds for the same JAVA_HOME and the same java on PATH, while the chosen JDK is still there.
jixiao_jdk_cache="$(cd "$(dirname "$0")" && pwd)/.mvn/.jdk-cache"
jixiao_jdk_key="${JAVA_HOME:-}|$(command -v java 2>/dev/null || true)"
if [ -f "$jixiao_jdk_cache" ] && [ "$(sed -n 1p "$jixiao_jdk_cache")" = "$jixiao_jdk_key" ] \
    && [ -x "$(sed -n 2p "$jixiao_jdk_cache")/bin/javac" ]; then
  JAVA_HOME=$(sed -n 2p "$jixiao_jdk_cache")
  export JAVA_HOME
else
  jixiao_find_jdk || exit 1
  printf '%s\n%s\n' "$jixiao_jdk_key" "$JAVA_HOME" > "$jixiao_jdk_cache" 2>/dev/null || true
fi
