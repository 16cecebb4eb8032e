#!/usr/bin/env python3
"""bounds.py PROVCHECK SOURCE_ROOT

Resources of one long document, each case a regression test of issue 14:

  time     CPU seconds per MB at 10 MB within 1.5x of those at 1 MB, for a
           line of a million short sentences ("He said 4. ", text and JSON
           output) and for prose (the corpus's articles as paragraphs);
           the better of two runs each, so a busy machine does not decide
  memory   11 MB of "He said 4. " on one line (a million claims) peaks
           under 1 GB, in every output format (the JSON, HTML and SARIF
           reports are written claim by claim, never held as one tree)
  budget   --time-limit refuses a document that takes longer: exit 2, one
           error line naming the file, no report of it on stdout

Under AddressSanitizer (which slows and inflates everything) only the
11 MB line runs, once, for the sanitizers' verdict: exit 0 and no report.
"""
import glob
import os
import subprocess
import sys
import tempfile

MB = 1 << 20


def run(cmd, out=subprocess.DEVNULL):
    """(exit status, CPU seconds, peak RSS in MB, stderr) of one run."""
    with tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return p.returncode, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, err.read().decode(
            "utf-8", "replace")


def sanitized(pc):
    try:
        out = subprocess.run(["ldd", pc], capture_output=True, text=True).stdout
    except OSError:
        out = ""
    return "libasan" in out or "san" in os.path.basename(os.path.dirname(pc))


def main():
    pc, root = sys.argv[1], sys.argv[2]
    passed = failed = 0

    def check(ok, what, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL", what, detail)

    with tempfile.TemporaryDirectory() as tmp:
        def line_of(mb):
            path = os.path.join(tmp, "line-%d.txt" % mb)
            with open(path, "w") as f:
                f.write("He said 4. " * (mb * MB // 11) + "\n")
            return path

        def prose_of(mb):
            arts = [open(p, encoding="utf-8").read()
                    for p in sorted(glob.glob(os.path.join(root, "corpus/articles/*.txt")))]
            body = "\n\n".join(arts)
            text = "\n\n".join([body] * (mb * MB // len(body) + 1))[:mb * MB]
            path = os.path.join(tmp, "prose-%d.txt" % mb)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text[:text.rfind("\n\n")] + "\n")
            return path

        if sanitized(pc):
            rc, cpu, rss, err = run([pc, "check", "--fail-on", "none", line_of(11)])
            check(rc == 0 and "Sanitizer" not in err, "11 MB line under the sanitizers",
                  "exit %d %s" % (rc, err[:500]))
            print("bounds: %d passed, %d failed" % (passed, failed))
            return failed == 0

        # time per MB, 1 MB against 10 MB
        for name, make, fmt in (("line", line_of, "text"), ("line", line_of, "json"),
                                ("prose", prose_of, "text")):
            per_mb = {}
            for mb in (1, 10):
                path = make(mb)
                size = os.path.getsize(path) / MB
                best = None
                for _ in range(2):
                    rc, cpu, rss, err = run([pc, "check", "--fail-on", "none", "--format", fmt,
                                             path])
                    check(rc == 0, "%s %d MB %s: exit %d" % (name, mb, fmt, rc), err[:300])
                    best = cpu if best is None else min(best, cpu)
                per_mb[mb] = best / size
            ratio = per_mb[10] / per_mb[1]
            print("# %s %s: %.2f s/MB at 1 MB, %.2f s/MB at 10 MB: %.2fx" % (
                name, fmt, per_mb[1], per_mb[10], ratio))
            check(ratio <= 1.5, "%s %s: time per MB grows %.2fx from 1 to 10 MB" % (name, fmt, ratio))

        # memory: a million claims
        big = line_of(11)
        for fmt in ("text", "json", "html", "sarif", "checkstyle", "rdjsonl", "github"):
            rc, cpu, rss, err = run([pc, "check", "--fail-on", "none", "--format", fmt, big])
            print("# 11 MB line, %s: %.0f MB peak, %.1f s" % (fmt, rss, cpu))
            check(rc == 0 and rss < 1024, "11 MB line, %s: exit %d, peak %.0f MB (bound 1024)" % (
                fmt, rc, rss), err[:300])

        # the time budget
        prose = prose_of(2)
        out = os.path.join(tmp, "out.json")
        with open(out, "w") as f:
            rc, cpu, rss, err = run([pc, "check", "--format", "json", "--time-limit", "0.01", prose],
                                    out=f)
        lines = err.splitlines()
        check(rc == 2 and len(lines) == 1 and lines[0].startswith(prose + ": error: not checked"),
              "time limit: exit %d, stderr %r" % (rc, err[:300]))
        report = open(out).read()
        check('"documents": [\n  ]' in report or '"documents": []' in report,
              "time limit: the refused document is in the report", report[:300])

    print("bounds: %d passed, %d failed" % (passed, failed))
    return failed == 0


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
