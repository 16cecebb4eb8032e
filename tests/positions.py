#!/usr/bin/env python3
"""Every claim provcheck reports in a markup article (HTML, NITF, NewsML)
points at the right sentence of the original file, and every claim in a
DOCX or ODT draft at the right paragraph and column.

For each corpus article in those formats with a gold file, the test runs
`provcheck check --format json` and, for every gold claim, takes the
reported claim that overlaps it most, then checks that
  - its line:column and its byte offsets name the same place,
  - the file's own text from there to the claim's end, tags dropped and
    character references decoded, reads as the reported sentence,
  - that sentence is the gold one (most of its words).
The file is decoded the way a browser would (BOM, declared charset), so
the test does not trust provcheck's decoder either.  For a draft, line N
is the Nth non-empty paragraph as scripts/make-drafts --text reads the
package (its own zipfile and ElementTree reader, not provcheck's).

usage: positions.py PROVCHECK SOURCE_ROOT
"""
import html
import json
import os
import re
import subprocess
import sys

MARKUP = (".html", ".htm", ".xhtml", ".nitf", ".xml")
OFFICE = (".docx", ".odt")


def decode(raw, is_html):
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", "replace")
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    head = raw[:1024].decode("ascii", "replace")
    m = re.match(r'<\?xml[^>]*encoding=["\']([A-Za-z0-9_.:-]+)', head)
    if not m and is_html:
        m = re.search(r'<meta[^>]*charset\s*=\s*["\']?([A-Za-z0-9_.:-]+)', head, re.I)
    charset = m.group(1).lower() if m else "utf-8"
    if charset in ("iso-8859-1", "latin1", "us-ascii", "ascii"):
        charset = "cp1252"
    if charset.startswith("utf-16"):
        charset = "utf-8"
    return raw.decode(charset, "replace")


def render(markup):
    """The text a reader sees in a stretch of markup."""
    s = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    s = re.sub(r"<[^>]*>", "", s)
    return fold(html.unescape(s))


def fold(s):
    s = s.replace("\u00a0", " ")
    return " ".join(s.split())


def words(s):
    return re.findall(r"\w+", s.lower())


def overlap(a, b):
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = 0
    pool = list(wb)
    for w in wa:
        if w in pool:
            pool.remove(w)
            common += 1
    return common / max(len(wa), len(wb))


def check_article(binary, root, gold_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    doc_path = os.path.join(root, "corpus", gold["document"])
    if doc_path.endswith(OFFICE):
        return check_draft(binary, root, gold, doc_path)
    if not doc_path.endswith(MARKUP):
        return None
    is_html = doc_path.endswith((".html", ".htm", ".xhtml"))
    run = subprocess.run([binary, "check", "--no-config", "--format", "json", doc_path],
                         capture_output=True)
    if run.returncode not in (0, 1):
        return ["%s: provcheck exited %d: %s" % (doc_path, run.returncode,
                                                 run.stderr.decode()[:300])]
    report = json.loads(run.stdout)["documents"][0]
    text = decode(open(doc_path, "rb").read(), is_html)
    data = text.encode("utf-8")
    lines = text.split("\n")
    line_start = [0]
    for ln in lines:
        line_start.append(line_start[-1] + len(ln) + 1)
    problems = []
    checked = 0
    for g in gold["claims"]:
        if g.get("ignore"):
            continue
        best = max(report["claims"], key=lambda c: overlap(g["text"], c["text"]), default=None)
        if best is None or overlap(g["text"], best["text"]) < 0.5:
            problems.append("%s: gold claim not reported: %r" % (doc_path, g["text"][:70]))
            continue
        checked += 1
        start = len(data[:best["start"]].decode("utf-8", "replace"))
        end = len(data[:best["end"]].decode("utf-8", "replace"))
        at = line_start[best["line"] - 1] + best["column"] - 1
        where = "%s:%d:%d" % (doc_path, best["line"], best["column"])
        if at != start:
            problems.append("%s: line:column is code point %d, start offset is %d (%r)"
                            % (where, at, start, best["text"][:50]))
            continue
        seen = render(text[start:end])
        if seen != fold(best["text"]):
            problems.append("%s: the file there reads %r, the claim is %r"
                            % (where, seen[:80], best["text"][:80]))
    return problems, checked


def run_check(binary, doc_path):
    run = subprocess.run([binary, "check", "--no-config", "--format", "json", doc_path],
                         capture_output=True)
    if run.returncode not in (0, 1):
        return None, "%s: provcheck exited %d: %s" % (doc_path, run.returncode,
                                                     run.stderr.decode()[:300])
    return json.loads(run.stdout)["documents"][0], None


def best_claim(report, g):
    best = max(report["claims"], key=lambda c: overlap(g["text"], c["text"]), default=None)
    if best is None or overlap(g["text"], best["text"]) < 0.5:
        return None
    return best


def check_draft(binary, root, gold, doc_path):
    report, err = run_check(binary, doc_path)
    if err:
        return [err]
    text = subprocess.run([os.path.join(root, "scripts", "make-drafts"), "--text", doc_path],
                          capture_output=True, check=True).stdout.decode("utf-8")
    paras = [p for p in text.split("\n") if p.strip()]
    problems, checked = [], 0
    if report.get("line_unit") != "paragraph":
        problems.append("%s: the report does not say its lines are paragraphs" % doc_path)
    for g in gold["claims"]:
        if g.get("ignore"):
            continue
        best = best_claim(report, g)
        if best is None:
            problems.append("%s: gold claim not reported: %r" % (doc_path, g["text"][:70]))
            continue
        checked += 1
        where = "%s:%d:%d" % (doc_path, best["line"], best["column"])
        if not 1 <= best["line"] <= len(paras):
            problems.append("%s: no paragraph %d" % (where, best["line"]))
            continue
        seen = fold(paras[best["line"] - 1][best["column"] - 1:])
        if not seen.startswith(fold(best["text"])):
            problems.append("%s: the paragraph there reads %r, the claim is %r"
                            % (where, seen[:80], best["text"][:80]))
    return problems, checked


def main():
    binary, root = sys.argv[1], sys.argv[2]
    gold_dir = os.path.join(root, "corpus", "gold")
    problems, articles, claims = [], 0, 0
    for name in sorted(os.listdir(gold_dir)):
        r = check_article(binary, root, os.path.join(gold_dir, name))
        if r is None:
            continue
        if isinstance(r, list):
            problems += r
            continue
        articles += 1
        claims += r[1]
        problems += r[0]
    for p in problems:
        print(p)
    print("positions: %d claims in %d HTML, XML and office articles checked, %d problems"
          % (claims, articles, len(problems)))
    if not articles:
        print("positions: no markup articles with gold in the corpus")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
