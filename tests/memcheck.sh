#!/usr/bin/env bash
# valgrind memcheck over what a run does with the corpus: check in the
# text, JSON, HTML and SARIF formats, a load into the database and a
# report from it, eval.  Any error, and any definite, indirect or
# possible leak, fails (--errors-for-leak-kinds); still-reachable memory
# at exit (libxml2's and SQLite's process-wide caches) is no leak, nor
# are the font caches of the libraries Graphviz loads (tests/valgrind.supp).
# PCRE2's just-in-time code is off (PROVCHECK_NO_JIT): valgrind cannot
# follow machine code made at run time and reports every branch in it.
# Skipped (exit 77) for a binary built with AddressSanitizer, which
# valgrind cannot run, and where valgrind is not installed.
set -u
pc=$1
root=$2
. "$(dirname "$0")/lib.sh"
if ! command -v valgrind >/dev/null; then
	echo "valgrind not installed (scripts/install-deps): skipped"; exit 77
fi
if ldd "$pc" 2>/dev/null | grep -q libasan || nm -D "$pc" 2>/dev/null | grep -q __asan_init; then
	echo "built with AddressSanitizer: skipped"; exit 77
fi
export PROVCHECK_NO_JIT=1
vg() { # NAME ARGS...: the run under memcheck, exit 0 or 1 from provcheck itself
	local name=$1
	shift
	valgrind -q --error-exitcode=99 --leak-check=full \
		--suppressions="$root/tests/valgrind.supp" \
		--show-leak-kinds=definite,indirect,possible \
		--errors-for-leak-kinds=definite,indirect,possible \
		"$pc" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	local rc=$?
	if [ "$rc" -le 1 ] && ! grep -q '^==[0-9]*==' "$tmp/err"; then
		ok
	else
		bad "$name: exit $rc" "$(grep -m 20 . "$tmp/err")"
	fi
}
arts=("$root"/corpus/articles/*)
for fmt in text json html sarif; do
	vg "check --format $fmt" check --fail-on none --format "$fmt" "${arts[@]}"
done
vg "check --db" check --fail-on none --db "$tmp/c.db" "${arts[@]}"
vg "check --db --corpus-status" check --fail-on none --db "$tmp/c.db" --corpus-status "${arts[@]:0:5}"
vg "report" report --db "$tmp/c.db" --format json
vg "eval" eval "$root/corpus"
finish memcheck
