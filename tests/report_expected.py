#!/usr/bin/python3
"""The figures `provcheck report` should show for the corpus, computed from
the hand annotations alone (corpus/gold/*.json, attribution guide sections
2-4), and their comparison with a report.  Standard library only; nothing
here reads provcheck's code, rules or output to make an expectation.

    report_expected.py GOLD_DIR               the expected figures as JSON
    report_expected.py GOLD_DIR REPORT.json   compare; exit 1 on a miss

The analyzer is not the gold, so the comparison allows what it measurably
gets wrong and no more: each threshold sits just under the agreement
measured when it was set (the figures are in the comments), so a change
that makes the report or the analyzer worse fails here.
"""
import collections
import glob
import json
import os
import re
import sys

STATUSES = ("unsourced", "single-source", "multi-source")

# -- thresholds, measured on the 64-article corpus ----------------------
# Corpus-wide count of each status, report vs gold, as a relative
# difference.  Measured: unsourced 339 vs 281 (+20.6%: `provcheck eval`
# gives unsourced precision 0.80 at recall 0.96, the analyzer flags more
# than the annotators), single-source 991 vs 1056 (-6.2%), multi-source
# 64 vs 56 (+14.3%); claims 1394 vs 1393 (+0.1%).
STATUS_TOLERANCE = {"unsourced": 0.22, "single-source": 0.08, "multi-source": 0.16}
CLAIMS_TOLERANCE = 0.01
# Documents whose claim total (headings and sentences) equals the gold's.
# Measured: 59 of 64 (92.2%).
DOC_TOTAL_EXACT = 0.90
# Documents whose every status count is within 2 of the gold's.
# Measured: 43 of 64 (67.2%).
DOC_STATUS_CLOSE = 0.65
DOC_STATUS_SLACK = 2
# Claims resting as origin on each of the 10 sources the gold cites
# most: within max(2, 25%) of the gold count.  Measured: 9 of 10 within
# it, the largest miss 2 (reports, 10 vs 8); the tenth is a known miss.
SOURCE_SLACK_ABS, SOURCE_SLACK_REL = 2, 0.25
# Relay chains the gold holds on 3 claims or more that the report's 10
# most frequent chains show.  Measured: 5 of 6.
FREQUENT_CHAIN_MIN_CLAIMS, FREQUENT_CHAINS_SHOWN = 3, 5
# What the analyzer cannot get right yet, with the reason.  A listed
# figure is held to what was measured (no worse), and fails once it is
# right, so that the entry is removed and the figure checked like the
# others again.
WHY_OSTAPENKO = ("wire-spy-chief-ft-interview: the headline's 'spy chief' and the "
                 "lede's 'head of Ukraine's military intelligence agency' stay roles "
                 "instead of Vasyl Ostapenko, named after them; the second sentence of "
                 "the quotation opening a new paragraph and 'He cited ...' lose their "
                 "speaker")
KNOWN_SOURCE_MISSES = {"Vasyl Ostapenko": (4, WHY_OSTAPENKO)}   # gold: 8
# ("told the newspaper" now names the Financial Times, named before: the
# Ostapenko -> Financial Times chain left this list)
KNOWN_CHAIN_MISSES = {}


def fold(name):
    """A name as the guide compares names: case, a leading 'the', quote
    marks and runs of spaces do not count."""
    s = name.replace("\u2019", "'").replace("\u2018", "'").lower()
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def gold_status(claims, i):
    """Guide section 3: distinct origins over the claim's own sources and
    those of the claims stating the same fact."""
    names = set()
    for j in [i] + list(claims[i].get("same_as") or []):
        if 0 <= j < len(claims):
            names.update(fold(s["name"]) for s in claims[j].get("sources") or [])
    return STATUSES[min(len(names), 2)]


def expected(gold_dir):
    docs, origin, keys, chains = {}, collections.Counter(), {}, collections.Counter()
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        stem = os.path.splitext(os.path.basename(gold["document"]))[0]
        claims = gold["claims"]
        counts = dict.fromkeys(("total",) + STATUSES, 0)
        for i, c in enumerate(claims):
            if c["kind"] != "not-a-claim":
                counts["total"] += 1
                counts[gold_status(claims, i)] += 1
            for name in {s["name"] for s in c.get("sources") or []}:
                origin[name] += 1
            for s in c.get("sources") or []:
                keys.setdefault(s["name"], {fold(s["name"])}).update(
                    fold(a) for a in s.get("aliases") or [])
                if s.get("via"):
                    chains[" -> ".join([s["name"]] + s["via"])] += 1
        docs[stem] = counts
    top = sorted(origin.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    return {
        "documents": docs,
        "totals": {"documents": len(docs),
                   "claims": sum(d["total"] for d in docs.values()),
                   "by_status": {s: sum(d[s] for d in docs.values()) for s in STATUSES}},
        "top_sources": [{"name": n, "claims_as_origin": k, "keys": sorted(keys[n])}
                        for n, k in top],
        "chains": [{"chain": c, "claims": k,
                    "origin_keys": sorted(keys[c.split(" -> ")[0]])}
                   for c, k in sorted(chains.items(), key=lambda kv: (-kv[1], kv[0]))],
    }


class Check:
    def __init__(self):
        self.failed = 0

    def __call__(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        self.failed += not ok


def chain_shown(chain, frequent):
    """The report names the origin by its canonical name or an alias (as
    the guide's scorer accepts); relays are gazetteer names."""
    relays = [fold(r) for r in chain["chain"].split(" -> ")[1:]]
    for f in frequent:
        parts = [fold(p) for p in f["chain"].split(" -> ")]
        if parts[0] in chain["origin_keys"] and parts[1:] == relays:
            return True
    return False


def compare_documents(exp, rep, check):
    by_stem = {os.path.splitext(os.path.basename(d["path"]))[0]: d["claims"]
               for d in rep["documents"]}
    missing = sorted(set(exp["documents"]) - set(by_stem))
    check(not missing, "every gold document is in the report" +
          (": missing " + ", ".join(missing) if missing else ""))
    n = len(exp["documents"])
    exact = close = 0
    for stem, g in sorted(exp["documents"].items()):
        r = by_stem.get(stem, {})
        exact += r.get("total") == g["total"]
        close += all(abs(r.get(s, -99) - g[s]) <= DOC_STATUS_SLACK for s in STATUSES)
        if r.get("total") != g["total"]:
            print("     %s: %s claims in the report, %d in the gold" %
                  (stem, r.get("total"), g["total"]))
    check(exact >= DOC_TOTAL_EXACT * n, "claim total exact in %d of %d documents (%.1f%%, floor %.0f%%)"
          % (exact, n, 100 * exact / n, 100 * DOC_TOTAL_EXACT))
    check(close >= DOC_STATUS_CLOSE * n,
          "every status within %d of the gold in %d of %d documents (%.1f%%, floor %.0f%%)"
          % (DOC_STATUS_SLACK, close, n, 100 * close / n, 100 * DOC_STATUS_CLOSE))


def compare_totals(exp, rep, check):
    got = rep["totals"]
    check(got["documents"] == exp["totals"]["documents"],
          "documents: %d in the report, %d gold files" %
          (got["documents"], exp["totals"]["documents"]))
    g, r = sum(d["total"] for d in exp["documents"].values()), got["claims"]
    check(abs(r - g) <= CLAIMS_TOLERANCE * g, "claims: %d in the report, %d in the gold "
          "(%+.1f%%, tolerance %.0f%%)" % (r, g, 100 * (r - g) / g, 100 * CLAIMS_TOLERANCE))
    for s in STATUSES:
        g, r = exp["totals"]["by_status"][s], got["by_status"][s]
        summed = sum(d["claims"][s] for d in rep["documents"])
        check(summed == r, "%s: totals (%d) agree with the documents (%d)" % (s, r, summed))
        diff = (r - g) / g
        check(abs(diff) <= STATUS_TOLERANCE[s], "%s claims: %d in the report, %d in the gold "
              "(%+.1f%%, tolerance %.0f%%)" % (s, r, g, 100 * diff, 100 * STATUS_TOLERANCE[s]))


def compare_sources(exp, rep, check):
    for src in exp["top_sources"]:
        rows = [s for s in rep["sources"] if fold(s["name"]) in src["keys"]]
        got = sum(s["claims_as_origin"] for s in rows)
        want = src["claims_as_origin"]
        slack = max(SOURCE_SLACK_ABS, SOURCE_SLACK_REL * want)
        within = bool(rows) and abs(got - want) <= slack
        what = "%s: %d claims as origin in the report, %d in the gold" % (src["name"], got, want)
        known = KNOWN_SOURCE_MISSES.get(src["name"])
        if known:
            check(got >= known[0] and not within, "%s (known miss, no fewer than %d; "
                  "remove it from KNOWN_SOURCE_MISSES when within %g: %s)"
                  % (what, known[0], slack, known[1]))
        else:
            check(within, "%s (slack %g)" % (what, slack))


def compare_chains(exp, rep, check):
    frequent = rep["chains"]["frequent"]
    top = next((c for c in exp["chains"] if fold(c["chain"]) not in KNOWN_CHAIN_MISSES), None)
    check(top is not None and chain_shown(top, frequent),
          "top gold chain (known misses aside) among the report's frequent chains: %s (%d claims)"
          % (top["chain"], top["claims"]))
    for c in exp["chains"]:
        if fold(c["chain"]) in KNOWN_CHAIN_MISSES:
            check(not chain_shown(c, frequent), "known miss still missed (remove it from "
                  "KNOWN_CHAIN_MISSES when fixed): %s (%s)"
                  % (c["chain"], KNOWN_CHAIN_MISSES[fold(c["chain"])]))
    common = [c for c in exp["chains"] if c["claims"] >= FREQUENT_CHAIN_MIN_CLAIMS]
    shown = [c["chain"] for c in common if chain_shown(c, frequent)]
    check(len(shown) >= FREQUENT_CHAINS_SHOWN,
          "%d of the %d gold chains on >= %d claims among the report's frequent chains "
          "(floor %d): %s" % (len(shown), len(common), FREQUENT_CHAIN_MIN_CLAIMS,
                              FREQUENT_CHAINS_SHOWN, "; ".join(shown)))


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    exp = expected(argv[1])
    if len(argv) == 2:
        json.dump(exp, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    with open(argv[2], encoding="utf-8") as f:
        rep = json.load(f)
    check = Check()
    compare_totals(exp, rep, check)
    compare_documents(exp, rep, check)
    compare_sources(exp, rep, check)
    compare_chains(exp, rep, check)
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
