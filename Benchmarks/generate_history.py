#!/usr/bin/env python3
"""Adds a clearly synthetic history to a git repository holding a generated registry, for the
`tongban log` benchmark: COMMITS commits on top of HEAD, of which TARGET_COMMITS (spread evenly)
change the standard of one matter (a condition is revised) and the others change another
matter each. Written with `git fast-import`, so the history takes seconds however big the tree.
Commit dates and authors are fixed and synthetic; the output is deterministic.

Usage: generate_history.py --repo DIR --registry standards --matter ID [--commits 500] [--target-commits 50]
"""

import argparse
import os
import re
import subprocess
import sys


def revise(text, n):
    """The text with its first condition revised for the n-th time (a real change of the standard)."""
    return re.sub(r"(conditions:\n  - [^\n]*?)(（第\d+次修订）)?\n", lambda m: "%s（第%d次修订）\n" % (m.group(1), n), text, count=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", required=True)
    parser.add_argument("--registry", default="standards", help="the registry folder inside the repository")
    parser.add_argument("--matter", required=True)
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--target-commits", type=int, default=50)
    args = parser.parse_args()
    matters = os.path.join(args.repo, args.registry, "matters")
    names = sorted(n[:-5] for n in os.listdir(matters) if n.endswith(".yaml") and n[:-5] != args.matter)
    if not names:
        sys.exit("generate_history.py: no other matter to change")
    texts = {}

    def text(mid):
        if mid not in texts:
            with open(os.path.join(matters, mid + ".yaml"), encoding="utf-8") as f:
                texts[mid] = f.read()
        return texts[mid]

    head = subprocess.run(["git", "-C", args.repo, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    branch = subprocess.run(["git", "-C", args.repo, "symbolic-ref", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    every = max(1, args.commits // max(1, args.target_commits))
    out = []
    revisions = {}
    for i in range(args.commits):
        target = (i % every == every - 1) and (i // every) < args.target_commits
        mid = args.matter if target else names[i % len(names)]
        revisions[mid] = revisions.get(mid, 0) + 1
        texts[mid] = revise(text(mid), revisions[mid])
        data = texts[mid].encode("utf-8")
        message = ("synthetic revision %d of %s" % (i + 1, mid)).encode("utf-8")
        when = 1609459200 + i * 3600
        author = "合成编辑%02d <editor%02d@synthetic.invalid>" % (i % 7, i % 7)
        out.append(b"commit %s\n" % branch.encode())
        out.append(("author %s %d +0800\ncommitter %s %d +0800\n" % (author, when, author, when)).encode("utf-8"))
        out.append(b"data %d\n%s\n" % (len(message), message))
        if i == 0:
            out.append(b"from %s\n" % head.encode())
        path = "%s/matters/%s.yaml" % (args.registry, mid)
        out.append(b"M 100644 inline %s\ndata %d\n%s\n" % (path.encode("utf-8"), len(data), data))
    subprocess.run(["git", "-C", args.repo, "fast-import", "--quiet"], input=b"".join(out), check=True)
    subprocess.run(["git", "-C", args.repo, "reset", "-q", "--hard", branch], check=True)
    print("added %d commits (%d change %s)" % (args.commits, min(args.target_commits, args.commits // every), args.matter))


if __name__ == "__main__":
    main()
