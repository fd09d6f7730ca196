#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads the provision map workbook back with openpyxl, as a governor's
# spreadsheet program would: the four sheets, the grid laid out like the
# screen (merged, tinted area headings; provisions with their pupils in each
# year group's cell; totals right and below), every provision and pupil with
# hand-worked costs, the totals a governor reads and the budget difference,
# each formula's stored value (read with data_only=True, as a program that
# does not recalculate would) checked against the formula worked out here,
# the pupils above £6,000 highlighted, frozen panes, filters, print setup,
# document properties, and the native chart (opened from the zip, as
# openpyxl does not load charts).
#
#   check-provision-xlsx.py BUILD/tests/io/test-provision-xlsx
#
# The test program writes the workbook for the hand-costed school of
# provision-test-school.h (today 22/11/2026).

import os
import re
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.utils import range_boundaries

MONEY = "£#,##0.00"
OVER_FILL = "F6D5D1"
AREAS = ["Communication and interaction", "Cognition and learning",
         "Social, emotional and mental health", "Sensory and/or physical", "Other"]
AREA_COLOURS = ["1A5FB4", "813D9C", "1D7A5A", "B84300", "5E5C64"]


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def near(a, b):
    return a is not None and b is not None and abs(a - b) < 0.005


def fill_of(cell):
    fill = cell.fill
    if fill is None or fill.fill_type != "solid":
        return None
    rgb = fill.fgColor.rgb if fill.fgColor is not None else None
    return rgb[-6:].upper() if isinstance(rgb, str) else None


def write(program, folder, name, *options):
    target = os.path.join(folder, name)
    done = subprocess.run([program, "--write-sample", target] + list(options),
                          capture_output=True, text=True)
    check(done.returncode == 0, "%s was not written: %s" % (name, done.stderr))
    check(done.stderr == "", "%s: the program said %r" % (name, done.stderr))
    return target


def load(path):
    """The workbook twice: with its formulas, and with their stored values."""
    return openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True)


# A small evaluator for the formulas Sendco writes, so each stored value can
# be checked against what the formula gives from the cells it reads.

def cells(sheet, ref):
    ref = ref.replace("$", "")
    if ":" not in ref:
        return [sheet[ref].value]
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    return [sheet.cell(row=r, column=c).value
            for r in range(min_row, max_row + 1) for c in range(min_col, max_col + 1)]


def value_of(formulas, values, ref):
    """A cell's value: a constant, or its own formula worked out."""
    ref = ref.replace("$", "")
    cell = formulas[ref]
    if isinstance(cell.value, str) and cell.value.startswith("="):
        return evaluate(formulas, values, cell.value)
    return cell.value


def evaluate(formulas, values, formula):
    body = formula[1:]
    m = re.fullmatch(r"SUM\(([A-Z$0-9:]+)\)", body)
    if m:
        min_col, min_row, max_col, max_row = range_boundaries(m.group(1).replace("$", ""))
        total = 0
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                v = value_of(formulas, values, formulas.cell(row=r, column=c).coordinate)
                total += v if isinstance(v, (int, float)) else 0
        return total
    m = re.fullmatch(r'COUNTIF\(([A-Z$0-9:]+),"([^"]*)"\)', body)
    if m:
        return sum(1 for v in cells(formulas, m.group(1)) if v == m.group(2))
    m = re.fullmatch(r"IF\((\$?[A-Z]+\$?[0-9]+)=0,0,(\$?[A-Z]+\$?[0-9]+)/(\$?[A-Z]+\$?[0-9]+)\)",
                     body)
    if m:
        whole = value_of(formulas, values, m.group(1))
        return 0 if whole == 0 else value_of(formulas, values, m.group(2)) / \
            value_of(formulas, values, m.group(3))
    m = re.fullmatch(r"(\$?[A-Z]+\$?[0-9]+)-(\$?[A-Z]+\$?[0-9]+)", body)
    if m:
        return value_of(formulas, values, m.group(1)) - value_of(formulas, values, m.group(2))
    m = re.fullmatch(r"(\$?[A-Z]+\$?[0-9]+)", body)
    if m:
        return value_of(formulas, values, m.group(1))
    fail("a formula this check cannot work out: %s" % formula)


def check_formulas(book, values_book):
    """Every formula has a stored value, and it is what the formula gives."""
    count = 0
    for sheet in book:
        values = values_book[sheet.title]
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    stored = values[cell.coordinate].value
                    check(isinstance(stored, (int, float)),
                          "%s!%s %s has no stored value (%r)"
                          % (sheet.title, cell.coordinate, cell.value, stored))
                    worked = evaluate(sheet, values, cell.value)
                    check(near(stored, worked),
                          "%s!%s %s stores %r but gives %r"
                          % (sheet.title, cell.coordinate, cell.value, stored, worked))
                    count += 1
    return count


def find_row(sheet, text, column=1, after=1):
    for r in range(after, sheet.max_row + 1):
        if sheet.cell(row=r, column=column).value == text:
            return r
    fail("%s: no row %r in column %d" % (sheet.title, text, column))


def row_values(sheet, r, first=1, last=None):
    last = last or sheet.max_column
    return [sheet.cell(row=r, column=c).value for c in range(first, last + 1)]


def check_print(sheet, title_rows, title_cols=None):
    check(sheet.page_setup.orientation == "landscape",
          "%s: orientation %r" % (sheet.title, sheet.page_setup.orientation))
    check(str(sheet.page_setup.paperSize) == "9",
          "%s: paper %r" % (sheet.title, sheet.page_setup.paperSize))
    check(sheet.sheet_properties.pageSetUpPr.fitToPage, "%s: not fitted to the page" % sheet.title)
    check(int(sheet.page_setup.fitToWidth or 1) == 1,
          "%s: fit to %r wide" % (sheet.title, sheet.page_setup.fitToWidth))
    check((sheet.print_title_rows or "").replace("$", "") == title_rows,
          "%s: print titles %r" % (sheet.title, sheet.print_title_rows))
    if title_cols:
        check((sheet.print_title_cols or "").replace("$", "") == title_cols,
              "%s: print title columns %r" % (sheet.title, sheet.print_title_cols))
    check("Page &P of &N" in (sheet.oddFooter.right.text or ""),
          "%s: footer %r" % (sheet.title, sheet.oddFooter.right.text))


def check_map_sheet(sheet, values):
    check(sheet["A1"].value == "Provision map", "title %r" % sheet["A1"].value)
    check(sheet["A1"].font.b and sheet["A1"].font.sz >= 16, "the title is not large and bold")
    check(sheet["A2"].value == "Riverside Primary", "school %r" % sheet["A2"].value)
    check(sheet["A3"].value == "School year 2026 to 2027 · 01/09/2026 to 31/08/2027 · made on "
          "22/11/2026", "period %r" % sheet["A3"].value)
    check(sheet["A4"].value == "£1,959.21 on additional provision for 5 pupils · budget "
          "£50,000.00", "summary %r" % sheet["A4"].value)

    check(row_values(sheet, 6, 1, 6) == ["Area of need and wave", "Reception", "Year 3", "Year 6",
                                         "Pupils", "Cost"], "header %r" % row_values(sheet, 6))
    check(all(sheet.cell(row=6, column=c).font.b for c in range(1, 7)), "the header is not bold")

    merged = [str(r) for r in sheet.merged_cells.ranges]
    for ref in ["A1:F1", "A2:F2", "A7:D7", "A9:D9"]:
        check(ref in merged, "%s is not merged: %s" % (ref, merged))

    # Area headings: merged across the year groups, in the area's colour
    for r, area, pupils, cost in [(7, 0, 3, 1232.25), (9, 1, 2, 726.96)]:
        check(sheet.cell(row=r, column=1).value == AREAS[area],
              "row %d: %r" % (r, sheet.cell(row=r, column=1).value))
        for c in (1, 5, 6):  # openpyxl drops the style of cells under a merge
            check(fill_of(sheet.cell(row=r, column=c)) == AREA_COLOURS[area],
                  "row %d column %d: fill %r" % (r, c, fill_of(sheet.cell(row=r, column=c))))
        check(sheet.cell(row=r, column=1).font.b, "row %d: heading not bold" % r)
        check(sheet.cell(row=r, column=5).value == pupils, "row %d: pupils" % r)
        check(near(sheet.cell(row=r, column=6).value, cost), "row %d: cost" % r)
        check(sheet.cell(row=r, column=6).number_format == MONEY, "row %d: money format" % r)

    # Waves: the area's tint, the provisions in each cell with their pupils
    # and the cost at the foot; the band's pupils and cost on the right
    expected = {
        8: ["Wave 2: targeted\n1 provision", "Talk Boost (2)\n£821.50", "Talk Boost (1)\n£410.75",
            None, 3, 1232.25],
        10: ["Wave 3: specialist\n1 provision", None, "Reading one-to-one (1)\n£436.18",
             "Reading one-to-one (1)\n£290.78", 2, 726.96],
        11: ["All provision: pupils\nEach pupil counted once", 2, 2, 1, 5, None],
        12: ["All provision: cost", 821.5, 846.93, 290.78, None, "=SUM(B12:D12)"],
    }
    for r, want in expected.items():
        got = row_values(sheet, r, 1, 6)
        for c, (g, e) in enumerate(zip(got, want)):
            ok = near(g, e) if isinstance(e, float) else g == e
            check(ok, "Provision map row %d column %d: %r, expected %r" % (r, c + 1, g, e))
    check(fill_of(sheet["A8"]) == "E8EFF8", "wave tint %r" % fill_of(sheet["A8"]))
    check(sheet["A8"].border.left.color.rgb[-6:].upper() == AREA_COLOURS[0]
          and sheet["A8"].border.left.style == "thick", "the wave has no stripe in its colour")
    check(sheet["B8"].alignment.wrap_text, "cells do not wrap")
    check(sheet["B8"].border.top.style == "thin" and sheet["B8"].border.right.style == "thin",
          "cells have no borders")
    check(sheet.row_dimensions[8].height >= 30, "row 8 is %r high" % sheet.row_dimensions[8].height)

    # The grand total, a formula with its value
    check(near(values["F12"].value, 19.5921 * 100), "grand total %r" % values["F12"].value)
    check(sheet["F12"].number_format == MONEY, "grand total format %r" % sheet["F12"].number_format)
    check(sheet["F12"].font.b, "the grand total is not bold")

    check(sheet.freeze_panes == "B7", "freeze panes %r" % sheet.freeze_panes)
    key = find_row(sheet, "Key")
    check([sheet.cell(row=key + 1 + i, column=1).value for i in range(5)] == AREAS,
          "the key's areas")
    check_print(sheet, "6:6", "A:A")


PROVISIONS = [
    # name, area, wave, staff, role, hourly, group, sessions, minutes, weeks, pupils, groups,
    # session, week, term, year, resources, per pupil
    ["Talk Boost", AREAS[0], 2, "Jo Taylor", "Teaching assistant (TA)", 18.5, 6, 3, 30, 39, 3, 1,
     9.25, 31.6, 410.75, 1232.25, 150, 410.75],
    ["Reading one-to-one", AREAS[1], 3, "Priya Shah", "Higher level teaching assistant (HLTA)",
     22.37, 1, 1, 25, 39, 2, 2, 9.32, 18.64, 242.32, 726.96, 0, 363.48],
]


def check_provisions_sheet(sheet, values):
    check(sheet["A1"].value == "Provisions — Riverside Primary — School year 2026 to 2027",
          "title %r" % sheet["A1"].value)
    check(row_values(sheet, 2) == [
        "Provision", "Area of need", "Wave", "Delivered by", "Role", "Hourly cost", "Group size",
        "Sessions a week", "Minutes a session", "Weeks", "Pupils", "Groups", "Cost a session",
        "Cost a week", "Cost a term", "Cost this school year", "Resources a year",
        "Cost per pupil"], "header %r" % row_values(sheet, 2))
    for i, want in enumerate(PROVISIONS):
        got = row_values(sheet, 3 + i)
        for c, (g, e) in enumerate(zip(got, want)):
            ok = near(g, e) if isinstance(e, float) else g == e
            check(ok, "Provisions row %d column %d: %r, expected %r" % (3 + i, c + 1, g, e))
        for c in [6] + list(range(13, 19)):
            check(sheet.cell(row=3 + i, column=c).number_format == MONEY,
                  "Provisions row %d column %d: format %r"
                  % (3 + i, c, sheet.cell(row=3 + i, column=c).number_format))
    check(sheet["A5"].value == "Total: 2 provisions", "total label %r" % sheet["A5"].value)
    for ref, formula, value in [("N5", "=SUM(N3:N4)", 50.24), ("O5", "=SUM(O3:O4)", 653.07),
                                ("P5", "=SUM(P3:P4)", 1959.21), ("Q5", "=SUM(Q3:Q4)", 150)]:
        check(sheet[ref].value == formula, "%s: %r" % (ref, sheet[ref].value))
        check(near(values[ref].value, value), "%s stores %r" % (ref, values[ref].value))
        check(sheet[ref].font.b, "%s is not bold" % ref)
    check(sheet.auto_filter.ref == "A2:R4", "autofilter %r" % sheet.auto_filter.ref)
    check(sheet.freeze_panes == "B3", "freeze panes %r" % sheet.freeze_panes)
    check_print(sheet, "1:2")


PUPILS = [
    ["Adams, Sam", "R", "SEN support", "SLCN", 1, "Talk Boost", 90, 410.75, 410.75, None],
    ["Brown, Sam", "R", "SEN support", "SLCN", 1, "Talk Boost", 90, 410.75, 410.75, None],
    ["Chen, Sam", 3, "EHC plan", "ASD", 1, "Talk Boost", 90, 410.75, 410.75, None],
    ["Davies, Sam", 3, "SEN support", "SPLD", 1, "Reading one-to-one", 25, 436.18, 436.18, None],
    ["Evans, Sam", 6, "SEN support", "SEMH", 1, "Reading one-to-one", 25, 290.78, 290.78, None],
]


def check_pupils_sheet(sheet, values, pupils, total, over):
    check(row_values(sheet, 2) == [
        "Pupil", "Year", "SEN status", "Primary need", "Provisions", "Their provisions",
        "Minutes a week", "Cost this school year", "All provision in the school year",
        "Above £6,000"], "header %r" % row_values(sheet, 2))
    for i, want in enumerate(pupils):
        r = 3 + i
        got = row_values(sheet, r)
        for c, (g, e) in enumerate(zip(got, want)):
            ok = near(g, e) if isinstance(e, float) else g == e
            check(ok, "Pupils row %d column %d: %r, expected %r" % (r, c + 1, g, e))
        flagged = want[9] == "Yes"
        for c in range(1, 11):
            check(fill_of(sheet.cell(row=r, column=c)) == (OVER_FILL if flagged else None),
                  "Pupils row %d column %d: fill %r" % (r, c, fill_of(sheet.cell(row=r, column=c))))
        check(sheet.cell(row=r, column=8).number_format == MONEY, "Pupils row %d: format" % r)
    t = 3 + len(pupils)
    check(sheet.cell(row=t, column=1).value == "Total: %d pupils" % len(pupils),
          "total label %r" % sheet.cell(row=t, column=1).value)
    check(sheet.cell(row=t, column=8).value == "=SUM(H3:H%d)" % (t - 1), "pupils' total formula")
    check(near(values.cell(row=t, column=8).value, total),
          "pupils' total %r" % values.cell(row=t, column=8).value)
    check(sheet.cell(row=t, column=10).value == '=COUNTIF(J3:J%d,"Yes")' % (t - 1),
          "count above £6,000: %r" % sheet.cell(row=t, column=10).value)
    check(values.cell(row=t, column=10).value == over,
          "pupils above £6,000: %r" % values.cell(row=t, column=10).value)
    check(sheet.auto_filter.ref == "A2:J%d" % (t - 1), "autofilter %r" % sheet.auto_filter.ref)
    check(sheet.freeze_panes == "B3", "freeze panes %r" % sheet.freeze_panes)
    check_print(sheet, "1:2")


def check_summary_sheet(sheet, values, total, by_area, budget_left, over, first_year="Reception"):
    check(sheet["A1"].value == "Provision map summary — Riverside Primary",
          "title %r" % sheet["A1"].value)
    r = find_row(sheet, "Cost of additional provision")
    check(near(values.cell(row=r, column=3).value, total),
          "headline total %r" % values.cell(row=r, column=3).value)
    check(str(sheet.cell(row=r, column=3).value).startswith("="), "the headline is not a formula")
    r = find_row(sheet, "SEN budget for the year, as entered in Sendco")
    check(sheet.cell(row=r, column=3).value == 50000, "budget %r" % sheet.cell(row=r, column=3).value)
    r = find_row(sheet, "Left in the budget (budget less cost)")
    check(sheet.cell(row=r, column=3).value == "=C%d-C%d" % (r - 1, r - 3),
          "difference formula %r" % sheet.cell(row=r, column=3).value)
    check(near(values.cell(row=r, column=3).value, budget_left),
          "budget left %r" % values.cell(row=r, column=3).value)
    check(sheet.cell(row=r, column=3).number_format == "£#,##0.00;[Red]-£#,##0.00",
          "difference format %r" % sheet.cell(row=r, column=3).number_format)
    r = find_row(sheet, "Pupils whose provision costs more than £6,000 a year")
    check(sheet.cell(row=r, column=3).value == over, "above £6,000 %r" % sheet.cell(row=r, column=3).value)

    heading = find_row(sheet, "Cost by area of need")
    check(row_values(sheet, heading + 1, 1, 4) == ["Area of need", "Pupils", "Cost",
                                                   "Share of cost"], "area header")
    first = heading + 2
    for i, (area, (pupils, cost)) in enumerate(zip(AREAS, by_area)):
        got = row_values(values, first + i, 1, 4)
        check(got[0] == area and got[1] == pupils and near(got[2], cost),
              "area row %d: %r" % (first + i, got))
        check(near(got[3], cost / total), "area row %d share %r" % (first + i, got[3]))
    t = first + 5
    check(sheet.cell(row=t, column=1).value == "All provision", "area total label")
    check(sheet.cell(row=t, column=3).value == "=SUM(C%d:C%d)" % (first, t - 1), "area sum")
    check(near(values.cell(row=t, column=3).value, total), "area total")
    check(near(values.cell(row=t, column=4).value, 1.0), "shares add to 100%")

    waves = find_row(sheet, "Cost by wave")
    check([sheet.cell(row=waves + 2 + i, column=1).value for i in range(3)]
          == ["Wave 1: universal", "Wave 2: targeted", "Wave 3: specialist"], "wave rows")
    years = find_row(sheet, "Cost by year group")
    check(sheet.cell(row=years + 2, column=1).value == first_year,
          "first year group %r" % sheet.cell(row=years + 2, column=1).value)
    return first


def check_chart(path, first):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        check("xl/charts/chart1.xml" in names, "no chart in %s" % names)
        chart = z.read("xl/charts/chart1.xml").decode("utf-8")
        check("<c:barChart>" in chart, "not a bar chart")
        check("Cost by area of need" in chart, "the chart has no title")
        check("<a:t>Area of need</a:t>" in chart and "<a:t>Cost (£)</a:t>" in chart,
              "the chart's axes have no titles")
        check("Summary!$A$%d:$A$%d" % (first, first + 4) in chart,
              "the categories are not the Summary's areas")
        check("Summary!$C$%d:$C$%d" % (first, first + 4) in chart,
              "the values are not the Summary's costs")
        check('formatCode="£#,##0"' in chart, "the values are not in pounds")
        check("<c:v>1232.25</c:v>" in chart, "the chart has no cached values")
        # on the Summary sheet (the fourth)
        rels = z.read("xl/worksheets/_rels/sheet4.xml.rels").decode("utf-8")
        check("drawing1.xml" in rels, "the chart is not on the Summary sheet")
        drawing_rels = z.read("xl/drawings/_rels/drawing1.xml.rels").decode("utf-8")
        check("chart1.xml" in drawing_rels, "the drawing does not hold the chart")
        app = z.read("docProps/app.xml").decode("utf-8")
        check("<Company>Riverside Primary</Company>" in app, "company: %s" % app)


def main():
    if len(sys.argv) != 2:
        fail("usage: check-provision-xlsx.py TEST-PROGRAM")
    program = os.path.abspath(sys.argv[1])

    with tempfile.TemporaryDirectory(prefix="sendco-xlsx-") as folder:
        # The hand-costed school: £1,959.21 against £50,000
        path = write(program, folder, "map.xlsx")
        book, values = load(path)
        check(book.sheetnames == ["Provision map", "Provisions", "Pupils", "Summary"],
              "sheets: %s" % book.sheetnames)
        check(book.active.title == "Provision map", "opens on %r" % book.active.title)
        props = book.properties
        check(props.title == "Provision map: Riverside Primary", "title %r" % props.title)
        check(props.creator == "Sendco", "author %r" % props.creator)
        check(props.subject == "Costed provision map, School year 2026 to 2027",
              "subject %r" % props.subject)
        formulas = check_formulas(book, values)
        check(formulas >= 20, "only %d formulas" % formulas)
        check_map_sheet(book["Provision map"], values["Provision map"])
        check_provisions_sheet(book["Provisions"], values["Provisions"])
        check_pupils_sheet(book["Pupils"], values["Pupils"], PUPILS, 1959.21, 0)
        first = check_summary_sheet(book["Summary"], values["Summary"], 1959.21,
                                    [(3, 1232.25), (2, 726.96), (0, 0), (0, 0), (0, 0)],
                                    48040.79, 0)
        check_chart(path, first)

        # Chen with a full-time one-to-one TA: £18,448.25 this year, above £6,000
        path = write(program, folder, "over.xlsx", "--over-threshold")
        book, values = load(path)
        check_formulas(book, values)
        over = [list(p) for p in PUPILS]
        over[2] = ["Chen, Sam", 3, "EHC plan", "ASD", 2, "Talk Boost, One-to-one support", 1590,
                   18448.25, 18448.25, "Yes"]
        check_pupils_sheet(book["Pupils"], values["Pupils"], over, 19996.71, 1)
        check(book["Pupils"]["A5"].font.b, "the pupil above £6,000 is not in bold")
        check_summary_sheet(book["Summary"], values["Summary"], 19996.71,
                            [(3, 19269.75), (2, 726.96), (0, 0), (0, 0), (0, 0)], 30003.29, 1)
        check(book["Provision map"]["A4"].value == "£19,996.71 on additional provision for 5 "
              "pupils · 1 pupil above £6,000 · budget £50,000.00",
              "summary %r" % book["Provision map"]["A4"].value)

        # This term, cognition only, made in a thread with its own connection
        path = write(program, folder, "term.xlsx", "--async", "--period", "term", "--area",
                     "cognition")
        book, values = load(path)
        check_formulas(book, values)
        grid = book["Provision map"]
        check(grid["A3"].value.startswith("Autumn term 2026 · 01/09/2026 to 31/12/2026"),
              "period %r" % grid["A3"].value)
        check(grid["A7"].value == "Cognition and learning", "area %r" % grid["A7"].value)
        check(row_values(grid, 6, 1, 4) == ["Area of need and wave", "Year 3", "Pupils", "Cost"],
              "header %r" % row_values(grid, 6))
        provisions = book["Provisions"]
        check(provisions["P2"].value == "Cost this term", "header %r" % provisions["P2"].value)
        check(provisions["A3"].value == "Reading one-to-one" and provisions["A4"].value
              == "Total: 1 provision", "provisions %r" % provisions["A3"].value)
        # Davies alone this term: one group, 932 × 13 weeks
        check(near(values["Provisions"]["P4"].value, 121.16),
              "term total %r" % values["Provisions"]["P4"].value)
        check(near(values["Provisions"]["O3"].value, 121.16), "term column")
        check_summary_sheet(book["Summary"], values["Summary"], 121.16,
                            [(0, 0), (1, 121.16), (0, 0), (0, 0), (0, 0)], 49878.84, 0,
                            "Year 3")

        check(sorted(os.listdir(folder)) == ["map.xlsx", "over.xlsx", "term.xlsx"],
              "files left beside the workbooks: %s" % os.listdir(folder))

    print("ok: %d formulas checked against their stored values" % formulas)


main()
