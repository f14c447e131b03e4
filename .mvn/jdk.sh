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
jixiao_find_jdk || exit 1
