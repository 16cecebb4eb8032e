#!/usr/bin/env bash
# Golden files: every output format of 'provcheck check' on two small
# articles (tests/golden/*.txt, *.md), compared byte for byte with
# tests/golden/expected.FORMAT.  A difference fails and prints the diff.
# Changing an expectation is a decision, not a refresh: regenerate with
#   tests/golden.sh build/provcheck . --update     (or PC_GOLDEN_UPDATE=1)
# and read the git diff before committing it.
#
# usage: golden.sh PROVCHECK SOURCE_ROOT [--update]
set -u
. "$(dirname "$0")/lib.sh"
pc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$2" || exit 1
update=${PC_GOLDEN_UPDATE:-}
[ "${3:-}" = --update ] && update=1
export NO_COLOR=1
# relative paths, run from the source root: the paths in the output are
# these, as a CI job would give them
inputs=(tests/golden/flood-barrier.txt tests/golden/grain-corridor.md)

# The version and the checkout directory would make the files rot: they
# become @VERSION@ and @SRCROOT@ (only where provcheck prints them).
version=$("$pc" --version | cut -d' ' -f2)
v=$(printf '%s' "$version" | sed 's/[.+]/\\&/g') # semver: dots and a '+' are special
normalize() { # format
	case $1 in
	json) sed "s/^  \"version\": \"$v\",\$/  \"version\": \"@VERSION@\",/" ;;
	sarif)
		sed -E "s/^(          \"(version|semanticVersion)\": )\"$v\",\$/\\1\"@VERSION@\",/" |
			sed '/"%SRCROOT%": {/{n;s|"uri": "file://[^"]*"|"uri": "file://@SRCROOT@/"|}' ;;
	*) cat ;;
	esac
}

for fmt in text json sarif checkstyle rdjsonl github; do
	want=tests/golden/expected.$fmt
	got=$tmp/out.$fmt
	"$pc" check --format "$fmt" --fail-on error "${inputs[@]}" >"$tmp/raw" 2>"$tmp/err"
	rc=$?
	normalize "$fmt" <"$tmp/raw" >"$got"
	if [ "$rc" -ne 0 ] || [ -s "$tmp/err" ]; then
		echo "FAIL $fmt: exit $rc, want 0 and nothing on stderr"; head -5 "$tmp/err"
		fail=$((fail + 1)); continue
	fi
	if [ -n "$update" ]; then
		cp "$got" "$want"
		echo "updated $want"
	fi
	if diff -u "$want" "$got" >"$tmp/diff"; then
		pass=$((pass + 1))
	else
		echo "FAIL $fmt: output differs from $want (rerun with --update if intended)"
		cat "$tmp/diff"
		fail=$((fail + 1))
	fi
done

# checkstyle consumers parse XML strictly: the output must be well formed
if xmllint --noout "$tmp/out.checkstyle"; then
	pass=$((pass + 1))
else
	echo "FAIL checkstyle: not well-formed XML"; fail=$((fail + 1))
fi

finish
