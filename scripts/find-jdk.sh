# Finds a JDK 25 or newer where JDKs are usually installed, the places the build's toolchain
# discovery looks too. Prints its home, or nothing with exit status 1. Sourced by ./jbang and ./workbook.

jdk_major() { # the feature version in a JDK's release file, e.g. 25
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

find_jdk() {
  local wanted=${1:-25} candidate major
  for candidate in "${JAVA_HOME:-}" "${JDK_HOME:-}" \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.gradle/jdks/* "$HOME"/.m2/jdks/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$wanted" ]; then
      (cd "$candidate" && pwd -P)
      return 0
    fi
  done
  return 1
}

NO_JDK_MESSAGE="no JDK 25 or newer found (looked in JAVA_HOME, /usr/lib/jvm, ~/.sdkman, ~/.jdks, ...): install one, e.g. Temurin 25 from https://adoptium.net or your package manager (apt install openjdk-25-jdk)"
