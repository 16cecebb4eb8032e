#!/usr/bin/env bash
# `provcheck report` over a database of the whole corpus: its figures
# against the figures tests/report_expected.py computes from the gold
# annotations alone; text and html run, the html is valid (HTML Tidy: no
# error, no warning) and keeps hostile text as text; a report taken while
# another process writes agrees with itself; a missing or foreign
# database is exit 2, named, and left as it was.
set -u
pc=$1
root=$2
. "$(dirname "$0")/lib.sh"
writer=
trap '[ -n "$writer" ] && kill "$writer" 2>/dev/null; rm -rf "$tmp"' EXIT

# --- the corpus, against the gold ---
db="$tmp/corpus.db"
# check exits 1 for findings at the fail level, more for trouble (a
# sanitizer's report in the sanitizer build)
n=$(ls "$root"/corpus/articles | wc -l)
"$pc" check --db "$db" "$root"/corpus/articles/* >/dev/null 2>"$tmp/check.err"
rc=$?
if [ $rc -le 1 ] && grep -q "^provcheck: $n documents stored" "$tmp/check.err"; then ok; else
	bad "storing the corpus: exit $rc" "$(cat "$tmp/check.err")"; fi
if "$pc" report --db "$db" --format json >"$tmp/report.json" 2>"$tmp/err"; then ok; else
	bad "report --format json: exit $?" "$(cat "$tmp/err")"; fi
# prints every figure it compares, FAIL before a miss
if /usr/bin/python3 "$root/tests/report_expected.py" "$root/corpus/gold" "$tmp/report.json"; then
	ok
else
	bad "the report disagrees with the gold (above)"
fi

# --- text and html ---
out=$("$pc" report --db "$db" 2>&1)
rc=$?
if [ $rc -eq 0 ] && grep -q '^Totals$' <<<"$out" && grep -q '^Most frequent relay chains$' <<<"$out" &&
   grep -q "^documents  *$n\$" <<<"$out"; then ok; else bad "report (text): exit $rc" "$out"; fi
if "$pc" report --db "$db" --format html >"$tmp/report.html" 2>"$tmp/err"; then ok; else
	bad "report --format html: exit $?" "$(cat "$tmp/err")"; fi
msgs=$(tidy -q -e "$tmp/report.html" 2>&1)
if [ -z "$msgs" ]; then ok; else bad "tidy on the html report" "$msgs"; fi
n=$(grep -c '<caption>' "$tmp/report.html")
if [ "$n" -eq 7 ] && ! grep -q '<script' "$tmp/report.html"; then ok; else
	bad "html report: $n captions (want 7), or a script"; fi

# hostile text in an article and in its file name comes out as text
mkdir "$tmp/hostile"
h="$tmp/hostile/<i>&\"q'.txt"
cp "$root/tests/browser/hostile.txt" "$h"
"$pc" check --db "$tmp/hostile.db" "$h" >/dev/null 2>&1
rc=$?
"$pc" report --db "$tmp/hostile.db" --format html >"$tmp/hostile.html" 2>&1
msgs=$(tidy -q -e "$tmp/hostile.html" 2>&1)
if [ $rc -le 1 ] && [ -z "$msgs" ] && ! grep -q '<script\|<img\|<i>' "$tmp/hostile.html" &&
   grep -q '&lt;script&gt;alert(document.cookie)&lt;/script&gt;' "$tmp/hostile.html" &&
   grep -q '3 &lt; 4 &amp;&amp; 5 &gt; 2' "$tmp/hostile.html" &&
   grep -q '&lt;i&gt;&amp;&quot;q&#39;.txt:3' "$tmp/hostile.html"; then
	ok
else
	bad "hostile article: markup leaked or tidy complains" "$msgs"
fi

# --- one snapshot while another provcheck writes ---
# Every report must agree with itself: the totals with the sum of its
# documents.  Read in pieces outside one transaction, a document stored
# between two queries breaks that.
cp "$db" "$tmp/live.db"
mkdir "$tmp/live"
(
	for f in "$root"/corpus/articles/*; do
		cp "$f" "$tmp/live/"
		"$pc" check --db "$tmp/live.db" "$tmp/live/$(basename "$f")" >/dev/null 2>>"$tmp/writer.err"
		rc=$?
		[ $rc -le 1 ] || echo "exit $rc storing $f" >>"$tmp/writer.err"
	done
) &
writer=$!
torn=0
for i in $(seq 1 30); do
	"$pc" report --db "$tmp/live.db" --format json >"$tmp/live.json" 2>"$tmp/err" || {
		bad "report while writing: exit $?" "$(cat "$tmp/err")"; torn=-1; break; }
	/usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
docs, tot = r["documents"], r["totals"]
same = tot["documents"] == len(docs) and tot["claims"] == sum(d["claims"]["total"] for d in docs)
for s, n in tot["by_status"].items():
    same = same and n == sum(d["claims"][s] for d in docs)
sys.exit(0 if same else 1)' "$tmp/live.json" || torn=$((torn + 1))
done
wait "$writer"
writer=
if ! grep -q '^exit' "$tmp/writer.err"; then ok; else bad "the writer failed" "$(cat "$tmp/writer.err")"; fi
if [ "$torn" -eq 0 ]; then ok; elif [ "$torn" -gt 0 ]; then
	bad "$torn of 30 reports taken while writing disagree with themselves"; fi

# --- what report refuses, and leaves as it was ---
out=$("$pc" report --db "$tmp/missing.db" 2>&1)
rc=$?
if [ $rc -eq 2 ] && grep -q "$tmp/missing.db: error:" <<<"$out" && ! ls "$tmp"/missing.db* >/dev/null 2>&1; then
	ok
else
	bad "missing database: exit $rc (want 2), or it was created" "$out" "$(ls "$tmp")"
fi
printf 'not a database\n' >"$tmp/notes.txt"
sqlite3 "$tmp/other.db" 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'
for f in "$tmp/notes.txt" "$tmp/other.db" "$tmp"; do
	before=$(cksum "$f" 2>/dev/null)
	out=$("$pc" report --db "$f" 2>&1)
	rc=$?
	if [ $rc -eq 2 ] && grep -q "^$f: error:" <<<"$out" && [ "$(cksum "$f" 2>/dev/null)" = "$before" ] &&
	   ! ls "$f"-wal "$f"-shm >/dev/null 2>&1; then
		ok
	else
		bad "foreign file $f: exit $rc (want 2), or it was changed" "$out"
	fi
done
# a file that claims the schema but lacks its tables: the read fails,
# named, instead of a report of zeros
sqlite3 "$tmp/hollow.db" 'PRAGMA user_version = 1; CREATE TABLE t (x);'
out=$("$pc" report --db "$tmp/hollow.db" 2>&1)
rc=$?
if [ $rc -eq 2 ] && grep -q "^$tmp/hollow.db: error: cannot read the database: no such table" <<<"$out"; then
	ok
else
	bad "hollow database: exit $rc (want 2)" "$out"
fi
out=$("$pc" report --db "$db" --format sarif 2>&1)
rc=$?
if [ $rc -eq 2 ] && grep -q 'report --format takes text, json or html' <<<"$out"; then ok; else
	bad "bad format: exit $rc" "$out"; fi
out=$("$pc" report 2>&1)
rc=$?
if [ $rc -eq 2 ] && grep -q 'report takes --db FILE' <<<"$out"; then ok; else
	bad "no --db: exit $rc" "$out"; fi

finish
