#!/usr/bin/env bash
# The SQLite store under faults (issue 14): four writers on one database,
# kill -9 at random points of a load (20 times), a full disk, a read-only
# database, corrupt pages, odd schema versions and files that are no
# provcheck database.  Every fault ends in exit 2 with one line naming
# the file ("PATH: error: ...") and a database that is still whole.
# Some cases need root (tmpfs, chattr); run as another user they are
# skipped with a note.
set -u
pc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
. "$(dirname "$0")/lib.sh"
q() { sqlite3 -batch "$@"; }
integrity() { [ "$(q "$1" 'PRAGMA integrity_check; PRAGMA foreign_key_check;')" = ok ]; }
root=$([ "$(id -u)" = 0 ] && echo yes)
note() { echo "note: $*"; }

# make_articles N DIR: N small distinct articles (copy k of a short corpus
# article, its headline numbered k), under varied names: plain, with
# spaces, non-ASCII in a subdirectory.  Their paths, relative to DIR and
# sorted, go to DIR.list.
make_articles() {
	mkdir -p "$2/sub"
	find "$src/corpus/articles" -name '*.txt' -size -6k | LC_ALL=C sort >"$tmp/small"
	perl -e '
		my ($n, $out, @arts) = @ARGV;
		my @text = map { local $/; open my $f, "<", $_ or die "$_: $!"; <$f> } @arts;
		for my $k (0 .. $n - 1) {
			(my $t = $text[$k % @text]) =~ s/\n/ ($k)\n/;
			my $name = ("art-$k.txt", "art $k with spaces.txt", "sub/\x{e4}rt-$k.txt")[$k % 3];
			utf8::encode($name);
			open my $o, ">", "$out/$name" or die "$name: $!";
			print $o $t;
		}
	' "$1" "$2" $(cat "$tmp/small")
	(cd "$2" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) >"$2.list"
}

# the stored paths, sorted, are the article list: each document once
each_once() { # DB LIST
	[ "$(q "$1" 'SELECT path FROM documents' | LC_ALL=C sort | md5sum)" = "$(md5sum <"$2")" ]
}

# --- 1. four writers, one database ------------------------------------------
# With more than one file the analysis thread asked the database whether
# an article was unchanged on the writer's own connection: a connection
# inside a read gets "database is locked" at BEGIN IMMEDIATE without
# waiting.  Each writer takes the files in its own order, so that all
# four write (not skip) at once.
make_articles 200 "$tmp/four"
cd "$tmp/four" || exit 1
mapfile -t files <"$tmp/four.list"
for w in 1 2 3 4; do
	printf '%s\n' "${files[@]}" | shuf >"$tmp/order$w"
done
locked=0 missing=0
for run in $(seq 12); do
	rm -f four.db four.db-wal four.db-shm
	pids=()
	for w in 1 2 3 4; do
		mapfile -t order <"$tmp/order$w"
		"$pc" check --db four.db "${order[@]}" >/dev/null 2>"$tmp/w$w" &
		pids+=($!)
	done
	rcs=
	for p in "${pids[@]}"; do
		wait "$p"
		rcs="$rcs $?"
	done
	case $rcs in
	*[2-9]*) locked=$((locked + 1)); bad "four writers, run $run: exits$rcs" "$(cat "$tmp"/w? | grep error | sort | uniq -c)" ;;
	esac
	if ! each_once four.db "$tmp/four.list" || ! integrity four.db; then
		missing=$((missing + 1))
		bad "four writers, run $run: not every document once, or not whole"
	fi
done
[ $locked = 0 ] && [ $missing = 0 ] && ok
cd "$tmp" || exit 1

# --- 2. kill -9 at random points of a load, twenty times ----------------------
# Each interrupted load, resumed, is the complete load: the database whole
# (integrity_check ok, no foreign key broken), every document once, each
# with the rows a load that was never interrupted gave it, its links to
# other documents and their corpus status (settled by the resume).
make_articles 300 "$tmp/kill"
cd "$tmp/kill" || exit 1
mapfile -t files <"$tmp/kill.list"
whole() { q "$1" "SELECT d.path, (SELECT count(*) FROM claims c WHERE c.document_id = d.id),
	(SELECT count(*) FROM attributions a JOIN claims c ON c.id = a.claim_id WHERE c.document_id = d.id),
	(SELECT count(*) FROM findings f WHERE f.document_id = d.id),
	(SELECT count(*) FROM same_fact s JOIN claims c ON c.id = s.claim_id WHERE c.document_id = d.id),
	(SELECT group_concat(corpus_status) FROM (SELECT corpus_status FROM claims c
		WHERE c.document_id = d.id ORDER BY c.ordinal))
	FROM documents d ORDER BY d.path"; }
start=$(date +%s%N)
"$pc" check --db ref.db "${files[@]}" >/dev/null 2>&1
load_ms=$(( ($(date +%s%N) - start) / 1000000 ))
each_once ref.db "$tmp/kill.list" && ok || bad "kill -9: the reference load"
whole ref.db >"$tmp/ref.whole"
# what is wrong with k.db after the kill and a resume; nothing if all is well
after_kill() {
	if [ -f k.db ] && ! integrity k.db; then
		echo "not whole after the kill: $(q k.db 'PRAGMA integrity_check; PRAGMA foreign_key_check' 2>&1 | head -3)"
		return
	fi
	"$pc" check --db k.db "${files[@]}" >/dev/null 2>"$tmp/k.err"
	[ $? -le 1 ] || { echo "the resume failed: $(cat "$tmp/k.err")"; return; }
	integrity k.db || { echo "not whole after the resume"; return; }
	each_once k.db "$tmp/kill.list" || { echo "not every document once"; return; }
	whole k.db | cmp -s - "$tmp/ref.whole" ||
		echo "differs from a load never interrupted: $(whole k.db | diff - "$tmp/ref.whole" | head -4)"
}
killed=0 failed=0
for run in $(seq 20); do
	rm -f k.db k.db-wal k.db-shm
	"$pc" check --db k.db "${files[@]}" >/dev/null 2>&1 &
	pid=$!
	# anywhere from the open to near the end of the load (the machine may
	# be less busy than when the reference load was timed)
	sleep "$(awk -v r="$RANDOM" -v t="$load_ms" 'BEGIN { printf "%.3f", r / 32768 * t * 0.8 / 1000 }')"
	kill -9 "$pid" 2>/dev/null && killed=$((killed + 1))
	wait "$pid" 2>/dev/null
	why=$(after_kill)
	[ -z "$why" ] || { failed=$((failed + 1)); bad "kill -9, run $run: $why"; }
done
[ $failed = 0 ] && ok
# most kills land inside the load (the others after its end)
echo "kill -9: 20 runs, $killed kills inside a load of $load_ms ms"
[ $killed -ge 10 ] && ok || bad "kill -9: only $killed of 20 kills landed in a load of $load_ms ms"
cd "$tmp" || exit 1

# refused PATTERN DB ARGS...: `check --db DB ARGS` exits 2 with one error
# line, "DB: error: " and PATTERN (grep -E), and DB is left as it was
refused() {
	local pat=$1 db=$2 before out rc
	shift 2
	before=$(md5sum <"$db" 2>/dev/null)
	out=$("$pc" check --db "$db" "$@" 2>&1 >/dev/null)
	rc=$?
	if [ $rc -ne 2 ] || [ "$(grep -c . <<<"$out")" != 1 ] ||
		! grep -Eq "^$db: error: .*$pat" <<<"$out"; then
		bad "$db: want exit 2 and one line /$db: error: .*$pat/" "exit $rc" "$out"
	elif [ "$(md5sum <"$db" 2>/dev/null)" != "$before" ]; then
		bad "$db: changed by a refused check"
	else
		ok
	fi
}
mkdir "$tmp/bad" && cd "$tmp/bad" || exit 1
# two articles no database here holds yet (ref.db has art-0.txt)
cp "$tmp/kill/art-0.txt" fresh-0.txt
cp "$tmp/kill/art-3.txt" fresh-3.txt
arts=(fresh-0.txt fresh-3.txt)

# --- 3. a full disk ------------------------------------------------------------
# Every article after the disk filled said "database or disk is full",
# naming none.  Now the first says which article was not stored, and the
# run stops; what was stored is whole, and a rerun with room loads the rest.
# diskfull NAME DIR: a load into DIR/full.db that runs out of room
diskfull() {
	local name=$1 db=$2/full.db out rc n
	out=$("$pc" check --db "$db" "${files[@]}" 2>&1 >/dev/null)
	rc=$?
	n=$(grep -c ': error: ' <<<"$out")
	if [ $rc -ne 2 ] || [ "$n" != 1 ] ||
		! grep -Eq "^(art|sub/).*: error: cannot [a-z ]+ $db: $3" <<<"$out"; then
		bad "$name: want exit 2 and one error naming the article" "exit $rc, $n errors" "$out"
	else
		ok
	fi
	grep -q "stopped at the first article not stored" <<<"$out" && ok || bad "$name: says it stopped" "$out"
	integrity "$db" && ok || bad "$name: not whole after the failure"
	n=$(q "$db" 'SELECT count(*) FROM documents')
	[ "$n" -gt 0 ] && [ "$n" -lt ${#files[@]} ] && ok || bad "$name: $n documents stored before the disk filled"
}
cd "$tmp/kill" || exit 1
# a file size limit (anyone can set it): the write fails with EFBIG
mkdir "$tmp/fsize"
(trap '' XFSZ; ulimit -f 1000; diskfull "file size limit" "$tmp/fsize" "disk I/O error"; echo "$pass $fail" >"$tmp/counts")
read -r pass fail <"$tmp/counts"
# a full file system (tmpfs, needs root): ENOSPC, "database or disk is full"
mkdir "$tmp/full"
if [ -n "$root" ] && mount -t tmpfs -o size=1m provcheck-full "$tmp/full" 2>/dev/null; then
	trap 'umount "$tmp/full" 2>/dev/null; rm -rf "$tmp"' EXIT
	diskfull "full disk" "$tmp/full" "database or disk is full"
	mount -o remount,size=16m "$tmp/full"
	# stored paths are relative to the database
	sed 's|^|../kill/|' "$tmp/kill.list" | LC_ALL=C sort >"$tmp/full.list"
	"$pc" check --db "$tmp/full/full.db" "${files[@]}" >/dev/null 2>"$tmp/err"
	[ $? -le 1 ] && each_once "$tmp/full/full.db" "$tmp/full.list" && integrity "$tmp/full/full.db" &&
		ok || bad "full disk: the rerun with room" "$(cat "$tmp/err")"
	umount "$tmp/full"
else
	note "full disk not tested: no tmpfs mount (needs root)"
fi
cd "$tmp/bad" || exit 1

# --- 4. read-only ----------------------------------------------------------------
# A read-only database in a read-only directory was "not a provcheck
# database".  Root ignores permissions: chattr +i makes the files
# immutable for root too.
"$pc" check --db ro.db "${arts[@]}" >/dev/null 2>&1
mkdir rodir && cp ro.db rodir/ro.db
readonly_case() { # NAME DB PATTERN
	if [ -n "$root" ]; then
		chattr +i "$2" && [ "$4" = dir ] && chattr +i "$(dirname "$2")"
	else
		chmod a-w "$2" && [ "$4" = dir ] && chmod a-w "$(dirname "$2")"
	fi
	refused "$3" "$2" "${arts[@]}"
	[ -n "$root" ] && chattr -i "$2" "$(dirname "$2")"
	chmod u+w "$2" "$(dirname "$2")"
}
if [ -z "$root" ] || chattr +i ro.db 2>/dev/null && chattr -i ro.db; then
	readonly_case "read-only file" ro.db "the database is read-only" file
	readonly_case "read-only file and directory" rodir/ro.db "read-only" dir
	# a reader of a read-only database whose directory is read-only too
	[ -n "$root" ] && chattr +i rodir/ro.db rodir || chmod a-w rodir/ro.db rodir
	out=$("$pc" report --db rodir/ro.db 2>&1 >/dev/null)
	[ $? = 2 ] && grep -q "^rodir/ro.db: error: .*read-only" <<<"$out" && ok || bad "report: read-only said" "$out"
	[ -n "$root" ] && chattr -i rodir/ro.db rodir
	chmod u+w rodir/ro.db rodir
else
	note "read-only not tested: chattr +i does not work here"
fi

# --- 5. corrupt pages in the middle ------------------------------------------------
# SQLite finds a corrupt page only when it reads it: a load wrote into
# such a file with exit 0.  Now a writer checks every page first.
cp "$tmp/kill/ref.db" corrupt.db
pages=$(q corrupt.db 'PRAGMA page_count') size=$(q corrupt.db 'PRAGMA page_size')
head -c $((3 * size)) /dev/urandom | dd of=corrupt.db bs="$size" seek=$((pages / 2)) conv=notrunc 2>/dev/null
refused "the database is corrupt \\(.*\\); nothing written" corrupt.db "${arts[@]}"
cp "$tmp/kill/ref.db" zeroed.db
dd if=/dev/zero of=zeroed.db bs="$size" seek=$((pages / 3)) count=4 conv=notrunc 2>/dev/null
refused "the database is corrupt" zeroed.db "${arts[@]}"

# --- 6. schema versions and files that are no provcheck database --------------------
q negative.db 'PRAGMA user_version = -5'
refused "not a provcheck database \\(unknown schema version -5\\)" negative.db "${arts[@]}"
out=$("$pc" report --db negative.db 2>&1 >/dev/null)
[ $? = 2 ] && grep -q "^negative.db: error: not a provcheck database" <<<"$out" && ok || bad "report: schema -5" "$out"
q newer.db 'PRAGMA user_version = 99'
refused "written by a newer provcheck \\(schema 99" newer.db "${arts[@]}"
echo "not a database" >text.db
refused "not a provcheck database" text.db "${arts[@]}"
q theirs.db 'CREATE TABLE notes (x); INSERT INTO notes VALUES (1)'
refused "not a provcheck database \\(it has tables" theirs.db "${arts[@]}"
[ "$(q theirs.db 'PRAGMA journal_mode')" = delete ] && ok || bad "someone else's database switched to WAL"

# --- 7. a database in a directory that is not there --------------------------------
out=$("$pc" check --db /missing-dir/x.db "${arts[@]}" 2>&1 >/dev/null)
[ $? = 2 ] && grep -q "^/missing-dir/x.db: error: " <<<"$out" && ok || bad "a missing directory" "$out"

finish db-faults
