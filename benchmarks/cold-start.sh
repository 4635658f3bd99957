#!/usr/bin/env bash
# Cold start of text -> AKN conversion, process start to exit, wall clock, median of N runs, against a hello-world
# main from the same jar measured in the same (interleaved) loop. Uses the lexkit CLI when its jar exists, else
# org.lexkit.benchmarks.ColdConvert (the same conversion as a tiny main).
#
#   benchmarks/cold-start.sh [runs] [input.txt]
#
# Run from the repository root after `mvn -B -ntp -q -pl benchmarks -am package -DskipTests`.
set -euo pipefail
runs=${1:-10}
input=${2:-${LEXKIT_DOMAIN:-/work/shared/domain}/kz/constitution-1995.ru.txt}
jar=benchmarks/target/benchmarks.jar
cli=${LEXKIT_CLI_JAR:-cli/target/lexkit.jar}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if [[ -f $cli ]]; then
  convert=(java -jar "$cli" convert "$input" -o "$out/kz.akn.xml")
  what="lexkit CLI ($cli)"
else
  convert=(java -cp "$jar" org.lexkit.benchmarks.ColdConvert "$input" "$out/kz.akn.xml")
  what="ColdConvert main (no CLI jar at $cli)"
fi
hello=(java -cp "$jar" org.lexkit.benchmarks.Hello)

millis() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

"${convert[@]}" >/dev/null # warm the file cache, not the JVM
"${hello[@]}" >/dev/null
h=(); c=()
for ((i = 0; i < runs; i++)); do
  h+=("$(millis "${hello[@]}")")
  c+=("$(millis "${convert[@]}")")
done
hm=$(printf '%s\n' "${h[@]}" | median)
cm=$(printf '%s\n' "${c[@]}" | median)
echo "convert: $what"
echo "input: $input ($(wc -c <"$input") bytes), output $(wc -c <"$out/kz.akn.xml") bytes"
echo "hello-world runs (ms): ${h[*]}"
echo "convert runs (ms):     ${c[*]}"
echo "median hello ${hm} ms, median convert ${cm} ms, convert/hello = $(awk "BEGIN {printf \"%.2f\", $cm / $hm}"), convert - hello = $(awk "BEGIN {print $cm - $hm}") ms"
