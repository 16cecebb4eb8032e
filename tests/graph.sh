#!/usr/bin/env bash
# `provcheck graph`: the PROV-JSON of the corpus database against the
# shipped PROV-JSON schema and the database (tests/browser/graph.test.mjs),
# read back by an independent reader (Debian's python3-prov) with the
# database's own counts; the DOT rendered by Graphviz into SVG that
# xmllint accepts, for the corpus and for a database holding a hostile
# article (quotes, backslashes, markup, newlines, control bytes and
# invalid UTF-8 put into its claims and sources).  Needs
# scripts/install-deps: a missing tool fails the test.
#
# usage: graph.sh PROVCHECK SOURCE_ROOT
set -u
pc=$1
root=$2
. "$(dirname "$0")/lib.sh"
q() { sqlite3 "$1" "$2"; }

for tool in node sqlite3 dot xmllint /usr/bin/python3; do
	command -v "$tool" >/dev/null || bad "$tool is not installed (run scripts/install-deps)"
done
[ "$fail" -eq 0 ] || finish

# --- the command line ---------------------------------------------------
out=$("$pc" graph --db "$tmp/missing.db" 2>&1); rc=$?
if [ $rc -eq 2 ] && grep -q "missing.db: error" <<<"$out" && [ ! -e "$tmp/missing.db" ]; then ok
else bad "missing database: exit $rc, '$out', created: $([ -e "$tmp/missing.db" ] && echo yes || echo no)"; fi
out=$("$pc" graph 2>&1); rc=$?
[ $rc -eq 2 ] && grep -q 'graph takes --db FILE' <<<"$out" && ok || bad "graph without --db: exit $rc"

# --- the databases --------------------------------------------------------
db=$tmp/corpus.db
# exit 1 is findings; every article stored and no sanitizer report is
# what tells a whole database from a run that stopped halfway
"$pc" check --db "$db" "$root"/corpus/articles/* >/dev/null 2>"$tmp/err"
rc=$?
n=$(ls "$root"/corpus/articles | wc -l)
if [ $rc -gt 1 ] || grep -q 'runtime error\|Sanitizer' "$tmp/err" ||
   [ "$(q "$db" 'SELECT count(*) FROM documents')" != "$n" ]; then
	bad "check --db: exit $rc: $(head -5 "$tmp/err")"; finish
fi
out=$("$pc" graph --db "$db" --format yaml 2>&1); rc=$?
[ $rc -eq 2 ] && grep -q 'dot or prov-json' <<<"$out" && ok || bad "--format yaml: exit $rc"

# the hostile article under a hostile name, then what no reader makes put
# in by hand: a newline and Graphviz escapes in a claim, a quote, a
# backslash, a newline, a control byte and a byte that is not UTF-8 in a
# source's name
hname='hostile "draft" \ <b>.txt'
cp "$root/tests/graph-hostile.txt" "$tmp/$hname"
hdb=$tmp/hostile.db
"$pc" check --db "$hdb" "$tmp/$hname" >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc -gt 1 ] || grep -q 'runtime error\|Sanitizer' "$tmp/err" ||
   [ "$(q "$hdb" 'SELECT count(*) FROM relays')" -lt 3 ]; then
	bad "check --db hostile: exit $rc: $(head -5 "$tmp/err")"
fi
q "$hdb" "UPDATE claims SET text = 'Minister says \"path C:\\temp\\\"' || char(10) || 'is safe \\l \\N' WHERE id = 1;
UPDATE sources SET name = 'Zoë \"Z\" O\\Brien' || char(10) || 'line2' || char(1) || CAST(x'ff' AS TEXT)
WHERE id = (SELECT source_id FROM attributions WHERE claim_id = 1)"

# --- PROV-JSON: schema, prefixes, references, the database's chains -------------
if node "$root/tests/browser/graph.test.mjs" "$pc" "$root" "$db" "$hdb" >"$tmp/node.out" 2>&1; then ok
else bad "graph.test.mjs:"; cat "$tmp/node.out"; fi

# --- PROV-JSON read by python3-prov, counted against the database -----------
# the model (src/graph.c): entities are articles, claims, the origins'
# statements and the statements as relayed; agents the sources; each
# attribution gives two wasAttributedTo (claim and statement) and a
# relay one more; each attribution one derivation and each relay one
# more, all of them quotations when the claim quotes; a member per
# claim; one alternateOf a same-fact pair.
count_model() {
	local d=$1 a r
	a=$(q "$d" 'SELECT count(*) FROM attributions')
	r=$(q "$d" 'SELECT count(*) FROM relays')
	echo "entity=$(( $(q "$d" 'SELECT count(*) FROM documents') + $(q "$d" 'SELECT count(*) FROM claims') + a + r ))" \
		"agent=$(q "$d" 'SELECT count(*) FROM sources')" \
		"wasAttributedTo=$((2 * a + r))" "wasDerivedFrom=$((a + r))" \
		"quotation=$(q "$d" 'SELECT (SELECT count(*) FROM attributions WHERE quote) + (SELECT count(*) FROM relays r JOIN attributions a ON a.id = r.attribution_id WHERE a.quote)')" \
		"hadMember=$(q "$d" 'SELECT count(*) FROM claims')" \
		"alternateOf=$(q "$d" 'SELECT count(*) FROM (SELECT DISTINCT min(claim_id, other_id), max(claim_id, other_id) FROM same_fact)')"
}
for d in "$db" "$hdb"; do
	"$pc" graph --db "$d" --format prov-json >"$tmp/graph.json" || { bad "graph --format prov-json $d"; continue; }
	want=$(count_model "$d")
	got=$(/usr/bin/python3 -c '
import collections, json, sys
import prov.model as pm
# PROV-JSON keys records by id: a key twice in one object, or one id in
# two sections, would silently lose a record to any reader
ids = collections.Counter()
def pairs(kv):
    keys = [k for k, _ in kv]
    if len(keys) != len(set(keys)):
        sys.exit("duplicate key in one object: %r" % [k for k in keys if keys.count(k) > 1][:3])
    return dict(kv)
doc = json.load(open(sys.argv[1], encoding="utf-8"), object_pairs_hook=pairs)
for section, records in doc.items():
    if section != "prefix":
        ids.update(records.keys())
twice = [i for i, n in ids.items() if n > 1]
if twice:
    sys.exit("ids in two sections: %r" % twice[:3])
d = pm.ProvDocument.deserialize(source=sys.argv[1], format="json")
d.get_provn()  # every record can be written back as PROV-N
kinds = {"entity": pm.ProvEntity, "agent": pm.ProvAgent, "wasAttributedTo": pm.ProvAttribution,
         "wasDerivedFrom": pm.ProvDerivation, "hadMember": pm.ProvMembership, "alternateOf": pm.ProvAlternate}
n = {k: len(list(d.get_records(c))) for k, c in kinds.items()}
n["quotation"] = sum(1 for r in d.get_records(pm.ProvDerivation) if pm.PROV["Quotation"] in r.get_asserted_types())
others = len(d.get_records()) - sum(v for k, v in n.items() if k != "quotation")
print(" ".join("%s=%d" % (k, n[k]) for k in ["entity", "agent", "wasAttributedTo", "wasDerivedFrom", "quotation", "hadMember", "alternateOf"]) + ("" if others == 0 else " other=%d" % others))
' "$tmp/graph.json" 2>&1)
	if [ "$got" = "$want" ]; then ok
	else bad "python3-prov reads $(basename "$d"): $got; the database: $want"; fi
done

# --- DOT: Graphviz renders it, the SVG is XML, the text stays text -----------
# nodes: an article, a claim, a source each; edges: an attribution each,
# a distinct step of a relay chain each, a same-fact pair each
count_dot() {
	local d=$1
	echo "nodes=$(q "$d" 'SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM claims) + (SELECT count(*) FROM sources)')" \
		"edges=$(q "$d" "SELECT (SELECT count(*) FROM attributions)
 + (SELECT count(*) FROM (SELECT a.source_id, r.source_id FROM relays r JOIN attributions a ON a.id = r.attribution_id WHERE r.position = 1
    UNION SELECT r1.source_id, r2.source_id FROM relays r1 JOIN relays r2 ON r2.attribution_id = r1.attribution_id AND r2.position = r1.position + 1))
 + (SELECT count(*) FROM (SELECT DISTINCT r.source_id, c.document_id FROM relays r JOIN attributions a ON a.id = r.attribution_id
    JOIN claims c ON c.id = a.claim_id WHERE r.position = (SELECT max(position) FROM relays WHERE attribution_id = r.attribution_id)))
 + (SELECT count(*) FROM (SELECT DISTINCT min(claim_id, other_id), max(claim_id, other_id) FROM same_fact))")"
}
for d in "$db" "$hdb"; do
	name=$(basename "$d" .db)
	"$pc" graph --db "$d" >"$tmp/$name.dot" || { bad "graph --format dot $name"; continue; }
	if ! dot -Tsvg "$tmp/$name.dot" >"$tmp/$name.svg" 2>"$tmp/dot.err" || [ -s "$tmp/dot.err" ]; then
		bad "dot -Tsvg $name: $(head -3 "$tmp/dot.err")"; continue
	fi
	xmllint --noout "$tmp/$name.svg" 2>"$tmp/xml.err" && ok || bad "xmllint $name: $(head -3 "$tmp/xml.err")"
	got="nodes=$(grep -c 'class="node"' "$tmp/$name.svg") edges=$(grep -c 'class="edge"' "$tmp/$name.svg")"
	want=$(count_dot "$d")
	[ "$got" = "$want" ] && ok || bad "$name.svg: $got, the database: $want"
done
s=$tmp/hostile.svg
texts=$(grep -o '<text[^>]*>[^<]*</text>' "$s" | sed 's/<[^>]*>//g')
for want in 'Minister says &quot;path C:\temp\&quot;' 'is safe \l \N' 'and C:\new\table held &quot;100…' \
	'The ministry said &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' 'Zoë &quot;Z&quot; O\Brien' 'line2 �' \
	'hostile &quot;draft&quot; \ &lt;b&gt;.txt'; do
	grep -qxF -- "$want" <<<"$texts" && ok || bad "hostile.svg: no text line '$want'"
done
# markup in the text stays text; "\N" did not become the node's name
grep -q '<script\|<b>' "$s" && bad "hostile.svg: markup leaked" || ok
grep -qx 'claim_[0-9]*' <<<"$texts" && bad "hostile.svg: \\N expanded to a node name" || ok

finish
