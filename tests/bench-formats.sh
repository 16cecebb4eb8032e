#!/usr/bin/env bash
# What reading a format costs: `provcheck check` over copies of the corpus's
# HTML pages, NITF/NewsML items and DOCX/ODT drafts, against xmllint parsing
# the same HTML and XML files (the parse alone, in the same session), and
# against provcheck over the plain-text articles of the corpus (the
# analysis alone).  Prints MB/s, claims/s, peak RSS and the ratios.
set -eu
pc=$(realpath "$1")
corpus=$(realpath "$2")
copies=${PC_BENCH_COPIES:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for kind in html xml office text; do mkdir -p "$work/$kind"; done
for a in "$corpus"/articles/*; do
	base=$(basename "$a")
	case "$base" in
	*.html|*.htm) kind=html ;;
	*.nitf|*.xml) kind=xml ;;
	*.docx|*.odt) kind=office ;;
	*.txt) kind=text ;;
	*) continue ;;
	esac
	for ((i = 0; i < copies; i++)); do
		cp "$a" "$work/$kind/$i-$base"
	done
done

secs() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'; }
# runs a command over a directory's files; prints seconds and peak RSS (KB)
timed() {
	local dir=$1
	shift
	local s e
	s=$(date +%s%N)
	/usr/bin/env python3 - "$@" <<'EOF' >"$work/rss" 2>/dev/null
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
EOF
	e=$(date +%s%N)
	echo "$(secs "$s" "$e") $(cat "$work/rss")"
}

claims() {
	"$pc" check --no-config --fail-on none --format json "$1"/* 2>/dev/null |
		python3 -c 'import json,sys; print(sum(len(d["claims"]) for d in json.load(sys.stdin)["documents"]))'
}

printf '%-8s %6s %8s %8s %10s %9s %12s\n' format files MB seconds MB/s claims/s "peak RSS"
declare -A T
for kind in text html xml office; do
	dir="$work/$kind"
	n=$(ls "$dir" | wc -l)
	[ "$n" -gt 0 ] || continue
	mb=$(du -sb "$dir" | awk '{ printf "%.1f", $1 / 1e6 }')
	# the directory as one argument list: xargs keeps the command line short
	read -r t rss < <(timed "$dir" sh -c 'cd "$1" && ls | xargs "$2" check --no-config --fail-on none' sh "$dir" "$pc")
	c=$(claims "$dir")
	T[$kind]=$t
	printf '%-8s %6d %8s %8s %10.2f %9.0f %9d KB\n' "$kind" "$n" "$mb" "$t" \
		"$(awk -v m="$mb" -v t="$t" 'BEGIN { print m / t }')" \
		"$(awk -v c="$c" -v t="$t" 'BEGIN { print c / t }')" "$rss"
done

# the parse alone: xmllint over the same HTML and XML files
for kind in html xml; do
	dir="$work/$kind"
	[ -n "$(ls "$dir")" ] || continue
	flag=; [ "$kind" = html ] && flag=--html
	read -r t rss < <(timed "$dir" sh -c 'cd "$1" && ls | xargs xmllint $2 --noout --nonet' sh "$dir" "$flag")
	printf 'xmllint %s parse: %s s; provcheck check is %.2fx that\n' "$kind" "$t" \
		"$(awk -v a="${T[$kind]}" -v b="$t" 'BEGIN { print a / b }')"
done
