#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Goal (a): on a demo school of 2,000 pupils, the window's first frame within
400 ms of launch.

Makes the demo school once (--demo --demo-pupils N), then launches
`sendco --database F` with SENDCO_BENCH_FIRST_FRAME=1 several times: the app
prints "sendco: first frame" after its first paint, then shows each page
named in SENDCO_BENCH_PAGES in turn, printing "sendco: page NAME MS" after
the page's first frame (the other pages are read when first shown, so this
is what the first click on each costs), and quits. Measures wall
time from spawn to that line (and to exit). stdout is a pseudo-terminal so the
line arrives when printed, not when stdio's buffer is flushed at exit.

Usage: bench-first-frame.py SENDCO [--pupils N] [--runs N]
Prints one JSON object per line. Needs a display (./dev.sh bench gives one).
"""

import argparse
import json
import os
import pty
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time

MARKER = b"sendco: first frame"


PAGE_LINE = re.compile(rb"sendco: page (\S+) ([0-9.]+) ms")


def launch(binary, database, env, timeout=60.0):
    """Returns (ms to the first frame line, ms to exit, {page: ms})."""
    master, slave = pty.openpty()
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        proc = subprocess.Popen([binary, "--database", database], env=env, stdin=subprocess.DEVNULL,
                                stdout=slave, stderr=stderr)
        os.close(slave)
        seen = b""
        first_frame = None
        try:
            deadline = started + timeout
            while first_frame is None:
                left = deadline - time.perf_counter()
                if left <= 0:
                    raise RuntimeError(f"no '{MARKER.decode()}' within {timeout:.0f} s")
                ready, _, _ = select.select([master], [], [], left)
                if not ready:
                    continue
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the other end closed: the app exited
                    chunk = b""
                if not chunk:
                    raise RuntimeError(f"sendco exited without printing '{MARKER.decode()}'")
                seen += chunk
                if MARKER in seen:
                    first_frame = (time.perf_counter() - started) * 1000.0
            while True:  # the page lines, until the app closes the terminal
                ready, _, _ = select.select([master], [], [], max(0.0, deadline - time.perf_counter()))
                if not ready:
                    raise RuntimeError("sendco did not quit after its pages")
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                seen += chunk
            proc.wait(timeout=timeout)
            exited = (time.perf_counter() - started) * 1000.0
        except Exception as error:
            proc.kill()
            proc.wait()
            stderr.seek(0)
            raise RuntimeError(f"{error}\nstdout: {seen.decode(errors='replace')}\n"
                               f"stderr: {stderr.read().decode(errors='replace')[-3000:]}")
        finally:
            os.close(master)
        if proc.returncode != 0:
            stderr.seek(0)
            raise RuntimeError(f"sendco exited {proc.returncode}\n"
                               f"stderr: {stderr.read().decode(errors='replace')[-3000:]}")
    pages = {m.group(1).decode(): float(m.group(2)) for m in PAGE_LINE.finditer(seen)}
    return first_frame, exited, pages


def summary(bench, pupils, samples, goal=None, **extra):
    record = {"bench": bench, "pupils": pupils,
              "median": round(statistics.median(samples), 1),
              "min": round(min(samples), 1), "max": round(max(samples), 1),
              "runs": len(samples)}
    if goal is not None:
        record["goal"] = goal
    record["samples"] = [round(s, 1) for s in samples]
    record.update(extra)
    return json.dumps(record, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--pages", default="map,provisions,deadlines",
                        help="pages to show after the first frame, comma-separated")
    options = parser.parse_args()

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("SKIP: no display; run ./dev.sh bench", file=sys.stderr)
        return 77

    env = dict(os.environ)
    env["SENDCO_BENCH_FIRST_FRAME"] = "1"
    env["SENDCO_BENCH_PAGES"] = options.pages
    env.pop("G_DEBUG", None)  # a release user's settings, not the tests'

    with tempfile.TemporaryDirectory(prefix="sendco-bench-") as workdir:
        database = os.path.join(workdir, "demo.sendco")
        made = subprocess.run([options.binary, "--database", database, "--demo", "--demo-pupils",
                               str(options.pupils)], capture_output=True, text=True)
        if made.returncode != 0:
            print(f"--demo failed ({made.returncode}): {made.stderr}", file=sys.stderr)
            return 1

        # The first launch pays for cold caches (fonts, icons, the a11y bus).
        for _ in range(options.warmup):
            launch(options.binary, database, env)
        frames, exits, pages = [], [], {}
        for _ in range(options.runs):
            first_frame, exited, shown = launch(options.binary, database, env)
            frames.append(first_frame)
            exits.append(exited)
            for name, ms in shown.items():
                pages.setdefault(name, []).append(ms)

    print(summary("first_frame_ms", options.pupils, frames, goal=400), flush=True)
    print(summary("first_frame_to_exit_ms", options.pupils, exits), flush=True)
    for name, samples in pages.items():
        print(summary("first_show_ms", options.pupils, samples, page=name), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
