# SPDX-License-Identifier: GPL-3.0-or-later
"""Driving the real Sendco binary through accessibility (AT-SPI), as a screen
reader would: find widgets by role and accessible name, read labels, type into
entries and press buttons.

What GTK 4.8 exposes, learnt by dumping the tree (see dump_tree):
- labels have role "label" and their text as name (an empty label is named
  "GtkLabel"); Text.getText(0, -1) returns "" so read entries with
  getText(0, characterCount);
- hidden stack pages stay in the tree with zero-sized extents, so "shown" is
  judged by extents (WINDOW_COORDS; screen coordinates are not supported);
- the register's GtkColumnView is a "tree table" holding the header row and a
  "list" (Selection interface) of "table row"s of "table cell"s of labels;
- buttons have a "click" action; AdwActionRow list items have no action, but
  a widget exposes the actions of its own action group (the window has win.*,
  the register page register.*).
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata

import pyatspi

SKIP = 77

# libatspi gives up on a method call after 0.8 s (15 s while an app starts).
# On a slow, shared machine GTK can take longer to answer while it filters
# and lays out a table: wait as long as a patient user would.
pyatspi.setTimeout(15000, 30000)


class TestFailure(Exception):
    pass


def log(message):
    print(message, flush=True)


def fail(message):
    raise TestFailure(message)


def check(condition, message):
    if not condition:
        fail(message)


def wait_for(what, probe, timeout=20.0, interval=0.25):
    """Calls probe() until it returns something true; fails after timeout."""
    end = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            result = probe()
            if result:
                return result
        except Exception as error:  # the tree changes under us
            last_error = error
        if time.monotonic() > end:
            extra = f" (last error: {last_error})" if last_error else ""
            fail(f"timed out after {timeout:.0f} s waiting for {what}{extra}")
        time.sleep(interval)


def require_session():
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        log("SKIP: no display; run under xvfb-run (./dev.sh test does)")
        sys.exit(SKIP)
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        log("SKIP: no D-Bus session bus; run under dbus-run-session (./dev.sh test does)")
        sys.exit(SKIP)
    binary = os.environ.get("SENDCO_BINARY")
    if not binary or not os.access(binary, os.X_OK):
        log(f"SKIP: SENDCO_BINARY is not an executable: {binary!r}")
        sys.exit(SKIP)
    return binary


def fold(text):
    """What Sendco's search compares (sendco_search_fold), near enough for tests."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    out = []
    for c in text:
        if c.isascii() and c.isalnum():
            out.append(c.lower())
        elif c in " -,\t" and out and out[-1] != " ":
            out.append(" ")
    return "".join(out)


def run_headless(binary, *args, env=None, expect=(0,)):
    result = subprocess.run([binary, *args], capture_output=True, text=True, env=env, timeout=120)
    if result.returncode not in expect:
        fail(f"`sendco {' '.join(args)}` exited {result.returncode}\n"
             f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


# ---------------------------------------------------------------- the tree

def children(acc):
    try:
        n = acc.childCount
    except Exception:
        return []
    out = []
    for i in range(n):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            out.append(child)
    return out


def walk(acc, depth=0, limit=20000):
    """Depth first, the node itself first."""
    stack = [(acc, depth)]
    seen = 0
    while stack and seen < limit:
        node, d = stack.pop()
        seen += 1
        yield node, d
        kids = children(node)
        for child in reversed(kids):
            stack.append((child, d + 1))


def role(acc):
    try:
        return acc.getRoleName()
    except Exception:
        return "?"


def name(acc):
    try:
        return acc.name or ""
    except Exception:
        return ""


def extents(acc):
    try:
        e = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        return (e.x, e.y, e.width, e.height)
    except Exception:
        return (0, 0, 0, 0)


def shown(acc):
    """Laid out with a size: GTK 4.8 leaves hidden stack pages in the tree."""
    _, _, w, h = extents(acc)
    return w > 0 and h > 0


def find_all(root, role_name=None, name_is=None, name_matches=None, only_shown=False):
    found = []
    for node, _ in walk(root):
        if role_name is not None and role(node) != role_name:
            continue
        n = name(node)
        if name_is is not None and n != name_is:
            continue
        if name_matches is not None and not re.search(name_matches, n):
            continue
        if only_shown and not shown(node):
            continue
        found.append(node)
    return found


def find_one(root, what, **kwargs):
    found = find_all(root, **kwargs)
    return found[0] if found else None


def text_of(acc):
    text = acc.queryText()
    return text.getText(0, text.characterCount)


def action_names(acc):
    try:
        action = acc.queryAction()
    except Exception:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def do_action(acc, wanted):
    action = acc.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    check(wanted in names, f"{role(acc)} {name(acc)!r} has no action {wanted!r} (it has {names})")
    check(action.doAction(names.index(wanted)), f"{role(acc)} {name(acc)!r}: {wanted} failed")


def describe(acc):
    try:
        state_set = acc.getState()
        state_text = ",".join(label for state, label in ((pyatspi.STATE_FOCUSED, "focused"),
                                                         (pyatspi.STATE_SENSITIVE, "sensitive"))
                              if state_set.contains(state))
    except Exception:
        state_text = "?"
    x, y, w, h = extents(acc)
    extra = ""
    if role(acc) in ("entry", "text", "password text"):
        try:
            extra = f" text={text_of(acc)!r}"
        except Exception:
            pass
    actions = action_names(acc)
    if actions and len(actions) < 6:
        extra += f" actions={actions}"
    return f"{role(acc)} {name(acc)!r} [{x},{y} {w}x{h}] {state_text}{extra}"


def dump_tree(root, out, limit=6000):
    for node, depth in walk(root, limit=limit):
        out.write("  " * depth + describe(node) + "\n")


# ---------------------------------------------------------------- the app

class App:
    """One running sendco window, found on the accessibility bus by its pid."""

    def __init__(self, binary, args, workdir, label):
        self.label = label
        self.workdir = workdir
        env = dict(os.environ)
        # GTK 4 talks AT-SPI over the session bus unless told not to.
        env.pop("NO_AT_BRIDGE", None)
        if env.get("GTK_A11Y", "") in ("none", "test"):
            env.pop("GTK_A11Y")
        # The demo school made from the welcome page goes in a temporary folder.
        env["TMPDIR"] = workdir
        self.stdout_path = os.path.join(workdir, f"{label}.stdout")
        self.stderr_path = os.path.join(workdir, f"{label}.stderr")
        self._stdout = open(self.stdout_path, "w")
        self._stderr = open(self.stderr_path, "w")
        log(f"[{label}] starting {binary} {' '.join(args)}")
        self.proc = subprocess.Popen([binary, *args], env=env, stdout=self._stdout,
                                     stderr=self._stderr, stdin=subprocess.DEVNULL)
        self.app = None

    def find(self, timeout=30.0):
        def probe():
            if self.proc.poll() is not None:
                fail(f"sendco exited with status {self.proc.returncode} before its window "
                     f"appeared\n{self.output()}")
            desktop = pyatspi.Registry.getDesktop(0)
            for app in children(desktop):
                if name(app) != "sendco":
                    continue
                try:
                    if app.get_process_id() != self.proc.pid:
                        continue
                except Exception:
                    pass
                return app
            return None

        started = time.monotonic()
        self.app = wait_for("an application named 'sendco' on the accessibility bus", probe,
                            timeout=timeout)
        self.main_window = wait_for("the main window", lambda: self.frames(), timeout=timeout)[0]
        log(f"[{self.label}] on the accessibility bus after {time.monotonic() - started:.1f} s")
        return self.app

    def frames(self):
        return [w for w in children(self.app) if role(w) in ("frame", "dialog", "window")]

    def alive(self):
        return self.proc.poll() is None

    def output(self):
        parts = []
        for path in (self.stdout_path, self.stderr_path):
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read().strip()
            except OSError:
                text = ""
            if text:
                parts.append(f"--- {os.path.basename(path)}\n{text[-4000:]}")
        return "\n".join(parts)

    def dump(self, reason):
        """Writes the accessibility tree where a developer will find it."""
        path = os.path.join(os.environ.get("G_TEST_BUILDDIR", self.workdir),
                            f"e2e-{self.label}-a11y-tree.txt")
        if self.app is None:
            log(f"[{self.label}] no application to dump ({reason})")
            return
        try:
            with open(path, "w", encoding="utf-8") as out:
                out.write(f"# {reason}\n")
                dump_tree(self.app, out)
            log(f"[{self.label}] accessibility tree written to {path}")
            with open(path, encoding="utf-8") as f:
                lines = f.readlines()
            # The interesting part, without every row of a long table.
            interesting = [l for l in lines if not re.search(r"'(GtkLabel|GtkBuiltinIcon)'|"
                                                             r"^\s*(panel|filler) ''", l)]
            sys.stdout.write("".join(interesting[:400]))
            if len(interesting) > 400:
                log(f"... {len(interesting) - 400} more lines in {path}")
        except Exception as error:
            log(f"[{self.label}] could not dump the accessibility tree: {error}")

    def failed(self, error):
        """Reports what is known when a step fails: a TestFailure to raise."""
        if self.alive():
            self.dump(str(error))
            state = "still running"
        else:
            state = f"exited with status {self.proc.returncode}"
            if self.proc.returncode < 0:
                state = f"killed by signal {-self.proc.returncode} ({signal.Signals(-self.proc.returncode).name})"
        output = self.output()
        message = f"{error}\n[{self.label}] sendco {state}"
        if output:
            message += f"\n{output}"
        if isinstance(error, TestFailure):
            return TestFailure(message)
        import traceback
        return TestFailure(f"{type(error).__name__}: {message}\n{traceback.format_exc()}")

    def close(self):
        """Closes the window as a user would, so the app cleans up; then makes sure."""
        if self.alive() and self.app is not None:
            try:
                for frame in self.frames():
                    button = find_one(frame, "close", role_name="push button", name_is="Close")
                    if button is not None and "click" in action_names(button):
                        do_action(button, "click")
            except Exception:
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._stdout.close()
        self._stderr.close()


def xdotool_click(app, acc, clicks=1):
    """A real pointer click in the middle of @acc, when xdotool is installed.

    Returns False when it is not. AT-SPI's own generateMouseEvent goes through
    at-spi2-registryd, which dbus-run-session starts without DISPLAY, so it
    does nothing here. SENDCO_E2E_XDOTOOL=0 tries the path without it.
    """
    xdotool = shutil.which("xdotool")
    if xdotool is None or os.environ.get("SENDCO_E2E_XDOTOOL") == "0":
        return False
    ids = subprocess.run([xdotool, "search", "--pid", str(app.proc.pid)],
                         capture_output=True, text=True).stdout.split()
    best = None
    for wid in ids:
        geometry = subprocess.run([xdotool, "getwindowgeometry", "--shell", wid],
                                  capture_output=True, text=True).stdout
        values = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
        try:
            x, y, w, h = (int(values[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        except (KeyError, ValueError):
            continue
        if w > 1 and h > 1 and (best is None or w * h > best[3] * best[4]):
            best = (wid, x, y, w, h)
    if best is None:
        return False
    wid, wx, wy, ww, wh = best
    # AT-SPI window coordinates are the GtkWindow's; the X window has the
    # client-side decoration's margin around it.
    _, _, fw, fh = extents(app.main_window)
    margin_x, margin_y = max(0, (ww - fw) // 2), max(0, (wh - fh) // 2)
    x, y, w, h = extents(acc)
    px, py = wx + margin_x + x + w // 2, wy + margin_y + y + h // 2
    # Other tests' windows share the display: bring ours to the top first.
    subprocess.run([xdotool, "windowraise", wid], check=False)
    subprocess.run([xdotool, "mousemove", "--sync", str(px), str(py)], check=True)
    subprocess.run([xdotool, "click", "--repeat", str(clicks), "--delay", "80", "1"], check=True)
    return True
