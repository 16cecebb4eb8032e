#!/usr/bin/env bash
# Loading an archive into the citation graph: at least 20,000 generated
# articles checked once without a database and once with --db, in the same
# session; prints documents/s, the database size per article and the
# ratio of the two times (the target is 2x or less).
set -eu
pc=$(realpath "$1")
src=$(realpath "$2")
n=${PC_BENCH_DOCS:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$src/tests/gen-articles.sh" "$n" "$work/articles" "$src/corpus"
cd "$work/articles"
secs() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'; }

s=$(date +%s%N)
ls | xargs "$pc" check >/dev/null 2>&1 || true
e=$(date +%s%N)
plain=$(secs "$s" "$e")

s=$(date +%s%N)
ls | xargs "$pc" check --db "$work/archive.db" >/dev/null 2>"$work/err" || true
e=$(date +%s%N)
load=$(secs "$s" "$e")

s=$(date +%s%N)
ls | xargs "$pc" check --db "$work/archive.db" >/dev/null 2>&1 || true
e=$(date +%s%N)
again=$(secs "$s" "$e")

sqlite3 "$work/archive.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
size=$(stat -c %s "$work/archive.db")
stored=$(sqlite3 "$work/archive.db" 'SELECT count(*) FROM documents')
links=$(sqlite3 "$work/archive.db" "SELECT count(*) / 2 FROM same_fact WHERE scope = 'corpus'")
awk -v n="$stored" -v p="$plain" -v l="$load" -v a="$again" -v sz="$size" -v k="$links" 'BEGIN {
	printf "articles: %d stored, %d same-fact links across documents\n", n, k
	printf "check without --db: %.2f s, %.0f documents/s\n", p, n / p
	printf "check --db (load):  %.2f s, %.0f documents/s\n", l, n / l
	printf "check --db again:   %.2f s (every article unchanged, skipped)\n", a
	printf "database: %.1f MB, %.1f KB per article\n", sz / 1e6, sz / n / 1e3
	printf "ratio load / check: %.2fx\n", l / p
}'
[ "$stored" -eq "$n" ]
