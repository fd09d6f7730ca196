#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads the reviews and deadlines workbook back with openpyxl, as a governor's
# spreadsheet program would: the sheet, its title and header, every row's
# values (real dates, day counts, pupils, rules), the fills that mark overdue
# and soon rows, the frozen header, the filter and the print setup.
#
#   check-deadlines-xlsx.py BUILD/tests/io/test-deadlines-export
#
# The test program writes the workbook for a school whose deadlines are known
# (today 22/11/2026): see make_school() in test-deadlines-export.c.

import datetime
import os
import subprocess
import sys
import tempfile

import openpyxl

HEADER = ["Due", "Days", "Pupil", "Year", "What is due", "Kind", "Owner", "Rule", "Note"]

# (due, days, pupil, year, what is due, kind, owner, note)
ROWS = [
    ("2026-10-15", -38, "Khan, Ali", 5,
     "Start gathering the views of the child, parents and professionals",
     "Annual review", "School", None),
    ("2026-11-16", -6, "Okafor, Chidi", 6,
     "Send the review report to the LA and everyone invited",
     "Annual review", "School", None),
    ("2026-11-16", -6, "Patel, Maya", 3,
     "The LA decides whether to assess and tells the parents",
     "EHC needs assessment", "Local authority", None),
    ("2026-11-26", 4, "Khan, Ali", 5, "Send invitations and requests for advice",
     "Annual review", "School", None),
    ("2026-11-26", 4, "Khan, Ali", 5, "Circulate the advice and information to everyone invited",
     "Annual review", "School", None),
    ("2026-11-30", 8, "Okafor, Chidi", 6,
     "The LA decides to keep, amend or cease the plan and tells the parents",
     "Annual review", "Local authority", None),
    ("2026-12-01", 9, "Khan, Ali", 5,
     "The annual review is due, but the meeting is planned later",
     "Annual review", "School", "Meeting planned for 10/12/2026"),
    ("2026-12-10", 18, "Khan, Ali", 5, "Hold the annual review meeting",
     "Annual review", "School", None),
    ("2026-12-14", 22, "Jones, Ben", 4, "Review the support plan (cycle 1)",
     "Support plan review", "School", None),
    ("2026-12-20", 28, "Patel, Maya", 3, "Meet the parents this term (0 meetings so far this year)",
     "Parent meeting", "School", None),
    ("2027-02-15", 85, "Okafor, Chidi", 6,
     "Review and amend the plan, naming the new setting, before the transfer",
     "Phase transfer", "Local authority", None),
    ("2027-02-22", 92, "Patel, Maya", 3, "The final EHC plan is issued",
     "EHC needs assessment", "Local authority",
     "Exception recorded: the child was away for 4 weeks or more"),
    ("2027-11-02", 345, "Okafor, Chidi", 6,
     "Plan and hold the annual review (no meeting planned yet)",
     "Annual review", "School", None),
]

OVERDUE_FILL = "F6D5D1"
SOON_FILL = "FCEBC2"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def fill_of(cell):
    fill = cell.fill
    if fill is None or fill.fill_type != "solid":
        return None
    rgb = fill.fgColor.rgb if fill.fgColor is not None else None
    return rgb[-6:].upper() if isinstance(rgb, str) else None


def main():
    if len(sys.argv) != 2:
        fail("usage: check-deadlines-xlsx.py TEST-PROGRAM")

    with tempfile.TemporaryDirectory(prefix="sendco-xlsx-") as folder:
        target = os.path.join(folder, "deadlines.xlsx")
        done = subprocess.run([os.path.abspath(sys.argv[1]), "--write-sample", target],
                              capture_output=True, text=True)
        check(done.returncode == 0, "the workbook was not written: " + done.stderr)
        check(sorted(os.listdir(folder)) == ["deadlines.xlsx"],
              "files left beside the workbook: %s" % os.listdir(folder))

        book = openpyxl.load_workbook(target)
        check(book.sheetnames == ["Deadlines"], "sheets: %s" % book.sheetnames)
        sheet = book["Deadlines"]

        title = sheet["A1"].value
        check(title == "Oak Hill Primary — Reviews and deadlines — exported 22/11/2026",
              "title: %r" % title)
        check(sheet["A1"].font.b, "the title is not bold")
        check("A1:I1" in [str(r) for r in sheet.merged_cells.ranges],
              "the title is not across the table: %s" % sheet.merged_cells.ranges)

        header = [c.value for c in sheet[2]]
        check(header == HEADER, "header: %s" % header)
        check(all(c.font.b for c in sheet[2]), "the header is not bold")

        check(sheet.max_row == 2 + len(ROWS), "rows: %d" % (sheet.max_row - 2))
        for i, expected in enumerate(ROWS):
            row = sheet[3 + i]
            due, days, pupil, year, what, kind, owner, note = expected
            got_due = row[0].value
            check(isinstance(got_due, datetime.datetime),
                  "row %d: Due is not a date: %r" % (i + 3, got_due))
            check(got_due.date().isoformat() == due,
                  "row %d: Due %s, expected %s" % (i + 3, got_due.date(), due))
            check(row[0].number_format == "dd/mm/yyyy",
                  "row %d: date format %r" % (i + 3, row[0].number_format))
            values = [row[c].value for c in range(1, 9)]
            check(values[0] == days, "row %d: Days %r, expected %r" % (i + 3, values[0], days))
            check(values[1] == pupil, "row %d: Pupil %r" % (i + 3, values[1]))
            check(values[2] == year, "row %d: Year %r" % (i + 3, values[2]))
            check(values[3] == what, "row %d: What is due %r" % (i + 3, values[3]))
            check(values[4] == kind, "row %d: Kind %r" % (i + 3, values[4]))
            check(values[5] == owner, "row %d: Owner %r" % (i + 3, values[5]))
            check(isinstance(values[6], str) and len(values[6]) > 20,
                  "row %d: no rule: %r" % (i + 3, values[6]))
            check(values[7] == note, "row %d: Note %r, expected %r" % (i + 3, values[7], note))

            # Overdue red, within 14 days amber, later plain: the whole row
            expected_fill = OVERDUE_FILL if days < 0 else SOON_FILL if days <= 14 else None
            for cell in row:
                check(fill_of(cell) == expected_fill,
                      "row %d, %s: fill %r, expected %r"
                      % (i + 3, cell.coordinate, fill_of(cell), expected_fill))
            check(row[0].font.b == (expected_fill is not None),
                  "row %d: due date bold is %r" % (i + 3, row[0].font.b))

        # A known row, cell by cell, with the rule a SENDCO would quote
        final = sheet[14]
        check(final[7].value == "20 weeks from the LA receiving the request "
                                "(SEND Regulations 2014, reg. 13)",
              "rule: %r" % final[7].value)

        check(sheet.freeze_panes == "A3", "freeze panes: %r" % sheet.freeze_panes)
        check(sheet.auto_filter.ref == "A2:I%d" % (2 + len(ROWS)),
              "autofilter: %r" % sheet.auto_filter.ref)
        widths = {c: sheet.column_dimensions[c].width for c in "ABCDEFGHI"}
        check(widths["E"] > 30 and widths["H"] > 40 and widths["C"] > 15 and widths["B"] < 10,
              "column widths: %s" % widths)
        check(sheet.page_setup.orientation == "landscape",
              "orientation: %r" % sheet.page_setup.orientation)
        check(sheet.sheet_properties.pageSetUpPr.fitToPage, "not fitted to the page")
        # fitToWidth left out means 1, the default in the file format
        check(int(sheet.page_setup.fitToWidth or 1) == 1
              and sheet.page_setup.fitToHeight is not None
              and int(sheet.page_setup.fitToHeight) == 0,
              "fit to %r wide, %r tall"
              % (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight))
        check(str(sheet.page_setup.paperSize) == "9", "paper: %r" % sheet.page_setup.paperSize)
        check(sheet.print_title_rows.replace("$", "") == "1:2",
              "print titles: %r" % sheet.print_title_rows)

    print("ok: %d deadlines read back" % len(ROWS))


main()
