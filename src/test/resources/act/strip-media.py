#!/usr/bin/env python3
"""Copies the ACT examples' MP4 test assets into test-assets/, each with only its track table.

Usage: strip-media.py ACT_REPO_GIT_DIR COMMIT

Each file keeps its boxes in order (ftyp, moov with every track's handler, header and sample sizes, ...), but the
media data box (mdat) keeps only its header, with no sound or picture in it. The gate reads only the track table
(media/Soundtrack) to tell a video with sound from a silent one, so these few kilobytes stand in for the megabytes
of video, and the repository does not carry them. Other assets (WebM, MP3, VTT, pages) are not copied.
"""
import os, re, struct, subprocess, sys

git, commit = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
names = subprocess.run(["git", "--git-dir", git, "ls-tree", "-r", "--name-only", commit, "test-assets/"],
                       capture_output=True, text=True, check=True).stdout.split()
for name in names:
    if not name.endswith(".mp4"):
        continue
    shown = subprocess.run(["git", "--git-dir", git, "show", f"{commit}:{name}"], capture_output=True)
    if shown.returncode != 0:
        print(f"{name}: not in this copy (generate.py leaves out the examples that use it)")
        continue
    data = shown.stdout
    out, at = bytearray(), 0
    while at + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[at:at + 8])
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", data[at + 8:at + 16])[0], 16
        elif size == 0:
            size = len(data) - at
        out += struct.pack(">I4s", 8, b"mdat") if kind == b"mdat" else data[at:at + size]
        at += size
    target = os.path.join(here, name)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as f:
        f.write(out)
    print(f"{name}: {len(data)} bytes, {len(out)} kept")
