#!/usr/bin/env bash
# How teams run provcheck: config files found from each article, inline
# suppressions and baselines in plain text and Markdown, changed lines
# from a diff or git, and the pre-commit hook in a throwaway repository.
set -u
pc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
. "$(dirname "$0")/lib.sh"

# check NAME STATUS COUNT RULE -- ARGS: runs provcheck in the current
# directory, wants exit STATUS and COUNT findings of RULE on stdout.
check() {
	local name=$1 want=$2 count=$3 rule=$4
	shift 5
	out=$("$pc" check "$@" 2>"$tmp/stderr")
	local rc=$? got
	got=$(grep -c "\[$rule\]\$" <<<"$out")
	if [ "$rc" -ne "$want" ] || [ "$got" -ne "$count" ]; then
		bad "$name: exit $rc (want $want), $got [$rule] (want $count)" "$out" "$(cat "$tmp/stderr")"
		return
	fi
	ok
}

# Two articles saying the same things, one in each format.
mkdir -p "$tmp/news/desk" "$tmp/news/opinion"
article_txt() {
	cat <<'ART'
Council Passes Budget

The council approved a budget of 4.2 million euros on Tuesday, the mayor's office said.

Unemployment in the city fell to 6 percent last year.

Rents rose by 12 percent in the old town.
ART
}
article_md() {
	cat <<'ART'
# Council Passes Budget

The council approved a budget of 4.2 million euros on Tuesday, the
mayor's office said.

Unemployment in the city fell to 6 percent last year.

Rents rose by 12 percent in the old town.
ART
}
article_txt >"$tmp/news/desk/budget.txt"
article_md >"$tmp/news/desk/budget.md"

# --- config: found from the article's directory, not the working one ---
cat >"$tmp/news/.provcheck.ini" <<'INI'
fail-on = warning
[opinion/*]
unsourced = off
INI
cd /
check "config found from the file, cwd elsewhere" 1 2 unsourced -- "$tmp/news/desk/budget.txt"
cp "$tmp/news/desk/budget.md" "$tmp/news/opinion/"
check "glob section turns a rule off" 0 0 unsourced -- "$tmp/news/opinion/budget.md"
check "--no-config: default fail level" 0 2 unsourced -- --no-config "$tmp/news/desk/budget.md"
check "command line beats config" 0 2 unsourced -- --fail-on error "$tmp/news/desk/budget.md"
printf 'unsourced = error\n' >"$tmp/strict.ini"
check "--config replaces discovery" 1 2 unsourced -- --config "$tmp/strict.ini" --fail-on error "$tmp/news/desk/budget.txt"
PROVCHECK_CONFIG="$tmp/strict.ini" "$pc" check --fail-on error "$tmp/news/desk/budget.txt" >/dev/null 2>&1
[ $? -eq 1 ] && ok || bad "PROVCHECK_CONFIG raises unsourced to error"
printf 'fail-on = warning\nunsorced = off\n' >"$tmp/typo.ini"
out=$("$pc" check --config "$tmp/typo.ini" "$tmp/news/desk/budget.txt" 2>&1)
rc=$?
if [ $rc -eq 2 ] && grep -q "typo.ini:2: error: unknown key 'unsorced'" <<<"$out"; then ok; else bad "broken config: exit $rc" "$out"; fi
# a gazetteer directory named by the config, relative to it, adds sources
mkdir -p "$tmp/wire/local"
printf 'Velvian Press Service\tagency\tLV\tno\tVPS\n' >"$tmp/wire/local/gazetteer-local.tsv"
printf 'Rents rose by 12 percent, VPS reported.\n' >"$tmp/wire/rents.txt"
"$pc" check --format json "$tmp/wire/rents.txt" | grep -q '"name": "VPS"' && ok || bad "without the gazetteer the name stays as written"
printf 'gazetteer = local\n' >"$tmp/wire/.provcheck.ini"
"$pc" check --format json "$tmp/wire/rents.txt" | grep -q '"name": "Velvian Press Service"' && ok || bad "config gazetteer directory"

# rules/explain/eval take the rule directories of the config found from
# the working directory: `rules test` tests what `check` would use there
mkdir -p "$tmp/ruleproj/mine"
printf 'rules = mine\n' >"$tmp/ruleproj/.provcheck.ini"
cat >"$tmp/ruleproj/mine/desk.rules" <<'RULES'
[desk-wire-says]
kind = speaker
pattern = \b(?<source>Velvian\s+wire)\s+(?<cue>says)
must = Rents rose 12 percent, Velvian wire says. => Velvian wire
must = The budget grew, Velvian wire says. => Nobody In Particular
RULES
cd "$tmp/ruleproj" || exit 1
out=$("$pc" rules list 2>&1)
grep -q "desk-wire-says .*mine/desk.rules:1" <<<"$out" && ok || bad "rules list shows the config's rule file" "$out"
out=$("$pc" rules test 2>&1)
rc=$?
[ $rc -eq 1 ] && grep -q "Nobody In Particular" <<<"$out" && ok || bad "rules test runs the config's rules: exit $rc" "$out"
out=$("$pc" rules test --no-config 2>&1)
[ $? -eq 0 ] && ok || bad "rules test --no-config" "$out"
out=$("$pc" explain desk-wire-says 2>&1)
grep -q "attributes: .*Velvian wire says" <<<"$out" && ok || bad "explain a config rule" "$out"

# --- suppressions through the CLI, both formats -------------------------
cd "$tmp/news/desk"
for f in budget.txt budget.md; do
	case $f in
	*.txt) c1='# provcheck: disable-next-line unsourced' c2='# provcheck: disable-next-line vague-attribution' ;;
	*.md) c1='<!-- provcheck-disable-next-line unsourced -->' c2='<!-- provcheck-disable-next-line vague-attribution -->' ;;
	esac
	awk -v c="$c1" '/^Unemployment/ { print c } { print }' "$f" >"s-$f"
	check "suppression $f" 1 1 unsourced -- "s-$f"
	grep -q "(1 suppressed)" <<<"$out" && ok || bad "suppressed count $f" "$out"
	awk -v c="$c2" '/^Rents/ { print c } { print }' "s-$f" >"u-$f"
	check "unused suppression $f" 1 1 unused-suppression -- "u-$f"
done

# an HTML page takes the comments Markdown does, at the right line
printf '%s\n' '<html><body><article><h1>Bridge reopens after 14-month closure</h1>' \
	'<!-- provcheck-disable-next-line unsourced -- checked with the city -->' \
	'<p>The bridge cost 40 million euros to repair.</p>' \
	'<p>It carries 30,000 cars a day.</p>' '</article></body></html>' >s-page.html
# the headline states the story's news (guide section 3): its own finding
check "suppression html" 1 2 unsourced -- --fail-on warning s-page.html
grep -q "^s-page.html:4:4: warning: .*\[unsourced\]" <<<"$out" && grep -q "(1 suppressed)" <<<"$out" &&
	ok || bad "suppressed html: the other claim at 4:4" "$out"

# --- baselines, both formats --------------------------------------------
for f in budget.txt budget.md; do
	check "write baseline $f" 0 0 unsourced -- --write-baseline "base-$f.json" "$f"
	grep -q "wrote 4 findings to the baseline" "$tmp/stderr" && ok || bad "baseline summary $f" "$(cat "$tmp/stderr")"
	check "baseline hides old findings $f" 0 0 unsourced -- --baseline "base-$f.json" "$f"
	# edits elsewhere: a byline above the story, a re-wrapped sentence
	cp "$f" "orig-$f"
	{ head -n 2 "orig-$f"; printf 'By Anna Kowalska\n\n'; tail -n +3 "orig-$f"; } |
		sed 's/fell to 6 percent last year\./fell to  6 percent\nlast year./' >"$f"
	check "baseline survives edits elsewhere $f" 0 0 unsourced -- --baseline "base-$f.json" "$f"
	# a new claim is reported; a changed claim is new again
	printf '\nThe new stadium will seat 40,000 people.\n' >>"$f"
	check "baseline reports a new claim $f" 1 1 unsourced -- --baseline "base-$f.json" "$f"
	sed -i 's/by 12 percent/by 15 percent/' "$f"
	check "baseline reports a changed claim $f" 1 2 unsourced -- --baseline "base-$f.json" "$f"
	# the baseline names the file relative to itself: it still applies
	# from another working directory
	mv "orig-$f" "$f"
	(cd / && "$pc" check --fail-on warning --baseline "$tmp/news/desk/base-$f.json" "$tmp/news/desk/$f" >/dev/null 2>&1)
	[ $? -eq 0 ] && ok || bad "baseline from another directory $f"
done
printf '{"findings": 3}\n' >broken-base.json
out=$("$pc" check --baseline broken-base.json budget.txt 2>&1)
[ $? -eq 2 ] && grep -q "broken-base.json: error: not a provcheck baseline" <<<"$out" && ok || bad "broken baseline" "$out"
printf '{"findings": [\n' >truncated-base.json
out=$("$pc" check --baseline truncated-base.json budget.txt 2>&1)
[ $? -eq 2 ] && grep -Eq "truncated-base.json:[0-9]+: error: cannot read baseline" <<<"$out" && ok || bad "truncated baseline" "$out"

# --- changed lines: --diff and --since -----------------------------------
repo="$tmp/repo"
mkdir -p "$repo" && cd "$repo" || exit 1
git init -q && git config user.email t@example.org && git config user.name test
article_txt >budget.txt
article_md >budget.md
git add . && git commit -qm "two articles"
check "--since with no change" 0 0 unsourced -- --fail-on warning --since HEAD budget.txt budget.md
sed -i 's/^Rents rose by 12 percent/Rents rose by 13 percent/' budget.txt budget.md
check "--since: the changed line only" 1 2 unsourced -- --fail-on warning --since HEAD budget.txt budget.md
grep -q "Rents rose" <<<"$out" && ! grep -q "Unemployment" <<<"$out" && ok || bad "--since reports the changed claim" "$out"
printf 'Prices climbed 8 percent.\n' >new.txt
check "--since: an untracked file counts whole" 1 1 unsourced -- --fail-on warning --since HEAD new.txt
git diff >change.diff
mkdir sub && cd sub
check "--diff from a subdirectory" 0 0 unsourced -- --diff ../change.diff ../new.txt
cd ..
check "--diff with context lines" 1 2 unsourced -- --fail-on warning --diff change.diff budget.txt budget.md
git diff --unified=0 | "$pc" check --fail-on warning --diff - budget.md >/dev/null 2>&1
[ $? -eq 1 ] && ok || bad "--diff - reads stdin"
out=$("$pc" check --since no-such-rev budget.txt 2>&1)
[ $? -eq 2 ] && grep -q "git diff no-such-rev failed" <<<"$out" && ok || bad "--since bad revision" "$out"

# --- the GitHub Actions example: its steps with an id, run for real ------
ghrepo="$tmp/ghrepo"
mkdir -p "$ghrepo/articles" && cd "$ghrepo" || exit 1
git init -q && git config user.email t@example.org && git config user.name test
article_md >articles/budget.md
printf 'fail-on = warning\n' >.provcheck.ini
"$pc" check --write-baseline .provcheck-baseline.json articles/budget.md 2>/dev/null
git add . && git commit -qm base && git update-ref refs/remotes/origin/main HEAD
printf '\nThe new stadium will seat 40,000 people.\n' >>articles/budget.md
git commit -qam "a new claim"
/usr/bin/python3 - "$src/doc/examples/github-actions.yml" >"$tmp/steps.sh" <<'PY'
import sys, yaml
flow = yaml.safe_load(open(sys.argv[1]))
for job in flow["jobs"].values():
    for step in job["steps"]:
        if "id" in step:
            print("echo '@@ %s'" % step["id"])
            print("( set -e -o pipefail\n%s\n); echo \"exit $?\"" % step["run"])
PY
out=$(PATH="$(dirname "$pc"):$PATH" GITHUB_BASE_REF=main bash "$tmp/steps.sh" 2>&1)
if grep -q '^exit 0$' <<<"$(sed -n '/@@ sarif/,/@@ changed/p' <<<"$out")" &&
	grep -q '"version": "2.1.0"' provcheck.sarif &&
	[ "$(grep -c '"ruleId": "unsourced"' provcheck.sarif)" -eq 1 ]; then ok; else bad "workflow example: SARIF step" "$out"; fi
if grep -q '^::warning file=articles/budget.md,line=10' <<<"$out" && grep -q '^exit 123$' <<<"$out"; then
	ok
else
	bad "workflow example: changed-lines step annotates the new claim and fails" "$out"
fi

# --- the pre-commit hook, run by pre-commit in a throwaway repository ----
if command -v pre-commit >/dev/null; then
	hookrepo="$tmp/hookrepo"
	git clone -q "$src" "$hookrepo" 2>/dev/null || cp -r "$src" "$hookrepo"
	cp "$src/.pre-commit-hooks.yaml" "$hookrepo/"
	(cd "$hookrepo" && git add .pre-commit-hooks.yaml && git -c user.email=t@example.org -c user.name=t commit -qm hook --allow-empty) >/dev/null 2>&1
	cd "$repo" || exit 1
	run_hook() {
		PATH="$(dirname "$pc"):$PATH" PRE_COMMIT_HOME="$tmp/pre-commit-home" \
			pre-commit try-repo "$hookrepo" provcheck --files "$@" 2>&1
	}
	printf 'fail-on = warning\n' >.provcheck.ini
	out=$(run_hook budget.md)
	rc=$?
	[ $rc -eq 1 ] && grep -q "budget.md:6:1: warning: no source" <<<"$out" && ok || bad "pre-commit hook fails on an unsourced claim: exit $rc" "$out"
	printf 'fail-on = error\n' >.provcheck.ini
	out=$(run_hook budget.md)
	rc=$?
	[ $rc -eq 0 ] && ok || bad "pre-commit hook passes below the fail level: exit $rc" "$out"
else
	bad "pre-commit is not installed (scripts/install-deps installs it)"
fi

finish workflow
