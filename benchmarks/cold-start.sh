#!/usr/bin/env bash
# Cold start of text -> AKN conversion: wall time from process start to exit, median of N runs, every variant and a
# hello-world main from the benchmarks jar (the JVM start baseline) measured in the same interleaved loop, so load
# from other processes falls on all of them alike.
#
#   benchmarks/cold-start.sh [runs] [input.txt]
#
# Variants: the ColdConvert main in the benchmarks jar (always); `java -jar $LEXKIT_CLI_JAR convert` when that jar
# exists (default cli/target/lexkit.jar); the CLI's launcher `$LEXKIT_CLI_LAUNCHER convert` (JVM flags, class-data
# sharing) when that script exists (default bin/lexkit). Run from the repository root after
# `mvn -B -ntp -q -pl benchmarks -am package -DskipTests`.
set -euo pipefail
runs=${1:-10}
input=${2:-${LEXKIT_DOMAIN:-/work/shared/domain}/kz/constitution-1995.ru.txt}
jar=benchmarks/target/benchmarks.jar
cli=${LEXKIT_CLI_JAR:-cli/target/lexkit.jar}
launcher=${LEXKIT_CLI_LAUNCHER:-bin/lexkit}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The same identity and profile ColdConvert uses.
cli_args="-q --lang=rus --country=kz --type=constitution --date=1995-08-30 --name=constitution-1995-ru"
names=(hello ColdConvert)
commands=("java -cp $jar org.lexkit.benchmarks.Hello"
  "java -cp $jar org.lexkit.benchmarks.ColdConvert $input $out/main.xml")
if [[ -f $cli ]]; then
  names+=("java -jar CLI")
  commands+=("java -jar $cli convert $cli_args $input -o $out/cli.xml")
fi
if [[ -x $launcher && -f $cli ]]; then
  names+=("CLI launcher")
  commands+=("env LEXKIT_JAR=$cli $launcher convert $cli_args $input -o $out/launcher.xml")
fi

millis() { local t0 t1; t0=$(date +%s%N); $1 >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for c in "${commands[@]}"; do $c >/dev/null 2>&1; done # warm the file cache (and create the launcher's CDS archive)
declare -A times
for ((i = 0; i < runs; i++)); do
  for k in "${!commands[@]}"; do
    times[$k]+="$(millis "${commands[$k]}") "
  done
done
echo "input: $input ($(wc -c <"$input") bytes); $runs runs each, interleaved"
hello=$(printf '%s\n' ${times[0]} | median)
for k in "${!commands[@]}"; do
  m=$(printf '%s\n' ${times[$k]} | median)
  printf '%-14s median %6s ms  (%s hello-world, +%s ms)  runs: %s\n' "${names[$k]}" "$m" \
    "$(awk "BEGIN {printf \"%.2fx\", $m / $hello}")" "$(awk "BEGIN {print $m - $hello}")" "${times[$k]}"
  echo "               command: ${commands[$k]}"
done
ls -l "$out" | awk 'NR > 1 {print "output:", $NF, $5, "bytes"}'
