#!/usr/bin/env bash
# Throughput of `provcheck check` on a generated corpus of at least 50 MB,
# against `grep -P` running the same attribution patterns over the same
# files in the same session.  Prints MB/s, claims/s and the ratio.
set -eu
pc=$(realpath "$1")
corpus=$(realpath "$2")
target_mb=${PC_BENCH_MB:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Articles are copied with a serial number in every paragraph, so no two
# generated files are the same text.
mkdir -p "$work/articles"
arts=("$corpus"/articles/*.txt "$corpus"/articles/*.md)
bytes=0 n=0
while [ "$bytes" -lt $((target_mb * 1000 * 1000)) ]; do
	for a in "${arts[@]}"; do
		ext=${a##*.}
		out="$work/articles/gen-$n.$ext"
		sed "s/\([0-9][0-9]*\)/\1/; 1s/\$/ $n/" "$a" >"$out"
		bytes=$((bytes + $(stat -c %s "$out")))
		n=$((n + 1))
	done
done
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "corpus: $n files, $mb MB"

"$pc" rules pattern >"$work/pattern"
secs() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'; }

cd "$work/articles"
# grep -P compiles one pattern at a time (PCRE2's size limit): one pass
# per pattern, as provcheck also runs every pattern over every sentence
s=$(date +%s%N)
while IFS= read -r pat; do
	ls | xargs grep -P -c -e "$pat" >>"$work/grep.out" || true
done <"$work/pattern"
e=$(date +%s%N)
grep_s=$(secs "$s" "$e")

s=$(date +%s%N)
ls | xargs "$pc" check --stats >/dev/null 2>"$work/stats" || true
e=$(date +%s%N)
pc_s=$(secs "$s" "$e")
claims=$(awk '/^stats:/ { for (i = 1; i <= NF; i++) if ($(i+1) == "claims,") c += $i } END { print c + 0 }' "$work/stats")
rss=$(awk '/^stats:/ { for (i = 1; i <= NF; i++) if ($i == "RSS") r = $(i+1) > r ? $(i+1) : r } END { print r + 0 }' "$work/stats")

awk -v mb="$mb" -v g="$grep_s" -v p="$pc_s" -v c="$claims" -v rss="$rss" 'BEGIN {
	printf "grep -P (attribution patterns): %.3f s, %.1f MB/s\n", g, mb / g
	printf "provcheck check:                %.3f s, %.1f MB/s, %.0f claims/s, max RSS %d KiB\n", p, mb / p, c / p, rss
	printf "ratio provcheck / grep -P:      %.2fx the time\n", p / g
}'
