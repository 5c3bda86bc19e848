#!/usr/bin/env python3
"""Makes act-examples.json from a checkout of act-rules/act-rules.github.io.

Usage: generate.py ACT_REPO_GIT_DIR COMMIT > act-examples.json
Keeps the 44 rules /work/shared/ACT-RULES.md counts (WCAG A/AA rules a writer can put in a post) and
their HTML examples (svg/xml documents, and examples whose assets are missing, are left out), each with its outcome and its HTML as written.
"""
import json, re, subprocess, sys

RULES = """5f99a7 in6db8 ff89c9 bc4a75 6a7281 5c01ea e7aa44 80f0bf 73f2c2 97a4e1 9bd38c 6cfa84 de46e4 307n5z
4e8ab6 e086e5 cc0f0a off6ek 0va7u6 a25f45 b49b2e cae760 4b1c6c akn7bn qt1vmo 59796f 23a2a8 e88epe c487ae
5effbb fd3a94 m6b1q3 8fc3b6 674b10 7d6734 0ssw9k 2t702h d0f69e eac66b f51b46 c5a4ea 1ec09b c3232f 2ee8b8""".split()

git, commit = sys.argv[1], sys.argv[2]
def show(path):
    return subprocess.run(["git", "--git-dir", git, "show", f"{commit}:{path}"], capture_output=True, text=True, check=True).stdout
def is_file(path):
    p = subprocess.run(["git", "--git-dir", git, "cat-file", "-t", f"{commit}:{path}"], capture_output=True, text=True)
    return p.returncode == 0 and p.stdout.strip() == "blob" and subprocess.run(
        ["git", "--git-dir", git, "cat-file", "-e", f"{commit}:{path}"], capture_output=True).returncode == 0
files = subprocess.run(["git", "--git-dir", git, "ls-tree", "--name-only", commit, "_rules/"], capture_output=True, text=True, check=True).stdout.split()
out = {"source": "https://github.com/act-rules/act-rules.github.io", "commit": commit,
       "licence": "W3C Software and Document License, see LICENSE-W3C.md", "rules": []}
for rule_id in RULES:
    path = next(f for f in files if f.endswith("-" + rule_id + ".md"))
    text = show(path)
    name = re.search(r"^name: (.*)$", text, re.M).group(1).strip().strip("'\"")
    examples = []
    for m in re.finditer(r"^#### (Passed|Failed|Inapplicable) Example (\d+)\s*\n(.*?)(?=^#### |^## |\Z)", text, re.M | re.S):
        outcome, number, body = m.group(1).lower(), int(m.group(2)), m.group(3)
        code = re.search(r"^```(\w+)[^\n]*\n(.*?)^```", body, re.M | re.S)
        if not code or code.group(1) != "html":
            continue
        assets = re.findall(r'(?:src|href|data|poster)="(/test-assets/[^"#?]+)', code.group(2))
        if any(not is_file(a[1:]) for a in assets):
            continue  # its asset is missing from the repository (or is a folder), so the example cannot be judged
        examples.append({"outcome": outcome, "number": number, "html": code.group(2)})
    out["rules"].append({"id": rule_id, "name": name, "file": path, "examples": examples})
json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
print()
