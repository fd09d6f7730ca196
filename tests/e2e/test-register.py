#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end: the real sendco binary, driven through accessibility.

1. Headless: make the demo school (--demo) and a known school by importing
   tests/fixtures/mis/sample-sims-export-secondary.csv (1,100 pupils: 145 K,
   33 E, 922 N).
2. The register of the imported school: the summary a SENDCO quotes, the names
   in the table (sorted by surname, with year, form, status, needs and flags as
   the file gave them), searching by name, by two words, by UPN and for nobody,
   clearing the search, and opening a pupil's record.
3. The welcome page of a school file that does not exist yet: its three
   choices; "Open the Demo School" shows the same demo school that --demo made.

Run under the session ./dev.sh test gives (Xvfb and D-Bus): `./dev.sh test --suite e2e`.
On failure the accessibility tree is printed and saved beside the test log.
"""

import csv
import os
import re
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sendco_atspi import (App, TestFailure, check, children, do_action, extents,  # noqa: E402
                          fail, find_all, find_one, fold, log, name, require_session,
                          role, run_headless, shown, text_of, wait_for, xdotool_click)

SUMMARY_RE = re.compile(r"^(\d+) at SEN support, (\d+) with (?:an EHC plan|EHC plans): "
                        r"(\d+\.\d)% of (\d+) on roll(?: · (\d+) on the monitoring list)?$")
STATUS_TEXT = {"K": "SEN support", "E": "EHC plan", "N": "No SEN"}
# The columns the test checks against the file, by their headers; others may follow.
CHECKED_COLUMNS = ("Name", "Year", "Form", "SEN status", "Primary need", "Secondary need", "Flags")


def summary_text(k, e, on_roll, monitoring=0):
    ehc = "with an EHC plan" if e == 1 else "with EHC plans"
    text = f"{k} at SEN support, {e} {ehc}: {100.0 * (k + e) / on_roll:.1f}% of {on_roll} on roll"
    if monitoring:
        text += f" · {monitoring} on the monitoring list"
    return text


def showing_text(n):
    return f"Showing {n} pupil" if n == 1 else f"Showing {n} pupils"


# ------------------------------------------------------------ expectations

class Pupil:
    def __init__(self, row):
        self.upn = row["UPN"]
        self.surname = row["Legal Surname"]
        self.forename = row["Legal Forename"]
        self.status = (row["SEN Status"] or "N").strip().upper()
        self.primary = row["SEN Need Type 1"].strip()
        self.secondary = row["SEN Need Type 2"].strip()
        self.year = row["Year"].strip()
        self.form = row["Reg"].strip()
        flags = [label for column, label in (("In Care", "LAC"), ("FSM Eligible", "PP"),
                                              ("EAL", "EAL"))
                 if row[column].strip().upper() in ("Y", "YES", "TRUE", "1")]
        self.flags = " · ".join(flags)

    @property
    def display_name(self):
        return f"{self.surname}, {self.forename}"

    @property
    def search_key(self):
        return fold(" ".join((self.surname, self.forename, self.upn)))

    def sort_key(self):
        return (fold(self.surname), fold(self.forename))

    def cells(self):
        """What the register's first seven columns show for this pupil."""
        return (self.display_name, self.year, self.form, STATUS_TEXT[self.status],
                self.primary, self.secondary, self.flags)

    def matches(self, query):
        tokens = fold(query).split()
        return all(token in self.search_key for token in tokens)


def read_fixture(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [Pupil(row) for row in csv.DictReader(f)]


def demo_expectations(binary, workdir):
    """The demo school --demo makes, and the summary its register should show."""
    demo_db = os.path.join(workdir, "demo.sendco")
    made = run_headless(binary, "--database", demo_db, "--demo")
    match = re.search(r"“(.+)” with (\d+) pupils", made.stdout)
    check(match, f"--demo did not say which school it made: {made.stdout!r}")
    school, n_pupils = match.group(1), int(match.group(2))
    check(n_pupils == 420, f"--demo made {n_pupils} pupils, expected 420")

    register_csv = os.path.join(workdir, "demo-register.csv")
    run_headless(binary, "--database", demo_db, "--export-register", register_csv)
    with open(register_csv, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    k = sum(r["SEN status"] == "K" for r in rows)
    e = sum(r["SEN status"] == "E" for r in rows)
    monitoring = sum(r["Monitoring"] == "Y" for r in rows)
    check(0 < len(rows) <= 420, f"the demo register lists {len(rows)} pupils on roll")
    log(f"demo school {school!r}: {len(rows)} on roll, {k} K, {e} E, {monitoring} monitored")
    return school, summary_text(k, e, len(rows), monitoring)


# ------------------------------------------------------------ the register

class Register:
    """The register page of one running app, read through accessibility."""

    def __init__(self, app):
        self.app = app
        self.page = wait_for("the register page (SendcoRegisterPage)",
                             lambda: find_one(app.main_window, "page", name_is="SendcoRegisterPage"))
        self.entry = wait_for("the search entry named 'Search pupils'",
                              lambda: find_one(self.page, "entry", role_name="entry",
                                               name_is="Search pupils"))
        self._summary_labels = None

    def labels(self):
        return [name(l) for l in find_all(self.page, role_name="label", only_shown=True)]

    def summary_labels(self):
        """The summary and "Showing N pupils" labels, found once: the second box of the page."""
        if self._summary_labels is None:
            boxes = [c for box in children(self.page) for c in children(box)]
            for box in boxes:
                labels = [c for c in children(box) if role(c) == "label"]
                if len(labels) == 2 and len(children(box)) == 2:
                    self._summary_labels = labels
                    break
            else:
                fail("the register page has no box of two labels (summary and showing)")
        return self._summary_labels

    def summary(self):
        text = name(self.summary_labels()[0])
        return text if SUMMARY_RE.match(text) else None

    def showing(self):
        """The "Showing N pupils" label, or "" when the whole roll is shown."""
        text = name(self.summary_labels()[1])
        return "" if text == "GtkLabel" else text

    def table_parts(self):
        """The register: the titles of its header and its list of rows.

        The header is a column view (titles, sorting); the rows are a list
        named 'SEND register' whose items each carry one label that reads the
        whole row, described cell by cell as "Title: value; ..."."""
        rows_list = find_one(self.page, "the register's rows", role_name="list",
                             name_is="SEND register")
        check(rows_list is not None, "no list named 'SEND register'")
        header = find_one(self.page, "the register's header", role_name="tree table")
        check(header is not None, "the register has no header (role tree table)")
        header_rows = [c for c in children(header) if role(c) == "table row"]
        check(header_rows, "the register's header has no row of titles")
        titles = []
        for title in children(header_rows[0]):
            labels = [l for l in find_all(title, role_name="label")]
            titles.append(name(labels[0]) if labels else "")
        return titles, rows_list

    def table(self):
        return self.table_parts()[1]

    def rows(self):
        """The rows on screen, top to bottom: (child index, {title: text}, row)."""
        titles, rows_list = self.table_parts()
        _, top, _, height = extents(rows_list)
        out = []
        for index, row in enumerate(children(rows_list)):
            _, y, w, h = extents(row)
            if w <= 0 or h <= 0 or y + h <= top or y >= top + height:
                continue
            labels = [c for c in find_all(row, role_name="label")]
            if not labels:
                continue
            described = labels[0].description or ""
            cells = {title: "" for title in titles}
            for part in described.split("; "):
                if ": " in part:
                    title, text = part.split(": ", 1)
                    check(title in cells, f"a row describes a column {title!r} the header lacks {titles}")
                    cells[title] = text
            out.append((y, index, cells, row))
        out.sort(key=lambda item: item[0])
        return [(index, cells, row) for _, index, cells, row in out]

    def names(self):
        return [cells.get("Name", "") for _, cells, _ in self.rows()]

    def search(self, text):
        self.entry.queryEditableText().setTextContents(text)
        wait_for(f"the search entry to hold {text!r}", lambda: text_of(self.entry) == text,
                 timeout=10)

    def type_more(self, text):
        """Types at the end of what the entry holds, as a keyboard would."""
        before = text_of(self.entry)
        self.entry.queryEditableText().insertText(len(before), text, len(text))
        wait_for(f"the search entry to hold {before + text!r}",
                 lambda: text_of(self.entry) == before + text, timeout=10)

    def wait_showing(self, expected, what):
        wait_for(f"{what}: the label {expected!r} (now {self.showing()!r})",
                 lambda: self.showing() == expected, timeout=20)


def check_rows_match(register, pupils, what, at_least=1):
    """Every row on screen is a pupil of @pupils, shown as the file gave them."""
    by_name = {}
    for pupil in pupils:
        by_name.setdefault(pupil.display_name, []).append(pupil)
    rows = wait_for(f"{what}: at least {at_least} rows in the table",
                    lambda: (lambda rows: rows if len(rows) >= at_least else None)(register.rows()),
                    timeout=20)
    for _, cells, _ in rows:
        missing = [c for c in CHECKED_COLUMNS if c not in cells]
        check(not missing, f"{what}: the table has no column {missing} (it has {list(cells)})")
        candidates = by_name.get(cells["Name"])
        check(candidates, f"{what}: the table shows {cells['Name']!r}, who should not be there")
        shown_cells = tuple(cells[c] for c in CHECKED_COLUMNS)
        check(any(p.cells() == shown_cells for p in candidates),
              f"{what}: the row {shown_cells} does not match the file: "
              f"{[p.cells() for p in candidates]}")
    return [cells["Name"] for _, cells, _ in rows]


def check_sorted_prefix(names, pupils, what):
    """The rows on screen are the first ones of the register sorted by surname."""
    expected = [p.display_name for p in sorted(pupils, key=Pupil.sort_key)]
    check(names == expected[:len(names)],
          f"{what}: the table starts {names[:8]}, expected {expected[:8]}")


def test_register(binary, workdir, pupils):
    database = os.path.join(workdir, "sims.sendco")
    fixture_name = "sample-sims-export-secondary.csv"
    imported = run_headless(binary, "--database", database, "--import-pupils",
                            os.path.join(os.environ["SENDCO_FIXTURES"], "mis", fixture_name))
    check("imported 1100," in imported.stdout, f"the import said {imported.stdout!r}")

    k = sum(p.status == "K" for p in pupils)
    e = sum(p.status == "E" for p in pupils)
    check((len(pupils), k, e) == (1100, 145, 33),
          f"the fixture has {len(pupils)} pupils, {k} K, {e} E; expected 1100, 145, 33")

    app = App(binary, ["--database", database], workdir, "register")
    try:
        app.find()
        check(name(app.main_window) == "My school — Sendco",
              f"the window is titled {name(app.main_window)!r}, expected 'My school — Sendco'")
        register = Register(app)

        # The summary a SENDCO quotes to governors.
        expected_summary = summary_text(145, 33, 1100)
        summary = wait_for("the register summary", register.summary, timeout=20)
        check(summary == expected_summary, f"summary {summary!r}, expected {expected_summary!r}")
        numbers = SUMMARY_RE.match(summary).groups()
        check(numbers[:4] == ("145", "33", "16.2", "1100"), f"summary numbers {numbers}")
        check(register.showing() == "", f"with no search the table says {register.showing()!r}")
        log(f"summary: {summary}")

        # The table: pupils from the file, sorted by surname.
        names = check_rows_match(register, pupils, "the whole register", at_least=10)
        check_sorted_prefix(names, pupils, "the whole register")
        log(f"first rows: {names[:5]} ({len(names)} on screen)")

        # Typing a surname, a few letters then the rest.
        rob = [p for p in pupils if p.matches("rob")]
        register.search("rob")
        register.wait_showing(showing_text(len(rob)), "searching 'rob'")
        check_rows_match(register, rob, "searching 'rob'")

        roberts = [p for p in pupils if p.matches("roberts")]
        check(len(roberts) == 27, f"the fixture has {len(roberts)} pupils matching 'roberts'")
        register.type_more("erts")
        register.wait_showing(showing_text(27), "searching 'roberts'")
        names = check_rows_match(register, roberts, "searching 'roberts'")
        check(all(n.startswith("Roberts, ") for n in names), f"searching 'roberts' shows {names}")
        check_sorted_prefix(names, roberts, "searching 'roberts'")
        check(register.summary() == expected_summary,
              f"searching changed the summary to {register.summary()!r}")
        log(f"'roberts': {showing_text(27)}, {len(names)} on screen")

        # Two words: both must match.
        both = [p for p in pupils if p.matches("roberts zuzanna")]
        check(len(both) >= 1, "the fixture has no Zuzanna Roberts")
        register.search("roberts zuzanna")
        register.wait_showing(showing_text(len(both)), "searching 'roberts zuzanna'")
        check_rows_match(register, both, "searching 'roberts zuzanna'")

        # A UPN, which the file gives one pupil; in lower case too.
        lily = next(p for p in pupils if p.upn == "C931210214233")
        for query in (lily.upn, lily.upn.lower()):
            register.search(query)
            register.wait_showing(showing_text(1), f"searching the UPN {query!r}")
            names = check_rows_match(register, [lily], f"searching the UPN {query!r}")
            check(names == [lily.display_name], f"searching {query!r} shows {names}")
        log(f"UPN {lily.upn}: {lily.display_name}")

        # Nobody: the empty state, and its button clears the search.
        register.search("zzqx")
        register.wait_showing(showing_text(0), "searching 'zzqx'")
        wait_for("the 'No Pupils Match' page",
                 lambda: "No Pupils Match" in register.labels(), timeout=10)
        clear = wait_for("the 'Clear Search and Filters' button",
                         lambda: find_one(register.page, "clear", role_name="push button",
                                          name_matches="Clear Search and Filters",
                                          only_shown=True), timeout=10)
        do_action(clear, "click")
        wait_for("the search to be cleared by 'Clear Search and Filters'",
                 lambda: text_of(register.entry) == "", timeout=10)
        register.wait_showing("", "after 'Clear Search and Filters'")
        check_rows_match(register, pupils, "after 'Clear Search and Filters'", at_least=10)

        # Clearing by emptying the entry.
        register.search("roberts")
        register.wait_showing(showing_text(27), "searching 'roberts' again")
        register.search("")
        register.wait_showing("", "after emptying the search")
        check(register.summary() == expected_summary, "the summary changed after searching")

        # Opening a pupil: select their row, then "open selected" (Return does it).
        pupil = next(p for p in pupils if p.status == "K" and p.primary
                     and sum(q.display_name == p.display_name for q in pupils) == 1)
        register.search(pupil.upn)
        register.wait_showing(showing_text(1), f"searching {pupil.upn}")
        index, cells, _ = wait_for("the pupil's row", lambda: register.rows()[0], timeout=10)
        check(cells["Name"] == pupil.display_name, f"searching {pupil.upn} shows {cells}")
        selection = register.table().querySelection()
        check(selection.selectChild(index), f"could not select the row of {pupil.display_name}")
        do_action(register.page, "register.open-selected")
        full_name = f"{pupil.forename} {pupil.surname}"
        record = wait_for(f"a window titled {full_name!r}",
                          lambda: next((w for w in app.frames() if name(w) == full_name), None),
                          timeout=20)
        fields = {name(t): text_of(t) for t in find_all(record, role_name="text")}
        for field, value in (("Legal surname", pupil.surname), ("Legal forename", pupil.forename),
                             ("Unique pupil number (UPN)", pupil.upn)):
            check(fields.get(field) == value,
                  f"the record of {full_name} has {field} {fields.get(field)!r}, expected {value!r}")
        record_labels = [name(l) for l in find_all(record, role_name="label")]
        check("SEN support (K)" in record_labels,
              f"the record of {full_name} does not say 'SEN support (K)'")
        check(any(pupil.primary in l for l in record_labels),
              f"the record of {full_name} does not show the primary need {pupil.primary}")
        cancel = find_one(record, "cancel", role_name="push button", name_matches="Cancel")
        check(cancel is not None, "the pupil record has no Cancel button")
        do_action(cancel, "click")
        wait_for(f"the window {full_name!r} to close",
                 lambda: all(name(w) != full_name for w in app.frames()), timeout=20)
        log(f"opened and closed the record of {full_name}")

        # A real double click on a row, when xdotool can give one.
        register.search(lily.upn)
        register.wait_showing(showing_text(1), f"searching {lily.upn}")
        _, _, row = wait_for("Lily's row", lambda: register.rows()[0], timeout=10)
        lily_name = f"{lily.forename} {lily.surname}"
        if xdotool_click(app, row, clicks=2):
            record = wait_for(f"a double click to open {lily_name!r}",
                              lambda: next((w for w in app.frames() if name(w) == lily_name),
                                           None), timeout=20)
            do_action(find_one(record, "cancel", role_name="push button", name_matches="Cancel"),
                      "click")
            wait_for(f"the window {lily_name!r} to close",
                     lambda: all(name(w) != lily_name for w in app.frames()), timeout=20)
            log("a double click on a row opens the pupil")
        else:
            log("no xdotool (or SENDCO_E2E_XDOTOOL=0): the double click on a row is not tried")
    except Exception as error:
        raise app.failed(error)
    finally:
        app.close()


# ------------------------------------------------------------ the welcome page

def test_welcome(binary, workdir, demo_school, demo_summary):
    folder = os.path.join(workdir, "no-school-yet")
    database = os.path.join(folder, "school.sendco")
    app_tmp = os.path.join(workdir, "app-tmp")
    os.makedirs(app_tmp)

    app = App(binary, ["--database", database], app_tmp, "welcome")
    try:
        app.find()
        window = app.main_window
        wait_for("the text 'Welcome to Sendco'",
                 lambda: find_one(window, "welcome", role_name="label",
                                  name_is="Welcome to Sendco", only_shown=True), timeout=20)
        rows = {}
        for title in ("Create a New School", "Open the Demo School", "Import Pupils from Your MIS"):
            rows[title] = find_one(window, title, role_name="list item", name_is=title,
                                   only_shown=True)
            check(rows[title] is not None, f"the welcome page has no choice {title!r}")
        check(find_one(window, "open", role_name="push button", name_matches="Open a School File",
                       only_shown=True) is not None,
              "the welcome page has no 'Open a School File…' button")
        check(find_one(window, "search", role_name="entry", name_is="Search pupils",
                       only_shown=True) is None, "the register shows before a school is open")
        check(name(window) == "Sendco", f"the window is titled {name(window)!r}, expected 'Sendco'")
        log("welcome page: " + ", ".join(rows))

        # GTK 4.8 gives list rows no AT-SPI action: click it for real when
        # xdotool is there, else run the action the row is bound to.
        if xdotool_click(app, rows["Open the Demo School"]):
            log("clicked 'Open the Demo School' (xdotool)")
        else:
            do_action(window, "win.open-demo")
            log("'Open the Demo School' via its action win.open-demo (no xdotool)")

        register = Register(app)
        summary = wait_for("the demo school's register summary ('… on roll')",
                           lambda: register.summary() if register.summary() and
                           shown(register.entry) else None, timeout=60)
        check("on roll" in summary, f"summary {summary!r}")
        check(summary == demo_summary,
              f"the demo school from the welcome page says {summary!r}; "
              f"--demo made one that says {demo_summary!r}")
        expected_title = f"{demo_school} — Sendco"
        wait_for(f"the window title {expected_title!r} (now {name(window)!r})",
                 lambda: name(window) == expected_title, timeout=10)
        check(find_one(window, "banner", role_name="label", name_matches="^This is a demo school",
                       only_shown=True) is not None, "the demo school banner is not shown")
        check(len(register.rows()) >= 10, f"the demo register shows {len(register.rows())} rows")
        check(not os.path.exists(database),
              f"opening the demo school created {database}, the file given with --database")
        log(f"demo school: {summary}")
    except Exception as error:
        failure = app.failed(error)
        app.close()
        raise failure
    app.close()
    # Closing the window removes the demo school's temporary folder.
    check(app.proc.returncode == 0, f"sendco exited {app.proc.returncode} on closing")
    left = [f for f in os.listdir(app_tmp) if f.startswith("sendco-demo-")]
    check(not left, f"the demo school's folder was left behind after closing: {left}")


def main():
    binary = require_session()
    pupils = read_fixture(os.path.join(os.environ["SENDCO_FIXTURES"], "mis",
                                       "sample-sims-export-secondary.csv"))
    failures = []
    with tempfile.TemporaryDirectory(prefix="sendco-e2e-", ignore_cleanup_errors=True) as workdir:
        try:
            demo_school, demo_summary = demo_expectations(binary, workdir)
        except TestFailure as error:
            log(f"FAIL (making the demo school): {error}")
            return 1
        for label, run in (("register", lambda: test_register(binary, workdir, pupils)),
                           ("welcome", lambda: test_welcome(binary, workdir, demo_school,
                                                            demo_summary))):
            started = time.monotonic()
            try:
                run()
                log(f"ok: {label} ({time.monotonic() - started:.1f} s)")
            except TestFailure as error:
                log(f"FAIL ({label}): {error}")
                failures.append(label)
    if failures:
        log(f"failed: {', '.join(failures)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
