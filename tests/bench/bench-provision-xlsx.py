#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The side-by-side for the provision map XLSX export: python3-xlsxwriter
# (Debian's package, the same file format) writing the same workbook from the
# same data as Sendco's libxlsxwriter code.
#
# Runs bench-provision-xlsx (which times Sendco's export on the demo school
# and dumps the map it exported as JSON), then builds the same four sheets
# (the grid with its merged, tinted area headings and rich-text cells; the
# provisions and pupils tables with totals formulas carrying their values,
# filters and frozen panes; the summary with its breakdowns, the budget and
# the bar chart of cost by area of need) with xlsxwriter --runs times from
# the JSON already in memory, which is what Sendco's write step does from its
# snapshot. Prints one JSON object: xlsxwriter's median, Sendco's, and the
# ratio.
#
#   bench-provision-xlsx.py BUILD/tests/bench/bench-provision-xlsx
#                           [--pupils N] [--provisions N] [--runs N]

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import xlsxwriter
from xlsxwriter.utility import xl_range, xl_rowcol_to_cell

MONEY = "£#,##0.00"
MONEY_SIGNED = "£#,##0.00;[Red]-£#,##0.00"
INK, MUTED, LINE = "#232129", "#5E5C64", "#C0BFBC"
HEADER_FILL, TOTAL_FILL, GRAND_FILL = "#E4E7EB", "#F6F5F4", "#DEDDDA"
OVER_FILL, OVER_INK = "#F6D5D1", "#8F1D1D"
LINE_HEIGHT = 15.0
N_YEARS = 16


def money(pence):
    return pence / 100.0


def money_text(pence):
    return "£{:,.2f}".format(pence / 100.0)


def uk(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def lines_for(text, width):
    per_line = max(4, int(width * 1.2) - 2)
    return max(1, (len(text or "") + per_line - 1) // per_line)


def fit_width(chars, least, most):
    return min(max((chars + 2) / 1.2 + 1, least), most)


def year_index(year):
    return year + 1


class Formats:
    def __init__(self, book, data):
        def fmt(**props):
            base = {"font_name": "Calibri", "font_size": 11, "font_color": INK,
                    "valign": "top"}
            base.update(props)
            return book.add_format(base)

        border = {"border": 1, "border_color": LINE}
        header = dict(bold=True, bg_color=HEADER_FILL, text_wrap=True, valign="vcenter",
                      bottom=2, bottom_color=MUTED, **{k: v for k, v in border.items()})
        self.title = fmt(bold=True, font_size=18, valign="vcenter")
        self.school = fmt(bold=True, font_size=13, valign="vcenter")
        self.subtitle = fmt(font_color=MUTED, valign="vcenter")
        self.note = fmt(font_color=MUTED, font_size=10, text_wrap=True)
        self.key = fmt(bold=True, font_size=12)
        self.header = fmt(**header)
        self.header_number = fmt(align="right", **header)
        self.header_centre = fmt(align="center", **header)
        self.area, self.area_number, self.area_money, self.wave, self.key_area = [], [], [], [], []
        for area in data["areas"]:
            colour, tint = "#" + area["colour"], "#" + area["tint"]
            heading = dict(bold=True, font_color="#FFFFFF", bg_color=colour, valign="vcenter",
                           border=1, border_color=colour)
            self.area.append(fmt(font_size=12, **heading))
            self.area_number.append(fmt(num_format="0", **heading))
            self.area_money.append(fmt(num_format=MONEY, **heading))
            self.wave.append(fmt(bold=True, bg_color=tint, text_wrap=True, border=1,
                                 border_color=LINE, left=5, left_color=colour))
            self.key_area.append(fmt(bg_color=tint, valign="vcenter", border=1, border_color=LINE,
                                     left=5, left_color=colour))
        self.cell = fmt(text_wrap=True, **border)
        self.cell_count = fmt(bold=True, font_color=MUTED)
        self.cell_cost = fmt(italic=True, font_color=MUTED, font_size=10)
        self.wave_note = fmt(font_color=MUTED, font_size=10)
        self.band_pupils = fmt(num_format="0", **border)
        self.band_cost = fmt(bold=True, num_format=MONEY, **border)
        top = dict(top=2, top_color=MUTED)
        self.totals_label = fmt(bold=True, bg_color=TOTAL_FILL, text_wrap=True, border=1,
                                border_color=LINE, **top)
        self.totals_pupils = fmt(bg_color=TOTAL_FILL, num_format="0", border=1, border_color=LINE,
                                 **top)
        self.totals_cost = fmt(bold=True, bg_color=TOTAL_FILL, num_format=MONEY, **border)
        self.grand_pupils = fmt(bold=True, bg_color=GRAND_FILL, num_format="0", border=1,
                                border_color=LINE, **top)
        self.grand_cost = fmt(bold=True, font_size=12, bg_color=GRAND_FILL, num_format=MONEY,
                              border=2, border_color=MUTED)
        self.empty = fmt(italic=True, font_color=MUTED, valign="vcenter", **border)
        self.text = fmt()
        self.wrap = fmt(text_wrap=True)
        self.integer = fmt(num_format="0")
        self.centred = fmt(num_format="0", align="center")
        self.centred_text = fmt(align="center")
        self.decimal = fmt(num_format="0")
        self.money = fmt(num_format=MONEY)
        self.over_text = fmt(bg_color=OVER_FILL)
        self.over_wrap = fmt(bg_color=OVER_FILL, text_wrap=True)
        self.over_integer = fmt(bg_color=OVER_FILL, num_format="0")
        self.over_centred = fmt(bg_color=OVER_FILL, num_format="0", align="center")
        self.over_centred_text = fmt(bg_color=OVER_FILL, align="center")
        self.over_money = fmt(bg_color=OVER_FILL, num_format=MONEY, bold=True, font_color=OVER_INK)
        self.over_flag = fmt(bg_color=OVER_FILL, bold=True, font_color=OVER_INK)
        self.over_flag_centred = fmt(bg_color=OVER_FILL, bold=True, font_color=OVER_INK,
                                     align="center")
        self.total_label = fmt(bold=True, bg_color=TOTAL_FILL, **top)
        self.total_integer = fmt(bold=True, bg_color=TOTAL_FILL, num_format="0", **top)
        self.total_centred = fmt(bold=True, bg_color=TOTAL_FILL, num_format="0", align="center",
                                 **top)
        self.total_money = fmt(bold=True, bg_color=TOTAL_FILL, num_format=MONEY, **top)
        self.total_blank = fmt(bg_color=TOTAL_FILL, **top)
        self.section = fmt(bold=True, font_size=13, valign="bottom")
        self.percent = fmt(num_format="0.0%")
        self.total_percent = fmt(bold=True, bg_color=TOTAL_FILL, num_format="0.0%", **top)
        big = dict(font_size=12, valign="vcenter", bottom=1, bottom_color=LINE)
        self.big_label = fmt(**big)
        self.big_note = fmt(italic=True, font_color=MUTED, align="right", **big)
        self.big_money = fmt(bold=True, num_format=MONEY, **big)
        self.big_money_signed = fmt(bold=True, num_format=MONEY_SIGNED, **big)
        self.big_integer = fmt(bold=True, num_format="0", align="right", **big)


def period_line(data):
    if data["period"] == 2:
        return "%s · made on %s" % (data["period_label"], uk(data["made_on"]))
    return "%s · %s to %s · made on %s" % (data["period_label"], uk(data["from"]),
                                           uk(data["to"]), uk(data["made_on"]))


def period_cost_header(data):
    return ["Cost this term", "Cost this school year", "Cost a year"][data["period"]]


def set_print(sheet, data, first, last, what):
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(0.4, 0.4, 0.5, 0.6)
    sheet.repeat_rows(first, last)
    sheet.set_footer("&L%s · %s · %s&RPage &P of &N"
                     % (data["school"].replace("&", "&&"), what,
                        data["period_label"].replace("&", "&&")))


def tally(data):
    index = {p["id"]: i for i, p in enumerate(data["pupils"])}
    names = [[] for _ in data["pupils"]]
    seen = [0] * len(data["pupils"])
    area_pupils, wave_pupils = [0] * 5, [0] * 3
    for p in data["provisions"]:
        area_bit, wave_bit = 1 << p["area"], 1 << (5 + p["wave"] - 1)
        for pid in p["pupil_ids"]:
            i = index.get(pid)
            if i is None:
                continue
            names[i].append(p["name"])
            if not seen[i] & area_bit:
                area_pupils[p["area"]] += 1
            if not seen[i] & wave_bit:
                wave_pupils[p["wave"] - 1] += 1
            seen[i] |= area_bit | wave_bit
    return [", ".join(n) for n in names], area_pupils, wave_pupils


def write_map_sheet(book, f, data, area_pupils):
    sheet = book.add_worksheet("Provision map")
    years = data["years"]
    n_years = len(years)
    pupils_col, cost_col = 1 + n_years, 2 + n_years
    sheet.hide_gridlines(2)
    sheet.set_column(0, 0, 30)
    if n_years:
        sheet.set_column(1, n_years, 26)
    sheet.set_column(pupils_col, pupils_col, 10)
    sheet.set_column(cost_col, cost_col, 14)
    sheet.merge_range(0, 0, 0, cost_col, "Provision map", f.title)
    sheet.set_row(0, 30)
    sheet.merge_range(1, 0, 1, cost_col, data["school"], f.school)
    sheet.set_row(1, 20)
    sheet.merge_range(2, 0, 2, cost_col, period_line(data), f.subtitle)
    sheet.merge_range(3, 0, 3, cost_col, data["summary"], f.subtitle)
    sheet.set_row(4, 8)
    sheet.write_string(5, 0, "Area of need and wave", f.header)
    for c, year in enumerate(years):
        sheet.write_string(5, 1 + c, year["label"], f.header)
    sheet.write_string(5, pupils_col, "Pupils", f.header_number)
    sheet.write_string(5, cost_col, "Cost", f.header_number)
    sheet.set_row(5, 22)

    row = 6
    rows = data["rows"]
    for b, band in enumerate(rows):
        area = band["area"]
        if b == 0 or rows[b - 1]["area"] != area:
            sheet.merge_range(row, 0, row, n_years, data["areas"][area]["name"], f.area[area])
            sheet.write_number(row, pupils_col, area_pupils[area], f.area_number[area])
            sheet.write_number(row, cost_col, money(data["by_area"][area]), f.area_money[area])
            sheet.set_row(row, 21)
            row += 1
        n = band["n"]
        sheet.write_rich_string(row, 0, data["waves"][band["wave"] - 1], f.wave_note,
                                "\n%d provision%s" % (n, "" if n == 1 else "s"), f.wave[area])
        lines = 2
        for c, year in enumerate(years):
            y = year_index(year["year"])
            parts, cell_lines = [], 0
            for p in data["provisions"][band["first"]:band["first"] + n]:
                if p["pupils_by_year"][y]:
                    parts += [p["name"], f.cell_count, " (%d)\n" % p["pupils_by_year"][y]]
                    cell_lines += lines_for(p["name"], 22)
            if parts:
                parts += [f.cell_cost, money_text(band["cost_by_year"][y]), f.cell]
                sheet.write_rich_string(row, 1 + c, *parts)
                lines = max(lines, cell_lines + 1)
            else:
                sheet.write_blank(row, 1 + c, None, f.cell)
        sheet.write_number(row, pupils_col, band["pupils"], f.band_pupils)
        sheet.write_number(row, cost_col, money(band["cost"]), f.band_cost)
        sheet.set_row(row, LINE_HEIGHT * lines + 4)
        row += 1

    if not rows:
        sheet.merge_range(row, 0, row, cost_col, "No provision is running in this period.",
                          f.empty)
        row += 1

    sheet.write_string(row, 0, "All provision: pupils\nEach pupil counted once", f.totals_label)
    for c, year in enumerate(years):
        sheet.write_number(row, 1 + c, data["pupils_by_year"][year_index(year["year"])],
                           f.totals_pupils)
    sheet.write_number(row, pupils_col, data["pupils_total"], f.grand_pupils)
    sheet.write_blank(row, cost_col, None, f.totals_pupils)
    sheet.set_row(row, 2 * LINE_HEIGHT + 4)
    row += 1
    sheet.write_string(row, 0, "All provision: cost", f.totals_label)
    for c, year in enumerate(years):
        sheet.write_number(row, 1 + c, money(data["cost_by_year"][year_index(year["year"])]),
                           f.totals_cost)
    sheet.write_blank(row, pupils_col, None, f.totals_cost)
    if n_years:
        sheet.write_formula(row, cost_col, "=SUM(%s)" % xl_range(row, 1, row, n_years),
                            f.grand_cost, money(data["total"]))
    sheet.set_row(row, 22)
    row += 2

    sheet.merge_range(row, 0, row, cost_col, "Key", f.key)
    sheet.set_row(row, 20)
    row += 1
    for a, area in enumerate(data["areas"]):
        sheet.merge_range(row, 0, row, 1, area["name"], f.key_area[a])
        row += 1
    sheet.set_row(row, 6)
    row += 1
    notes = [
        "Each cell lists the provisions running for that year group and how many of its pupils "
        "receive each; the figure at the foot of the cell is their cost.",
        "Totals count each pupil once, however many provisions they receive.",
        "Costs are staff time at each member of staff’s hourly rate (on-costs included) plus "
        "resources and licences, for: %s." % data["period_label"],
        "Wave 1: quality-first teaching for all. Wave 2: targeted, small-group interventions. "
        "Wave 3: specialist and individual support.",
        "The sheets “Provisions” and “Pupils” list every provision and every pupil with their "
        "costs; “Summary” has the totals, the budget and a chart. Pupils whose additional "
        "provision costs more than £6,000 a year are highlighted on “Pupils”.",
    ]
    width = 30 + 26 * max(n_years, 1) + 24
    for note in notes:
        sheet.merge_range(row, 0, row, cost_col, note, f.note)
        sheet.set_row(row, 13.0 * lines_for(note, width * 1.15) + 3)
        row += 1

    sheet.freeze_panes(6, 1)
    set_print(sheet, data, 5, 5, "Provision map")
    sheet.repeat_columns(0, 0)
    sheet.activate()


def write_provisions_sheet(book, f, data):
    sheet = book.add_worksheet("Provisions")
    provisions = data["provisions"]
    columns = [("Provision", 28, "l"), ("Area of need", 22, "l"), ("Wave", 6, "c"),
               ("Delivered by", 18, "l"), ("Role", 22, "l"), ("Hourly cost", 10, "r"),
               ("Group size", 7, "c"), ("Sessions a week", 9, "c"), ("Minutes a session", 9, "c"),
               ("Weeks", 7, "c"), ("Pupils", 7, "c"), ("Groups", 7, "c"),
               ("Cost a session", 10, "r"), ("Cost a week", 11, "r"), ("Cost a term", 12, "r"),
               (period_cost_header(data), 13, "r"), ("Resources a year", 11, "r"),
               ("Cost per pupil", 11, "r")]
    widths = [c[1] for c in columns]
    areas = [a["name"] for a in data["areas"]]
    widths[0] = fit_width(max([len(p["name"]) for p in provisions] + [0]), 16, 40)
    widths[1] = fit_width(max([len(areas[p["area"]]) for p in provisions] + [0]), 12, 34)
    widths[3] = fit_width(max([len(p["staff"]) for p in provisions] + [0]), 12, 26)
    widths[4] = fit_width(max([len(p["role"]) for p in provisions] + [0]), 8, 40)
    heads = {"l": f.header, "r": f.header_number, "c": f.header_centre}
    n = len(provisions)
    sheet.merge_range(0, 0, 0, len(columns) - 1, "Provisions — %s — %s"
                      % (data["school"], data["period_label"]), f.school)
    sheet.set_row(0, 24)
    for c, (header, _, align) in enumerate(columns):
        sheet.set_column(c, c, widths[c])
        sheet.write_string(1, c, header, heads[align])
    sheet.set_row(1, 32)
    week = term = resources = 0
    for i, p in enumerate(provisions):
        row = 2 + i
        term_cost = p["year"] if data["period"] == 0 else p["term"]
        lines = max(lines_for(p["name"], widths[0]), lines_for(p["staff"], widths[3]),
                    lines_for(p["role"], widths[4]))
        sheet.write_string(row, 0, p["name"], f.wrap)
        sheet.write_string(row, 1, areas[p["area"]], f.wrap)
        sheet.write_number(row, 2, p["wave"], f.centred)
        sheet.write_string(row, 3, p["staff"], f.wrap)
        sheet.write_string(row, 4, p["role"], f.wrap)
        if lines > 1:
            sheet.set_row(row, LINE_HEIGHT * lines)
        sheet.write_number(row, 5, money(p["hourly"]), f.money)
        sheet.write_number(row, 6, p["group_size"], f.centred)
        sheet.write_number(row, 7, p["sessions"], f.centred)
        sheet.write_number(row, 8, p["minutes"], f.centred)
        sheet.write_number(row, 9, p["weeks"], f.centred)
        sheet.write_number(row, 10, sum(p["pupils_by_year"]), f.centred)
        sheet.write_number(row, 11, p["groups"], f.centred)
        sheet.write_number(row, 12, money(p["session"]), f.money)
        sheet.write_number(row, 13, money(p["week"]), f.money)
        sheet.write_number(row, 14, money(term_cost), f.money)
        sheet.write_number(row, 15, money(p["shown"]), f.money)
        sheet.write_number(row, 16, money(p["resources"]), f.money)
        sheet.write_number(row, 17, money(p["per_pupil"]), f.money)
        week += p["week"]
        term += term_cost
        resources += p["resources"]
    total = 2 + n
    for c in range(len(columns)):
        sheet.write_blank(total, c, None, f.total_blank)
    sheet.write_string(total, 0, "Total: %d provisions" % n, f.total_label)
    for c, value in [(13, week), (14, term), (15, data["total"]), (16, resources)]:
        sheet.write_formula(total, c, "=SUM(%s)" % xl_range(2, c, total - 1, c), f.total_money,
                            money(value))
    sheet.autofilter(1, 0, 1 + max(n, 1), len(columns) - 1)
    sheet.freeze_panes(2, 1)
    set_print(sheet, data, 0, 1, "Provisions")


def write_pupils_sheet(book, f, data, provision_names):
    sheet = book.add_worksheet("Pupils")
    pupils = data["pupils"]
    columns = [("Pupil", 26, "l"), ("Year", 6, "c"), ("SEN status", 13, "l"),
               ("Primary need", 9, "c"), ("Provisions", 10, "c"), ("Their provisions", 52, "l"),
               ("Minutes a week", 9, "r"), (period_cost_header(data), 14, "r"),
               ("All provision in the school year", 15, "r"), ("Above £6,000", 9, "c")]
    widths = [c[1] for c in columns]
    widths[0] = fit_width(max([len(p["name"]) for p in pupils] + [0]), 16, 34)
    widths[5] = fit_width(max([len(n) for n in provision_names] + [0]), 20, 60)
    heads = {"l": f.header, "r": f.header_number, "c": f.header_centre}
    sheet.merge_range(0, 0, 0, len(columns) - 1, "Pupils receiving additional provision — %s — %s"
                      % (data["school"], data["period_label"]), f.school)
    sheet.set_row(0, 24)
    for c, (header, _, align) in enumerate(columns):
        sheet.set_column(c, c, widths[c])
        sheet.write_string(1, c, header, heads[align])
    sheet.set_row(1, 32)
    places = minutes = year_total = 0
    for i, pupil in enumerate(pupils):
        row, over = 2 + i, pupil["over"]
        sheet.write_string(row, 0, pupil["name"], f.over_flag if over else f.wrap)
        if pupil["year"] >= 1:
            sheet.write_number(row, 1, pupil["year"], f.over_centred if over else f.centred)
        else:
            sheet.write_string(row, 1, pupil["year_short"],
                               f.over_centred_text if over else f.centred_text)
        sheet.write_string(row, 2, pupil["status"], f.over_text if over else f.text)
        if pupil["need"]:
            sheet.write_string(row, 3, pupil["need"],
                               f.over_centred_text if over else f.centred_text)
        else:
            sheet.write_blank(row, 3, None, f.over_centred_text if over else f.centred_text)
        sheet.write_number(row, 4, pupil["n_provisions"], f.over_centred if over else f.centred)
        sheet.write_string(row, 5, provision_names[i], f.over_wrap if over else f.wrap)
        lines = max(lines_for(provision_names[i], widths[5]), lines_for(pupil["name"], widths[0]))
        if lines > 1:
            sheet.set_row(row, LINE_HEIGHT * lines)
        sheet.write_number(row, 6, pupil["minutes"], f.over_integer if over else f.decimal)
        sheet.write_number(row, 7, money(pupil["total"]), f.over_money if over else f.money)
        sheet.write_number(row, 8, money(pupil["year_total"]), f.over_money if over else f.money)
        if over:
            sheet.write_string(row, 9, "Yes", f.over_flag_centred)
        else:
            sheet.write_blank(row, 9, None, f.text)
        places += pupil["n_provisions"]
        minutes += pupil["minutes"]
        year_total += pupil["year_total"]
    n = len(pupils)
    total = 2 + n
    for c in range(len(columns)):
        sheet.write_blank(total, c, None, f.total_blank)
    sheet.write_string(total, 0, "Total: %d pupils" % n, f.total_label)
    sheet.write_formula(total, 4, "=SUM(%s)" % xl_range(2, 4, total - 1, 4), f.total_centred,
                        places)
    sheet.write_formula(total, 6, "=SUM(%s)" % xl_range(2, 6, total - 1, 6), f.total_integer,
                        minutes)
    sheet.write_formula(total, 7, "=SUM(%s)" % xl_range(2, 7, total - 1, 7), f.total_money,
                        money(data["total"]))
    sheet.write_formula(total, 8, "=SUM(%s)" % xl_range(2, 8, total - 1, 8), f.total_money,
                        money(year_total))
    sheet.write_formula(total, 9, '=COUNTIF(%s,"Yes")' % xl_range(2, 9, total - 1, 9),
                        f.total_centred, data["over_threshold"])
    sheet.autofilter(1, 0, 1 + max(n, 1), len(columns) - 1)
    sheet.freeze_panes(2, 1)
    set_print(sheet, data, 0, 1, "Pupils")


def write_breakdown(sheet, f, data, row, heading, first_header, labels, pupils, costs):
    sheet.write_string(row, 0, heading, f.section)
    sheet.set_row(row, 24)
    row += 1
    sheet.write_string(row, 0, first_header, f.header)
    sheet.write_string(row, 1, "Pupils", f.header_number)
    sheet.write_string(row, 2, "Cost", f.header_number)
    sheet.write_string(row, 3, "Share of cost", f.header_number)
    row += 1
    first, total_row = row, row + len(labels)
    total_cell = xl_rowcol_to_cell(total_row, 2, True, True)
    for i, label in enumerate(labels):
        sheet.write_string(row, 0, label, f.text)
        sheet.write_number(row, 1, pupils[i], f.integer)
        sheet.write_number(row, 2, money(costs[i]), f.money)
        sheet.write_formula(row, 3, "=IF(%s=0,0,%s/%s)" % (total_cell, xl_rowcol_to_cell(row, 2),
                                                           total_cell), f.percent,
                            costs[i] / data["total"] if data["total"] else 0)
        row += 1
    sheet.write_string(row, 0, "All provision", f.total_label)
    sheet.write_number(row, 1, data["pupils_total"], f.total_integer)
    sheet.write_formula(row, 2, "=SUM(%s)" % xl_range(first, 2, total_row - 1, 2), f.total_money,
                        money(data["total"]))
    sheet.write_formula(row, 3, "=SUM(%s)" % xl_range(first, 3, total_row - 1, 3),
                        f.total_percent, 1.0 if data["total"] else 0.0)
    return row + 2, first


def write_summary_sheet(book, f, data, area_pupils, wave_pupils):
    sheet = book.add_worksheet("Summary")
    sheet.hide_gridlines(2)
    for c, width in enumerate([40, 10, 15, 14, 3]):
        sheet.set_column(c, c, width)
    sheet.write_string(0, 0, "Provision map summary — %s" % data["school"], f.title)
    sheet.set_row(0, 30)
    sheet.write_string(1, 0, period_line(data), f.subtitle)
    row = 3
    sheet.write_string(row, 0, "Against the budget", f.section)
    sheet.set_row(row, 24)
    row += 1
    total_row = row
    sheet.write_string(row, 0, "Cost of additional provision", f.big_label)
    sheet.write_blank(row, 1, None, f.big_label)
    row += 1
    sheet.write_string(row, 0, "Pupils receiving additional provision", f.big_label)
    sheet.write_blank(row, 1, None, f.big_label)
    sheet.write_number(row, 2, data["pupils_total"], f.big_integer)
    row += 1
    budget_row = row
    sheet.write_string(row, 0, "SEN budget for the year, as entered in Sendco", f.big_label)
    sheet.write_blank(row, 1, None, f.big_label)
    if data["budget"] > 0:
        sheet.write_number(row, 2, money(data["budget"]), f.big_money)
    else:
        sheet.write_string(row, 2, "Not set", f.big_note)
    row += 1
    sheet.write_string(row, 0, "Left in the budget (budget less cost)", f.big_label)
    sheet.write_blank(row, 1, None, f.big_label)
    if data["budget"] > 0:
        sheet.write_formula(row, 2, "=%s-%s" % (xl_rowcol_to_cell(budget_row, 2),
                                                xl_rowcol_to_cell(total_row, 2)),
                            f.big_money_signed, money(data["budget"] - data["total"]))
    else:
        sheet.write_blank(row, 2, None, f.big_label)
    row += 1
    sheet.write_string(row, 0, "Pupils whose provision costs more than £6,000 a year",
                       f.big_label)
    sheet.write_blank(row, 1, None, f.big_label)
    sheet.write_number(row, 2, data["over_threshold"], f.big_integer)
    row += 2

    row, area_first = write_breakdown(sheet, f, data, row, "Cost by area of need", "Area of need",
                                      [a["name"] for a in data["areas"]], area_pupils,
                                      data["by_area"])
    sheet.write_formula(total_row, 2, "=%s" % xl_rowcol_to_cell(area_first + 5, 2), f.big_money,
                        money(data["total"]))
    row, _ = write_breakdown(sheet, f, data, row, "Cost by wave", "Wave", data["waves"],
                             wave_pupils, data["by_wave"])
    years = data["years"]
    write_breakdown(sheet, f, data, row, "Cost by year group", "Year group",
                    [y["label"] for y in years],
                    [data["pupils_by_year"][year_index(y["year"])] for y in years],
                    [data["cost_by_year"][year_index(y["year"])] for y in years])

    chart = book.add_chart({"type": "bar"})
    chart.add_series({
        "name": "Cost",
        "categories": ["Summary", area_first, 0, area_first + 4, 0],
        "values": ["Summary", area_first, 2, area_first + 4, 2],
        "points": [{"fill": {"color": "#" + a["colour"]}} for a in data["areas"]],
        "data_labels": {"value": True, "num_format": "£#,##0",
                        "font": {"size": 10, "color": MUTED}},
        "gap": 60,
    })
    chart.set_title({"name": "Cost by area of need",
                     "name_font": {"bold": True, "size": 13, "color": INK}})
    chart.set_legend({"none": True})
    chart.set_chartarea({"border": {"none": True}})
    chart.set_y_axis({"name": "Area of need", "reverse": True, "crossing": "max",
                      "name_font": {"bold": True, "size": 10, "color": INK},
                      "num_font": {"size": 10, "color": MUTED}})
    chart.set_x_axis({"name": "Cost (£)", "num_format": "£#,##0", "min": 0,
                      "name_font": {"bold": True, "size": 10, "color": INK},
                      "num_font": {"size": 10, "color": MUTED},
                      "major_gridlines": {"visible": True,
                                          "line": {"color": "#DEDDDA", "width": 0.75}}})
    sheet.insert_chart(3, 5, chart, {"x_offset": 12, "y_offset": 6, "x_scale": 1.25,
                                     "y_scale": 1.3, "object_position": 2})
    set_print(sheet, data, 0, 0, "Summary")
    sheet.fit_to_pages(1, 1)


def build(data, path):
    book = xlsxwriter.Workbook(path)
    book.set_properties({
        "title": "Provision map: %s" % data["school"],
        "subject": "Costed provision map, %s" % data["period_label"],
        "author": "Sendco", "company": data["school"], "category": "SEND",
        "keywords": "provision map, SEND, SEN support, EHC plan",
        "comments": "Made by Sendco on %s. It names pupils with SEN: keep it safe."
                    % uk(data["made_on"]),
    })
    f = Formats(book, data)
    provision_names, area_pupils, wave_pupils = tally(data)
    write_map_sheet(book, f, data, area_pupils)
    write_provisions_sheet(book, f, data)
    write_pupils_sheet(book, f, data, provision_names)
    write_summary_sheet(book, f, data, area_pupils, wave_pupils)
    book.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bench")
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--provisions", type=int, default=200)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sendco-bench-xlsxwriter-") as folder:
        dump = os.path.join(folder, "map.json")
        done = subprocess.run([args.bench, "--pupils", str(args.pupils), "--provisions",
                               str(args.provisions), "--runs", str(args.runs), "--dump-json",
                               dump], capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            sys.exit(1)
        ours = json.loads(done.stdout.strip().splitlines()[-1])
        print(json.dumps(ours))
        with open(dump, encoding="utf-8") as f:
            data = json.load(f)

        path = os.path.join(folder, "Provision map (xlsxwriter).xlsx")
        samples = []
        for _ in range(args.runs):
            start = time.perf_counter()
            build(data, path)
            samples.append((time.perf_counter() - start) * 1000.0)
        size = os.path.getsize(path)

    theirs = statistics.median(samples)
    print(json.dumps({
        "bench": "provision-xlsx-python-xlsxwriter",
        "xlsxwriter": xlsxwriter.__version__,
        "pupils": args.pupils,
        "provisions": len(data["provisions"]),
        "median": round(theirs, 1),
        "min": round(min(samples), 1),
        "max": round(max(samples), 1),
        "runs": len(samples),
        "bytes": size,
        "sendco_write_median": ours["write_median"],
        "sendco_export_median": ours["median"],
        "ratio_write": round(theirs / ours["write_median"], 1),
        "ratio_export": round(theirs / ours["median"], 1),
        "samples": [round(s, 1) for s in samples],
    }))


main()
