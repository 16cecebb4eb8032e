# Sourced by the script tests: a scratch directory removed on exit (a
# script that also has processes to stop sets its own trap), the pass and
# fail counters, ok and bad, and the closing summary.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
# bad WHAT [DETAIL...]: a failure, and up to 20 lines of what was seen
bad() { echo "FAIL $1"; shift; [ $# -gt 0 ] && printf '%s\n' "$@" | head -20; fail=$((fail + 1)); }
# finish [NAME]: prints the counts and ends the script, failing on any failure
finish() { echo "${1:+$1: }$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit; }
