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

finish db-faults
