#!/usr/bin/env bash
# Runs the README's walkthrough as written and compares every command's
# output with the output the README shows (in the style of cram): the
# `console` blocks between the walkthrough markers hold "$ command" lines,
# "> " continuation lines, then the expected output; a command that exits
# non-zero shows "[status]" as its last line.  A README edit that drifts
# from what provcheck does fails here.
set -u
pc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
readme=$(cd "$2" && pwd)/README.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The blocks of the walkthrough: from the begin marker to the end marker,
# only inside ```console fences.
awk '
	/<!-- walkthrough:begin -->/ { on = 1; next }
	/<!-- walkthrough:end -->/ { on = 0 }
	on && /^```console$/ { fence = 1; next }
	on && fence && /^```$/ { fence = 0; next }
	on && fence { print }
' "$readme" >"$tmp/blocks"
if [ ! -s "$tmp/blocks" ]; then
	echo "FAIL no walkthrough found in $readme"
	exit 1
fi

# One script running the commands in one shell (so cd and variables
# carry over), and the transcript it must print.
awk -v script="$tmp/script.sh" -v expect="$tmp/expected" '
	function flush_cmd() {
		if (cmd == "") return
		n++
		print "echo \"@@ " n "\"" > script
		print cmd > script
		print "rc=$?; [ $rc -ne 0 ] && echo \"[$rc]\"" > script
		cmd = ""
	}
	/^\$ / { flush_cmd(); cmd = substr($0, 3); incmd = 1; print "@@ " n + 1 > expect; next }
	/^> / && incmd { cmd = cmd "\n" substr($0, 3); next }
	{ flush_cmd(); incmd = 0; print > expect }
	END { flush_cmd() }
' "$tmp/blocks"

mkdir "$tmp/work"
(
	cd "$tmp/work" || exit 1
	export PATH="$(cd "$(dirname "$pc")" && pwd):$PATH"
	export GIT_AUTHOR_NAME=Desk GIT_AUTHOR_EMAIL=desk@example.org
	export GIT_COMMITTER_NAME=Desk GIT_COMMITTER_EMAIL=desk@example.org
	export NO_COLOR=1 HOME="$tmp/work"
	unset PROVCHECK_CONFIG
	bash "$tmp/script.sh" 2>&1
) >"$tmp/actual"

# WALKTHROUGH_ACTUAL=FILE keeps the transcript, to update the README from
[ -n "${WALKTHROUGH_ACTUAL:-}" ] && cp "$tmp/actual" "$WALKTHROUGH_ACTUAL"
if diff -u "$tmp/expected" "$tmp/actual"; then
	echo "walkthrough: $(grep -c '^@@ ' "$tmp/expected") commands as the README shows them"
	exit 0
fi
echo "FAIL the README walkthrough and provcheck disagree (diff above: - README, + actual)"
exit 1
