#!/usr/bin/env bash
# CLI behaviour: exit codes, bad arguments and malformed input.  Every
# case states the exit status and a piece of the message it must give.
set -u
pc=$1
root=$2
. "$(dirname "$0")/lib.sh"

# expect NAME STATUS PATTERN(stderr+stdout, grep -E; '' for any) -- ARGS...
expect() {
	local name=$1 want=$2 pat=$3
	shift 4
	local out rc
	out=$(timeout 120 "$pc" "$@" 2>&1 </dev/null)
	rc=$?
	if [ "$rc" -ne "$want" ]; then
		echo "FAIL $name: exit $rc, want $want"; echo "$out" | head -5
		fail=$((fail + 1)); return
	fi
	if [ -n "$pat" ] && ! grep -Eq -- "$pat" <<<"$out"; then
		echo "FAIL $name: output lacks /$pat/"; echo "$out" | head -5
		fail=$((fail + 1)); return
	fi
	pass=$((pass + 1))
}

cat >"$tmp/ok.txt" <<'ART'
Bridge Reopens in Dnipro

The bridge reopened on Monday, the city council said.
ART
cat >"$tmp/warn.txt" <<'ART'
Strike Kills Seven

A drone strike killed seven people overnight.
ART

expect version 0 '^provcheck [0-9]+\.[0-9]+\.[0-9]+' -- --version
expect help 0 'usage: provcheck check' -- --help
expect no-command 2 'missing command' --
expect bad-command 2 'unknown command' -- frobnicate
expect bad-option 2 'unknown option' -- check --frob "$tmp/ok.txt"
expect no-files 2 'needs at least one FILE' -- check
expect bad-format 2 '--format takes text, json, html, sarif, checkstyle, rdjsonl or github' -- check --format yaml "$tmp/ok.txt"
expect bad-fail-on 2 '--fail-on takes' -- check --fail-on panic "$tmp/ok.txt"
expect clean 0 'ok.txt: 2 claims' -- check "$tmp/ok.txt"
expect warn-default 0 'warning: no source for this claim' -- check "$tmp/warn.txt"
expect warn-fails 1 'warn.txt:3:1: warning: .*\[unsourced\]' -- check --fail-on warning "$tmp/warn.txt"
expect note-passes-warning 0 '' -- check --fail-on warning "$tmp/ok.txt"
expect json 0 '"status": "unsourced"' -- check --format json "$tmp/warn.txt"
expect stdin 0 '<stdin>' -- check - <"$tmp/ok.txt"
out=$("$pc" check - <"$tmp/warn.txt" 2>&1); rc=$?
if [ $rc -eq 0 ] && grep -q '<stdin>:3:1: warning' <<<"$out"; then pass=$((pass+1)); else echo "FAIL stdin-content"; fail=$((fail+1)); fi

# malformed input: a clear message and exit 2, or a correct report
expect missing 2 'missing.txt: error: cannot read: No such file' -- check "$tmp/missing.txt"
expect directory 2 'is a directory' -- check "$tmp"
printf 'Headline\n\nA\0B said so.\n' >"$tmp/nul.txt"
expect nul 2 'nul.txt:3:2: error: NUL byte' -- check "$tmp/nul.txt"
: >"$tmp/empty.txt"
expect empty 0 'empty.txt: 0 claims' -- check "$tmp/empty.txt"
printf 'Headline\n\nThe mayor said \xff\xfe the bridge is shut.\n' >"$tmp/bad-utf8.txt"
expect bad-utf8 0 'bad-utf8.txt:3:16: warning: 2 invalid UTF-8 bytes' -- check "$tmp/bad-utf8.txt"
expect bad-utf8-json 0 '"name": "mayor"' -- check --format json "$tmp/bad-utf8.txt"
# one missing file among good ones: the good ones are still reported
expect partial 2 'ok.txt: 2 claims' -- check "$tmp/ok.txt" "$tmp/missing.txt"

# a 50 MB file without a newline: no crash, no hang, every sentence kept
# (PC_LONG_REPEAT makes it smaller under sanitizers)
repeat=${PC_LONG_REPEAT:-1100000}
perl -e "print 'The mayor said the bridge reopened on Monday. ' x $repeat" >"$tmp/long.txt"
out=$(timeout 600 "$pc" check "$tmp/long.txt" 2>&1 | tail -n 1)
if grep -q "long.txt: $repeat claims: 0 unsourced, $repeat single-source" <<<"$out"; then
	pass=$((pass+1))
else
	echo "FAIL long-line: $out"; fail=$((fail+1))
fi

# inputs that once crashed the analyzer (found by mutating the corpus):
# every one must end in a report or a clear error, never a crash
for f in "$root"/tests/crashers/*; do
	for fmt in json html text sarif checkstyle rdjsonl github; do
		timeout 20 "$pc" check --format "$fmt" "$f" >/dev/null 2>"$tmp/crash.err"
		rc=$?
		if [ $rc -le 2 ] && ! grep -q 'Sanitizer' "$tmp/crash.err"; then
			pass=$((pass + 1))
		else
			echo "FAIL crasher $f ($fmt): exit $rc"; head -5 "$tmp/crash.err"; fail=$((fail + 1))
		fi
	done
done

# endless and looping inputs: an error naming them, never a hang
expect dev-zero 2 '^/dev/zero: error: over the 64 MB limit' -- check /dev/zero
ln -s loop-b "$tmp/loop-a"
ln -s loop-a "$tmp/loop-b"
expect symlink-loop 2 'loop-a: error: cannot read: Too many levels of symbolic links' -- check "$tmp/loop-a"
python3 -c 'import sys; sys.stdout.write("Deep Quotes\n\n" + "> " * 100000 + "The mayor said the bridge would reopen.\n")' >"$tmp/deep.md"
expect deep-markdown 0 'deep.md: [0-9]+ claims?' -- check "$tmp/deep.md"

# a file of the kernel's that never ends in a newline: a report, not a hang
expect proc-maps 0 'claim' -- check /proc/self/maps

# a path whose directory does not exist: named in a clear error (the
# directory's name once came from freed memory)
expect db-missing-dir 2 '^/nonexistent-dir-pc/x\.db: error' -- check --db /nonexistent-dir-pc/x.db "$tmp/ok.txt"
expect baseline-missing-dir 2 '^/nonexistent-dir-pc/b\.json: error' -- check --write-baseline /nonexistent-dir-pc/b.json "$tmp/ok.txt"
expect prune-missing-dir 2 '^/nonexistent-dir-pc/x\.db: error' -- db prune --db /nonexistent-dir-pc/x.db

# rules: tests pass, a broken rule file is named with its line
expect rules-test 0 'failed' -- rules test
mkdir -p "$tmp/rules"
printf '[x]\nkind = speaker\npattern = (?<cue>said\n' >"$tmp/rules/x.rules"
expect broken-rules 2 "$tmp/rules/x.rules:3: error: pattern of \\[x\\] does not compile" -- check --rules "$tmp/rules" "$tmp/ok.txt"
expect rules-list 0 'according-to' -- rules list
expect rules-list-findings 0 'unsourced +warning' -- rules list
expect explain-finding 0 'default severity warning' -- explain unsourced
expect explain-pattern 0 'attributes: +The strike killed three people, according to Efe' -- explain according-to
expect explain-unknown 2 "no rule 'frobnicate'" -- explain frobnicate

# eval: bad corpus directory
expect eval-missing 2 'cannot read gold directory' -- eval "$tmp/nope"

# eval: a gold unit is looked for after the one before it ends, so a
# live blog's "18:00" label is not matched inside "peaked at 18:00"
mkdir -p "$tmp/ev/articles" "$tmp/ev/gold"
printf '# Storm live\n\nThe river peaked at 18:00, the agency said.\n\n**18:00**\n\nNo injuries were reported.\n' \
	>"$tmp/ev/articles/blog.md"
cat >"$tmp/ev/gold/blog.json" <<'GOLD'
{"document": "articles/blog.md", "claims": [
 {"text": "Storm live", "kind": "heading", "sources": [], "same_as": [], "ignore": false},
 {"text": "The river peaked at 18:00, the agency said.", "kind": "claim",
  "sources": [{"name": "agency", "aliases": [], "type": "agency", "channel": null, "via": []}],
  "same_as": [], "ignore": false},
 {"text": "18:00", "kind": "not-a-claim", "sources": [], "same_as": [], "ignore": false},
 {"text": "No injuries were reported.", "kind": "claim", "sources": [], "same_as": [], "ignore": false}]}
GOLD
expect eval-align 0 'status_accuracy=1.000' -- eval "$tmp/ev"

# a library without its modules beside it (src/module.h): text is read,
# HTML and DOCX fail with the module named, exit status 2
lib=$(ldd "$pc" | awk '/libprovcheck/ { print $3 }')
if [ -n "$lib" ] && [ -f "$lib" ]; then
	mkdir "$tmp/nomod"
	cp "$lib" "$tmp/nomod/$(basename "$lib")"
	export LD_LIBRARY_PATH="$tmp/nomod"
	expect nomod-text 0 'ok.txt: 2 claims' -- check "$tmp/ok.txt"
	expect nomod-html 2 "html: error: reading HTML needs provcheck's xml module" -- \
		check "$root/corpus/articles/web-cardiff-norovirus-wards.html"
	expect nomod-docx 2 "reading DOCX needs provcheck's office module" -- \
		check "$root/corpus/articles/local-krakow-budget-vote.docx"
	unset LD_LIBRARY_PATH
fi

finish
