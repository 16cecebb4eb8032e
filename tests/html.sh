#!/usr/bin/env bash
# The HTML report is valid HTML (HTML Tidy, from Debian: no error and no
# warning) for every corpus article and a hostile draft, and keeps every
# piece of article text escaped.
set -u
pc=$1
root=$2
. "$(dirname "$0")/lib.sh"
for f in "$root"/corpus/articles/* "$root"/tests/browser/hostile.txt; do
	out="$tmp/$(basename "$f").html"
	if ! "$pc" check --format html "$f" >"$out" 2>"$tmp/err"; then
		echo "FAIL $f: provcheck failed: $(cat "$tmp/err")"; fail=$((fail + 1)); continue
	fi
	msgs=$(tidy -q -e "$out" 2>&1)
	if [ -n "$msgs" ]; then
		echo "FAIL $f: tidy says:"; echo "$msgs" | head -5; fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
done
# escaping: the hostile draft's markup must come out as text only
h="$tmp/hostile.txt.html"
n=$(grep -o '<script' "$h" | wc -l)
if [ "$n" -eq 2 ] && ! grep -q '<img' "$h" && grep -q '&lt;script&gt;alert(document.cookie)&lt;/script&gt;' "$h" &&
   grep -q '3 &lt; 4 &amp;&amp; 5 &gt; 2' "$h"; then
	pass=$((pass + 1))
else
	echo "FAIL hostile draft: markup leaked ($n script tags)"; fail=$((fail + 1))
fi
# with Graphviz switched off, the fallback drawing is there and valid too
PROVCHECK_NO_GRAPHVIZ=1 "$pc" check --format html "$root/corpus/articles/wire-kharkiv-drone-strike.txt" >"$tmp/fallback.html"
if grep -q '<svg xmlns="http://www.w3.org/2000/svg" role="img"' "$tmp/fallback.html" &&
   [ -z "$(tidy -q -e "$tmp/fallback.html" 2>&1)" ]; then
	pass=$((pass + 1))
else
	echo "FAIL fallback graph"; fail=$((fail + 1))
fi
finish
