#!/usr/bin/env python3
"""The cue lexicon against the cues real prose uses (rules/cue-evidence.tsv).

usage: cue-coverage.py SOURCE_ROOT

- every speech, document or directive cue key PolNeAR train uses ten times
  or more is in rules/cues.txt or says why not (a pattern, the grammar, or
  "no: ..."), so a missing verb is a decision, not an oversight;
- every key marked "yes" is a lemma of rules/cues.txt;
- no belief or intention key used ten times or more is a cue (guide
  section 2: beliefs and intentions are not speech) unless it says why
  ("yes: a question when it closes one");
- when PolNeAR is at ../shared/polnear, the file is what scripts/mine-cues
  writes from it today.
"""
import os
import subprocess
import sys

root = sys.argv[1]
evidence = os.path.join(root, "rules", "cue-evidence.tsv")
lemmas = set()
for line in open(os.path.join(root, "rules", "cues.txt"), encoding="utf-8"):
    line = line.split("#")[0].strip()
    if "|" in line:
        lemmas.add(" ".join(line.split("|")[0].split()))

errors = []
counted = {}
for n, line in enumerate(open(evidence, encoding="utf-8"), 1):
    if line.startswith("#") or line.startswith("key\t"):
        continue
    key, cls, count, lex = line.rstrip("\n").split("\t")
    count = int(count)
    counted[cls] = counted.get(cls, 0) + count
    where = "%s:%d: " % (evidence, n)
    if lex.startswith("yes") and key not in lemmas and not lex.startswith("yes: "):
        errors.append(where + "'%s' is marked yes but rules/cues.txt has no such lemma" % key)
    if cls in ("speech", "document", "directive") and count >= 10 and not lex:
        errors.append(where + "'%s' (%s, %d) is neither in rules/cues.txt nor explained" % (key, cls, count))
    if cls in ("belief", "intention") and count >= 10 and key in lemmas and not lex.startswith("yes: "):
        errors.append(where + "'%s' is a %s, yet rules/cues.txt lists it" % (key, cls))

polnear = os.path.join(root, "..", "shared", "polnear")
if os.path.isdir(os.path.join(polnear, "train")):
    out = subprocess.run([os.path.join(root, "scripts", "mine-cues"), polnear],
                         capture_output=True, text=True, check=True).stdout
    if out != open(evidence, encoding="utf-8").read():
        errors.append("%s: differs from what scripts/mine-cues writes; rerun it" % evidence)

for e in errors:
    print(e, file=sys.stderr)
print("cue-coverage: %s" % ", ".join("%s %d" % kv for kv in sorted(counted.items())))
sys.exit(1 if errors else 0)
