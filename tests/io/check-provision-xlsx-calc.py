#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Opens the provision map workbook in LibreOffice Calc, as a governor might:
# Calc must load it without complaint (a file it has to repair does not
# convert), print it to PDF (read back with pdftotext: the school, the
# provisions, the totals, the page footers and the chart's title) and save
# each sheet as CSV (the figures as Calc reads them: the totals, the budget
# difference, the pupil above £6,000).
#
#   check-provision-xlsx-calc.py BUILD/tests/io/test-provision-xlsx
#
# Skipped (exit status 77) when LibreOffice is not installed; it is large,
# so ./dev.sh installs libreoffice-calc only with SENDCO_FULL_TESTS=1.

import csv
import glob
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def soffice(folder, *args):
    profile = os.path.join(folder, "profile")
    env = dict(os.environ, HOME=folder)
    env.pop("DISPLAY", None)
    done = subprocess.run([shutil.which("soffice"), "-env:UserInstallation=file://" + profile,
                           "--headless", "--norestore"] + list(args),
                          capture_output=True, text=True, env=env, timeout=240)
    check(done.returncode == 0, "soffice %s failed: %s %s" % (args, done.stdout, done.stderr))
    check("Error" not in done.stdout + done.stderr,
          "soffice %s: %s %s" % (args, done.stdout, done.stderr))
    return done


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [row for row in csv.reader(f)]


def main():
    if len(sys.argv) != 2:
        fail("usage: check-provision-xlsx-calc.py TEST-PROGRAM")
    if shutil.which("soffice") is None:
        print("SKIP: LibreOffice (soffice) is not installed")
        sys.exit(SKIP)
    if shutil.which("pdftotext") is None:
        print("SKIP: pdftotext (poppler-utils) is not installed")
        sys.exit(SKIP)

    with tempfile.TemporaryDirectory(prefix="sendco-calc-") as folder:
        book = os.path.join(folder, "map.xlsx")
        done = subprocess.run([os.path.abspath(sys.argv[1]), "--write-sample", book,
                               "--over-threshold"], capture_output=True, text=True)
        check(done.returncode == 0, "the workbook was not written: " + done.stderr)

        # Printed to PDF: all four sheets, with their footers and the chart
        pdf_dir = os.path.join(folder, "pdf")
        soffice(folder, "--convert-to", "pdf", "--outdir", pdf_dir, book)
        pdf = os.path.join(pdf_dir, "map.pdf")
        check(os.path.exists(pdf), "no PDF from Calc: %s" % os.listdir(folder))
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                              text=True, check=True).stdout
        for expected in ["Provision map", "Riverside Primary", "Communication and interaction",
                         "Talk Boost (2)", "One-to-one support (1)", "Reading one-to-one",
                         "£19,996.71", "£18,448.25", "£30,003.29", "Cost by area of need",
                         "Page 1 of 4", "Page 4 of 4"]:
            check(expected in text, "Calc's PDF lacks %r:\n%s" % (expected, text))

        # Each sheet as CSV: the figures as Calc holds them
        csv_dir = os.path.join(folder, "csv")
        soffice(folder, "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", csv_dir, book)
        sheets = sorted(os.path.basename(p) for p in glob.glob(os.path.join(csv_dir, "*.csv")))
        check(sheets == ["map-Provision map.csv", "map-Provisions.csv", "map-Pupils.csv",
                         "map-Summary.csv"], "sheets as CSV: %s" % sheets)

        summary = {row[0]: row for row in read_csv(os.path.join(csv_dir, "map-Summary.csv"))
                   if row}
        check(summary["Cost of additional provision"][2] == "19996.71",
              "total: %r" % summary["Cost of additional provision"])
        check(summary["Left in the budget (budget less cost)"][2] == "30003.29",
              "budget left: %r" % summary["Left in the budget (budget less cost)"])
        check(summary["Pupils whose provision costs more than £6,000 a year"][2] == "1",
              "above £6,000: %r" % summary["Pupils whose provision costs more than £6,000 a year"])
        check(summary["Communication and interaction"][1:3] == ["3", "19269.75"],
              "communication: %r" % summary["Communication and interaction"])

        pupils = {row[0]: row for row in read_csv(os.path.join(csv_dir, "map-Pupils.csv")) if row}
        check(pupils["Chen, Sam"][9] == "Yes" and pupils["Chen, Sam"][8] == "18448.25",
              "Chen: %r" % pupils["Chen, Sam"])
        check(pupils["Total: 5 pupils"][7] == "19996.71" and pupils["Total: 5 pupils"][9] == "1",
              "pupils' total: %r" % pupils["Total: 5 pupils"])

        grid = read_csv(os.path.join(csv_dir, "map-Provision map.csv"))
        cost_row = [row for row in grid if row and row[0] == "All provision: cost"]
        check(cost_row and cost_row[0][-1] == "19996.71", "grid total: %r" % cost_row)

    print("ok: LibreOffice Calc opened, printed and read the workbook")


main()
