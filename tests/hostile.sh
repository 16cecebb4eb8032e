#!/usr/bin/env bash
# Hostile input for the readers (HTML, NITF, NewsML-G2, DOCX, ODT, stdin):
# entity tricks, bombs, deep nesting, huge files, broken archives, odd
# encodings.  tests/hostile/make-hostile writes the files at test time
# (the big ones are never committed).
#
# Bounds, every case (tests/hostile/bounded-run enforces and measures them):
#   wall time   20 s; huge.html 10 s; DTDs and entities on the network 5 s;
#               the process group is killed past the bound
#   memory      peak RSS of provcheck (getrusage RUSAGE_CHILDREN) under
#               512 MB; under 2048 MB when the binary is built with
#               AddressSanitizer (it inflates RSS and forbids RLIMIT_AS).
#               Outside ASan, RLIMIT_AS 4096 MB too, a guard for the machine.
#
# Outcomes:  ok   exit 0 or 1, and the JSON report holds the claims that
#                 expect.json (written by make-hostile) lists for the case
#            ok0  the same with exit 0
#            err  exit 2 and exactly one "error:" line on stderr, starting
#                 with the file's path (PATH: error: or PATH:L:C: error:)
#            any  ok or err
# Always: no timeout, no signal, no exit above 2, no sanitizer report, the
# canary's token nowhere in stdout or stderr, and every stderr line starts
# with the path (messages are PATH:...: warning|error: ...).
#
# XXE cases run again under strace (when ptrace works here): the canary is
# never opened and no AF_INET socket is connected.
set -u
pc=$1
root=$2
hdir=$root/tests/hostile
# the interpreter itself, not a version-manager shim (a shim costs 0.3 s a call)
py=$(python3 -c 'import sys; print(sys.executable)')
T=20 T_HUGE=10 T_NET=5
MEM=512 AS=4096
if [[ $pc == *san* ]] || ldd "$pc" 2>/dev/null | grep -q libasan ||
   nm -D "$pc" 2>/dev/null | grep -q __asan_init; then
	MEM=2048 AS=
fi
echo "# bounds: $T s a case (huge.html $T_HUGE s, DTDs on the network $T_NET s), peak RSS under $MEM MB${AS:+, RLIMIT_AS $AS MB}"
. "$(dirname "$0")/lib.sh"
lpid=
trap '[ -n "$lpid" ] && kill "$lpid" 2>/dev/null; rm -rf "$tmp"' EXIT

# the files two levels down, the cases run two levels down: a "../../x"
# written by anything lands inside $tmp
f=$tmp/in/files
cwd=$tmp/cwd/a/b
mkdir -p "$f" "$cwd" "$tmp/secret"
canary=$tmp/secret/canary-file.txt
token=canary-$("$py" -c 'import secrets; print(secrets.token_hex(16))')
echo "$token" >"$canary"
if ! "$py" "$hdir/make-hostile" "$f" "$canary"; then
	echo "FAIL make-hostile"; echo "hostile: 0 passed, 1 failed"; exit 1
fi

# a server that accepts and never answers: a reader that fetches a DTD or
# an entity over HTTP hangs on it, and the connection is counted
"$py" - "$tmp/port" "$tmp/hits" <<'PY' &
import os, socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(16)
s.settimeout(1)
with open(sys.argv[1] + ".new", "w") as p:
    p.write(str(s.getsockname()[1]))
os.rename(sys.argv[1] + ".new", sys.argv[1])
held, end = [], time.time() + 600
while time.time() < end:
    try:
        c, _ = s.accept()
    except socket.timeout:
        continue
    held.append(c)
    with open(sys.argv[2], "a") as h:
        h.write("connection\n")
PY
lpid=$!
for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
port=$(cat "$tmp/port" 2>/dev/null || echo 9)
cat >"$f/external-http.nitf" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://127.0.0.1:$port/nitf.dtd" [
<!ENTITY net SYSTEM "http://127.0.0.1:$port/entity.xml">
]>
<nitf>
<head><title>Bridge Reopens in Dnipro</title></head>
<body>
<body.content>
<p>The bridge reopened on Monday after three weeks of repairs.</p>
<p>The fetched text said &net; on Monday.</p>
</body.content>
</body>
</nitf>
EOF

# strace: probe it (ptrace is often forbidden in containers)
strace_calls=
if command -v strace >/dev/null &&
   strace -f -qq -o /dev/null -e trace=openat true 2>/dev/null; then
	strace_calls=open,openat,connect
	strace -qq -o /dev/null -e trace=openat2 true 2>/dev/null && strace_calls=$strace_calls,openat2
	echo "# strace works: XXE cases are traced ($strace_calls)"
else
	echo "# strace unavailable: XXE cases rely on the token check"
fi

ok_case() { # NAME DETAIL
	pass=$((pass + 1))
	echo "ok   $1${2:+: $2}"
}
fail_case() { # NAME WHY [FILE whose first lines to show]
	fail=$((fail + 1))
	echo "FAIL $1: $2"
	if [ -n "${3:-}" ] && [ -s "$3" ]; then head -5 "$3" | cut -c1-300 | sed 's/^/    | /'; fi
}

# check NAME WANT [-t SECS] [-i FILE | -p FILE] [-m ERE] [-k KEY] -- ARGS...
#   runs provcheck ARGS under the bounds; WANT is ok, ok0, err or any
#   -i FILE  stdin from FILE (a regular file); -p FILE stdin through a pipe
#   -m ERE   (grep -Ei) err: the message after "error:" must match;
#            ok: stderr must match
#   -k KEY   the expect.json entry the JSON report must satisfy when ok
# The path the messages must name is the last argument (<stdin> for -).
check() {
	local name=$1 want=$2 secs=$T in=() pat='' key=''
	shift 2
	while [ "$1" != -- ]; do
		case $1 in
		-t) secs=$2 ;;
		-i) in=(--stdin "$2") ;;
		-p) in=(--pipe "$2") ;;
		-m) pat=$2 ;;
		-k) key=$2 ;;
		esac
		shift 2
	done
	shift
	local label=${!#}
	[ "$label" = - ] && label='<stdin>'
	local out=$tmp/out err=$tmp/err status elapsed rss
	read -r status elapsed rss < <("$py" "$hdir/bounded-run" --time "$secs" \
		--out "$out" --err "$err" --cwd "$cwd" ${AS:+--as-limit "$AS"} "${in[@]}" \
		-- "$pc" "$@")
	local mb=$((${rss:-0} / 1024))
	local stats="exit $status, $elapsed s, $mb MB (bounds $secs s, $MEM MB)"
	local why='' line
	case $status in
	'') why="bounded-run failed" ;;
	timeout) why="no answer within $secs s" ;;
	signal-*) why="killed by $status" ;;
	[0-2]) ;;
	*) why="exit status above 2" ;;
	esac
	if [ -z "$why" ] && grep -Eq 'Sanitizer|runtime error:' "$err"; then why="sanitizer report"; fi
	if [ -z "$why" ] && [ "$mb" -ge "$MEM" ]; then why="peak RSS over $MEM MB"; fi
	if [ -z "$why" ] && grep -qF "$token" "$out" "$err"; then why="the canary's token is in the output"; fi
	if [ -z "$why" ]; then
		line=$(awk -v p="$label:" 'length($0) && index($0, p) != 1 { print; exit }' "$err")
		[ -n "$line" ] && why="stderr line not starting with the path: ${line:0:120}"
	fi
	if [ -z "$why" ]; then
		[ "$want" = any ] && { [ "$status" = 2 ] && want=err || want=ok; }
		case $want in
		ok | ok0)
			if [ "$want" = ok0 ] && [ "$status" != 0 ]; then
				why="want exit 0"
			elif [ "$status" = 2 ]; then
				why="want exit 0 or 1"
			elif [ -n "$pat" ] && ! grep -Eiq -- "$pat" "$err"; then
				why="stderr lacks /$pat/"
			elif [ -n "$key" ]; then
				why=$("$py" "$hdir/check-report" "$out" "$f/expect.json" "$key" | head -3 | paste -sd ';' -)
				[ -n "$why" ] && why="report: $why"
			fi
			;;
		err)
			local n
			n=$(grep -c 'error:' "$err")
			line=$(grep -m1 'error:' "$err")
			if [ "$status" != 2 ]; then
				why="want exit 2"
			elif [ "$n" -ne 1 ]; then
				why="want one error: line on stderr, got $n"
			elif [[ $line != "$label:"* ]]; then
				why="the error does not start with $label:"
			elif [ -n "$pat" ] && ! grep -Eiq -- "$pat" <<<"${line#*error:}"; then
				why="the error lacks /$pat/"
			fi
			;;
		esac
	fi
	if [ -n "$why" ]; then
		fail_case "$name" "$why; $stats" "$err"
	else
		ok_case "$name" "$stats"
	fi
}

# trace NAME ARGS...: under strace, the canary is never opened and no
# AF_INET socket connected (leak checking off: LSan cannot run traced)
trace() {
	local name="$1 (strace)"
	shift
	[ -n "$strace_calls" ] || return 0
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
		timeout -k 5 60 strace -f -qq -s 4096 -e trace="$strace_calls" -o "$tmp/trace" \
		"$pc" "$@" >/dev/null 2>&1 </dev/null
	local hit
	if [ ! -s "$tmp/trace" ]; then
		fail_case "$name" "strace wrote nothing"
	elif hit=$(grep -F "$(basename "$canary")" "$tmp/trace" | head -1) && [ -n "$hit" ]; then
		fail_case "$name" "opened the canary: $hit"
	elif hit=$(grep -E 'connect\(.*AF_INET' "$tmp/trace" | head -1) && [ -n "$hit" ]; then
		fail_case "$name" "connected: $hit"
	else
		ok_case "$name"
	fi
	rm -f "$tmp/trace"
}

# --- external entities: the canary's token never shows, the file is never opened
for x in xxe.nitf xxe-param.xml xxe.docx xxe.odt xxe.html external-dtd-file.nitf; do
	check "$x" any -k "$x" -- check --format json "$f/$x"
	check "$x (text)" any -- check "$f/$x"
	trace "$x" check --format json "$f/$x"
done
check external-dtd.nitf ok -t $T_NET -k external-dtd.nitf -- check --format json "$f/external-dtd.nitf"
: >"$tmp/hits"
check external-http.nitf any -t $T_NET -k external-dtd.nitf -- check --format json "$f/external-http.nitf"
if [ -s "$tmp/hits" ]; then
	fail_case "external-http.nitf (no fetch)" "connected $(wc -l <"$tmp/hits") time(s) to the DTD's host"
else
	ok_case "external-http.nitf (no fetch)"
fi
trace external-http.nitf check --format json "$f/external-http.nitf"

# --- expansion and nesting
for x in billion-laughs.nitf billion-laughs.docx deep.html deep.nitf deep-docx.docx; do
	check "$x" any -- check --format json "$f/$x"
done

# --- size: refused before it is read into memory
size='limit|too (large|big)|exceed|larger than|bigger than|[0-9] ?([KMG]i?B|bytes)'
check huge.html err -t $T_HUGE -m "$size" -- check --format json "$f/huge.html"
check "huge.html (stdin pipe)" err -t $T_HUGE -m "$size" -p "$f/huge.html" -- \
	check --format json --input-format html -
rm -f "$f/huge.html"
check zip-bomb.docx err -m "$size" -- check --format json "$f/zip-bomb.docx"
check zip-bomb-lying.docx any -- check --format json "$f/zip-bomb-lying.docx"
rm -f "$f/zip-bomb.docx" "$f/zip-bomb-lying.docx"

# --- broken and sneaky archives
evil() { find "$tmp" -name evil.txt; ls -d "$(dirname "$tmp")/evil.txt" /evil.txt /abs/evil.txt 2>/dev/null; }
before=$(evil)
check traversal.docx err -m 'evil\.txt' -- check --format json "$f/traversal.docx"
after=$(evil)
if [ "$before" = "$after" ]; then
	ok_case "traversal.docx (nothing written)"
else
	fail_case "traversal.docx (nothing written)" "evil.txt appeared: $(comm -13 <(echo "$before") <(echo "$after") | paste -sd ' ' -)"
fi
check truncated.docx err -m 'docx|zip' -- check --format json "$f/truncated.docx"
check not-a-zip.docx err -- check --format json "$f/not-a-zip.docx"
check empty.docx ok0 -k empty.docx -- check --format json "$f/empty.docx"
check small.docx ok -k small.docx -- check --format json "$f/small.docx"
check small.odt ok -k small.odt -- check --format json "$f/small.odt"

# --- encodings: claims at the right line and column, counted in code points
check utf16le.html ok -k utf16le.html -- check --format json "$f/utf16le.html"
check utf16be.html ok -k utf16be.html -- check --format json "$f/utf16be.html"
check invalid-utf8.html ok -m 'warning:.*utf-?8' -k invalid-utf8.html -- check --format json "$f/invalid-utf8.html"
check latin1.html ok -k latin1.html -- check --format json "$f/latin1.html"
check nul.html any -- check --format json "$f/nul.html"

# --- stdin through a pipe
check "utf16le.html (stdin pipe)" ok -p "$f/utf16le.html" -k utf16le.html -- \
	check --format json --input-format html -
check "small.docx (stdin pipe)" ok -p "$f/small.docx" -k small.docx -- \
	check --format json --input-format docx -

finish hostile
