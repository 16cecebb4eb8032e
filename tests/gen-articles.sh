#!/usr/bin/env bash
# gen-articles.sh N OUTDIR CORPUS: writes N articles made from the corpus
# ones, copy k with every number shifted by k and its headline numbered,
# so no two are the same text and a database holds N distinct documents
# (the same facts recur across copies, as wire stories do in an archive).
set -eu
n=$1 out=$2 corpus=$3
mkdir -p "$out"
arts=("$corpus"/articles/*.txt "$corpus"/articles/*.md)
perl -e '
	my ($n, $out, @arts) = @ARGV;
	my @text = map { local $/; open my $f, "<", $_ or die "$_: $!"; [$_, <$f>] } @arts;
	for my $k (0 .. $n - 1) {
		my ($path, $t) = @{ $text[$k % @text] };
		my $copy = int($k / @text);
		(my $ext = $path) =~ s/.*\.//;
		$t =~ s/(\d+)/$1 + $copy/ge if $copy;
		$t =~ s/\n/ ($k)\n/;
		open my $o, ">", sprintf("%s/gen-%06d.%s", $out, $k, $ext) or die $!;
		print $o $t;
	}
' "$n" "$out" "${arts[@]}"
