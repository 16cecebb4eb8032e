#!/usr/bin/env bash
# One editor's draft: `provcheck check` on an article of 1,000 words made
# of the corpus's own prose, run 50 times, against `provcheck --version`
# (the same process start-up with no analysis) in the same session.
# Prints the median milliseconds and the ratio; exits 1 over 20 ms (the
# budget a paste-and-check editor needs to feel no wait).
set -eu
pc=$(realpath "$1")
corpus=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# a headline, then whole paragraphs of the corpus until 1,000 words
{
	echo "Council approves flood defences after record rainfall"
	echo
	cat "$corpus"/articles/*.txt | awk 'NF && !/^By / { print; print "" }'
} | awk -v max=1000 '{ n += NF; print } n >= max { exit }' >"$work/draft.txt"
words=$(wc -w <"$work/draft.txt")

median_ms() {
	local i t s e
	for i in $(seq 50); do
		s=$(date +%s%N)
		"$@" >/dev/null 2>&1 || true
		e=$(date +%s%N)
		echo $(((e - s) / 1000))
	done | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] / 1000 }'
}

base=$(median_ms "$pc" --version)
check=$(median_ms "$pc" check "$work/draft.txt")
json=$(median_ms "$pc" check --format json "$work/draft.txt")
awk -v w="$words" -v b="$base" -v c="$check" -v j="$json" 'BEGIN {
	printf "draft: %d words\n", w
	printf "provcheck --version (start-up): %.2f ms\n", b
	printf "provcheck check:                %.2f ms (%.1fx start-up)\n", c, c / b
	printf "provcheck check --format json:  %.2f ms (%.1fx start-up)\n", j, j / b
	if (c > 20 || j > 20) { print "over the 20 ms budget"; exit 1 }
	print "within the 20 ms budget"
}'
