/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map as an XLSX workbook for the business manager, senior
 * leaders and governors, made with libxlsxwriter from the same snapshot as
 * the grid: "Provision map" laid out like the grid (areas of need as tinted
 * bands, waves as rows, year groups as columns, totals right and below),
 * "Provisions" and "Pupils" as filterable tables, and "Summary" with the
 * totals by area, wave and year group, the budget, and a native chart of
 * cost by area of need. Money is real numbers in a £ format; every formula
 * carries the value Sendco worked out, so a reader that does not
 * recalculate shows the right figures. The workbook is written to a private
 * temporary file beside the target and renamed into place once whole; an
 * error or a cancel removes it. The export can run in a thread with its own
 * read-only connection to the school file. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include "sendco-provision-xlsx.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "sendco-census.h"
#include "sendco-dates.h"
#include "sendco-map-export.h"
#include "sendco-provision-grid.h"
#include "sendco-render-style.h"
#include "sendco-store-provision.h"

#define MONEY_FORMAT      "£#,##0.00"
#define MONEY_SIGNED      "£#,##0.00;[Red]-£#,##0.00"
#define MONEY_WHOLE       "£#,##0"
#define PAPER_A4          9

/* Quiet colours around the areas' own: the same palette as the grid. */
#define INK               0x232129
#define MUTED             0x5E5C64
#define LINE              0xC0BFBC
#define HEADER_FILL       0xE4E7EB
#define TOTAL_FILL        0xF6F5F4
#define GRAND_FILL        0xDEDDDA
#define OVER_FILL         0xF6D5D1
#define OVER_INK          0x8F1D1D

/* Provision map sheet: title rows, a gap, the header. */
#define MAP_TITLE_ROW     0
#define MAP_SCHOOL_ROW    1
#define MAP_PERIOD_ROW    2
#define MAP_SUMMARY_ROW   3
#define MAP_HEADER_ROW    5
#define MAP_FIRST_ROW     6
#define MAP_FIRST_WIDTH   30.0
#define MAP_YEAR_WIDTH    26.0
#define MAP_PUPILS_WIDTH  10.0
#define MAP_COST_WIDTH    14.0
#define LINE_HEIGHT       15.0

/* Provisions and Pupils: a title row, then the table. */
#define TABLE_TITLE_ROW   0
#define TABLE_HEADER_ROW  1
#define TABLE_FIRST_ROW   2

typedef struct
{
  lxw_format *title;
  lxw_format *school;
  lxw_format *subtitle;
  lxw_format *note;
  lxw_format *key;
  lxw_format *header;
  lxw_format *header_number;
  lxw_format *header_centre;

  /* Provision map */
  lxw_format *area[SENDCO_N_AREAS];
  lxw_format *area_number[SENDCO_N_AREAS];
  lxw_format *area_money[SENDCO_N_AREAS];
  lxw_format *wave[SENDCO_N_AREAS];
  lxw_format *key_area[SENDCO_N_AREAS];
  lxw_format *cell;
  lxw_format *cell_count;     /* a rich string's fragments */
  lxw_format *cell_cost;
  lxw_format *wave_note;
  lxw_format *band_pupils;
  lxw_format *band_cost;
  lxw_format *totals_label;
  lxw_format *totals_pupils;
  lxw_format *totals_cost;
  lxw_format *grand_pupils;
  lxw_format *grand_cost;
  lxw_format *empty;

  /* Tables */
  lxw_format *text;
  lxw_format *wrap;
  lxw_format *integer;
  lxw_format *centred;
  lxw_format *centred_text;
  lxw_format *decimal;
  lxw_format *money;
  lxw_format *over_text;
  lxw_format *over_wrap;
  lxw_format *over_integer;
  lxw_format *over_centred;
  lxw_format *over_centred_text;
  lxw_format *over_money;
  lxw_format *over_flag;
  lxw_format *over_flag_centred;
  lxw_format *total_label;
  lxw_format *total_integer;
  lxw_format *total_centred;
  lxw_format *total_money;
  lxw_format *total_blank;

  /* Summary */
  lxw_format *section;
  lxw_format *percent;
  lxw_format *total_percent;
  lxw_format *money_signed;
  lxw_format *big_money;
  lxw_format *big_money_signed;
  lxw_format *big_integer;
  lxw_format *big_label;
  lxw_format *big_note;
} Formats;

/* What the sheets share: the workbook, the first error, progress. */
typedef struct
{
  const SendcoProvisionMap *map;
  lxw_workbook             *workbook;
  Formats                   f;
  lxw_error                 status;
  GCancellable             *cancellable;
  SendcoProgressFunc        progress;
  gpointer                  progress_data;

  /* Worked out once from the map */
  GHashTable               *pupil_index;   /* pupil id -> index + 1 into map->pupils */
  guint                     area_pupils[SENDCO_N_AREAS];
  guint                     wave_pupils[3];
  GPtrArray                *pupil_provisions; /* char *, names joined, by pupil index */
} Writer;

static void
report (Writer *w, double fraction, const char *message)
{
  if (w->progress)
    w->progress (CLAMP (fraction, 0.0, 1.0), message, w->progress_data);
}

static gboolean
cancelled (Writer *w)
{
  return g_cancellable_is_cancelled (w->cancellable);
}

static double
money (gint64 pence)
{
  return (double) pence / 100.0;
}

static lxw_color_t
rgb (const SendcoRgba *colour)
{
  guint r = (guint) (colour->r * 255.0 + 0.5), g = (guint) (colour->g * 255.0 + 0.5);
  guint b = (guint) (colour->b * 255.0 + 0.5);

  return (lxw_color_t) ((r << 16) | (g << 8) | b);
}

/* Headers and footers treat & as a code. */
static char *
escape_ampersands (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text ? text : "", "&", -1);

  return g_strjoinv ("&&", parts);
}

/* Writing: each call keeps the first error and does nothing after it. */

static void
keep (Writer *w, lxw_error status)
{
  if (w->status == LXW_NO_ERROR && status != LXW_NO_ERROR)
    w->status = status;
}

static void
put_text (Writer *w, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const char *text,
          lxw_format *format)
{
  if (w->status != LXW_NO_ERROR)
    return;
  if (text == NULL || text[0] == '\0')
    keep (w, worksheet_write_blank (sheet, row, col, format));
  else
    keep (w, worksheet_write_string (sheet, row, col, text, format));
}

static void
put_number (Writer *w, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, double value,
            lxw_format *format)
{
  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_write_number (sheet, row, col, value, format));
}

static void
put_formula (Writer *w, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const char *formula,
             double value, lxw_format *format)
{
  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_write_formula_num (sheet, row, col, formula, format, value));
}

/* =SUM(C3:C40) over one column, with its value. */
static void
put_sum (Writer *w, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, lxw_row_t first,
         lxw_row_t last, double value, lxw_format *format)
{
  char range[LXW_MAX_CELL_RANGE_LENGTH];
  g_autofree char *formula = NULL;

  if (last < first)
    {
      put_number (w, sheet, row, col, 0, format);
      return;
    }
  lxw_rowcol_to_range (range, first, col, last, col);
  formula = g_strdup_printf ("=SUM(%s)", range);
  put_formula (w, sheet, row, col, formula, value, format);
}

static void
merge (Writer *w, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t first, lxw_col_t last,
       const char *text, lxw_format *format)
{
  if (w->status != LXW_NO_ERROR)
    return;
  if (last > first)
    keep (w, worksheet_merge_range (sheet, row, first, row, last, text ? text : "", format));
  else
    put_text (w, sheet, row, first, text, format);
}

static void
set_row (Writer *w, lxw_worksheet *sheet, lxw_row_t row, double height)
{
  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_set_row (sheet, row, height, NULL));
}

static void
set_width (Writer *w, lxw_worksheet *sheet, lxw_col_t first, lxw_col_t last, double width)
{
  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_set_column (sheet, first, last, width, NULL));
}

/* Lines a wrapped text takes in a column @width characters wide: a guess
 * on the safe side, as the file cannot measure its own fonts. */
static guint
lines_for (const char *text, double width)
{
  glong chars = text ? g_utf8_strlen (text, -1) : 0;
  glong per_line = MAX (4, (glong) (width * 1.2) - 2);

  return (guint) MAX (1, (chars + per_line - 1) / per_line);
}

/* A column wide enough for @chars characters (the inverse of lines_for),
 * between @least and @most. */
static double
fit_width (glong chars, double least, double most)
{
  return CLAMP ((chars + 2) / 1.2 + 1, least, most);
}

static glong
text_length (const char *text)
{
  return text ? g_utf8_strlen (text, -1) : 0;
}

static void
year_cell (Writer *w, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, int year_group,
           lxw_format *text, lxw_format *number)
{
  g_autofree char *label = NULL;

  if (year_group >= 1)
    {
      put_number (w, sheet, row, col, year_group, number);
      return;
    }
  label = sendco_year_group_short_label (year_group);
  put_text (w, sheet, row, col, label, text);
}

typedef enum
{
  ALIGN_LEFT,
  ALIGN_RIGHT,
  ALIGN_CENTRE,
} Align;

static lxw_format *
header_format (const Formats *f, Align align)
{
  switch (align)
    {
    case ALIGN_RIGHT: return f->header_number;
    case ALIGN_CENTRE: return f->header_centre;
    case ALIGN_LEFT:
    default:
      return f->header;
    }
}

/* Formats */

static lxw_format *
new_format (lxw_workbook *workbook)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_font_name (format, "Calibri");
  format_set_font_size (format, 11);
  format_set_font_color (format, INK);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

static void
cell_borders (lxw_format *format)
{
  format_set_border (format, LXW_BORDER_THIN);
  format_set_border_color (format, LINE);
}

static void
make_formats (lxw_workbook *workbook, Formats *f)
{
  SendcoRenderStyle style;

  sendco_render_style_init_light (&style);

  f->title = new_format (workbook);
  format_set_bold (f->title);
  format_set_font_size (f->title, 18);
  format_set_align (f->title, LXW_ALIGN_VERTICAL_CENTER);
  f->school = new_format (workbook);
  format_set_bold (f->school);
  format_set_font_size (f->school, 13);
  format_set_align (f->school, LXW_ALIGN_VERTICAL_CENTER);
  f->subtitle = new_format (workbook);
  format_set_font_color (f->subtitle, MUTED);
  format_set_align (f->subtitle, LXW_ALIGN_VERTICAL_CENTER);
  f->note = new_format (workbook);
  format_set_font_color (f->note, MUTED);
  format_set_font_size (f->note, 10);
  format_set_text_wrap (f->note);
  f->key = new_format (workbook);
  format_set_bold (f->key);
  format_set_font_size (f->key, 12);

  f->header = new_format (workbook);
  format_set_bold (f->header);
  format_set_bg_color (f->header, HEADER_FILL);
  format_set_text_wrap (f->header);
  format_set_align (f->header, LXW_ALIGN_VERTICAL_CENTER);
  cell_borders (f->header);
  format_set_bottom (f->header, LXW_BORDER_MEDIUM);
  format_set_bottom_color (f->header, MUTED);
  f->header_number = new_format (workbook);
  format_set_bold (f->header_number);
  format_set_bg_color (f->header_number, HEADER_FILL);
  format_set_text_wrap (f->header_number);
  format_set_align (f->header_number, LXW_ALIGN_VERTICAL_CENTER);
  format_set_align (f->header_number, LXW_ALIGN_RIGHT);
  cell_borders (f->header_number);
  format_set_bottom (f->header_number, LXW_BORDER_MEDIUM);
  format_set_bottom_color (f->header_number, MUTED);
  f->header_centre = new_format (workbook);
  format_set_bold (f->header_centre);
  format_set_bg_color (f->header_centre, HEADER_FILL);
  format_set_text_wrap (f->header_centre);
  format_set_align (f->header_centre, LXW_ALIGN_VERTICAL_CENTER);
  format_set_align (f->header_centre, LXW_ALIGN_CENTER);
  cell_borders (f->header_centre);
  format_set_bottom (f->header_centre, LXW_BORDER_MEDIUM);
  format_set_bottom_color (f->header_centre, MUTED);

  for (guint a = 0; a < SENDCO_N_AREAS; a++)
    {
      lxw_color_t colour = rgb (&style.area[a]);
      lxw_color_t tint = rgb (&style.area_tint[a]);
      lxw_color_t ink = rgb (&style.area_ink[a]);

      f->area[a] = new_format (workbook);
      format_set_bold (f->area[a]);
      format_set_font_size (f->area[a], 12);
      format_set_font_color (f->area[a], ink);
      format_set_bg_color (f->area[a], colour);
      format_set_align (f->area[a], LXW_ALIGN_VERTICAL_CENTER);
      format_set_border (f->area[a], LXW_BORDER_THIN);
      format_set_border_color (f->area[a], colour);

      f->area_number[a] = new_format (workbook);
      format_set_bold (f->area_number[a]);
      format_set_font_color (f->area_number[a], ink);
      format_set_bg_color (f->area_number[a], colour);
      format_set_align (f->area_number[a], LXW_ALIGN_VERTICAL_CENTER);
      format_set_num_format (f->area_number[a], "0");
      format_set_border (f->area_number[a], LXW_BORDER_THIN);
      format_set_border_color (f->area_number[a], colour);

      f->area_money[a] = new_format (workbook);
      format_set_bold (f->area_money[a]);
      format_set_font_color (f->area_money[a], ink);
      format_set_bg_color (f->area_money[a], colour);
      format_set_align (f->area_money[a], LXW_ALIGN_VERTICAL_CENTER);
      format_set_num_format (f->area_money[a], MONEY_FORMAT);
      format_set_border (f->area_money[a], LXW_BORDER_THIN);
      format_set_border_color (f->area_money[a], colour);

      /* The wave's label: the area's tint, with its colour as a stripe. */
      f->wave[a] = new_format (workbook);
      format_set_bold (f->wave[a]);
      format_set_bg_color (f->wave[a], tint);
      format_set_text_wrap (f->wave[a]);
      cell_borders (f->wave[a]);
      format_set_left (f->wave[a], LXW_BORDER_THICK);
      format_set_left_color (f->wave[a], colour);

      f->key_area[a] = new_format (workbook);
      format_set_bg_color (f->key_area[a], tint);
      format_set_align (f->key_area[a], LXW_ALIGN_VERTICAL_CENTER);
      cell_borders (f->key_area[a]);
      format_set_left (f->key_area[a], LXW_BORDER_THICK);
      format_set_left_color (f->key_area[a], colour);
    }

  f->cell = new_format (workbook);
  format_set_text_wrap (f->cell);
  cell_borders (f->cell);
  f->cell_count = new_format (workbook);
  format_set_bold (f->cell_count);
  format_set_font_color (f->cell_count, MUTED);
  f->cell_cost = new_format (workbook);
  format_set_italic (f->cell_cost);
  format_set_font_color (f->cell_cost, MUTED);
  format_set_font_size (f->cell_cost, 10);
  f->wave_note = new_format (workbook);
  format_set_font_color (f->wave_note, MUTED);
  format_set_font_size (f->wave_note, 10);

  f->band_pupils = new_format (workbook);
  format_set_num_format (f->band_pupils, "0");
  cell_borders (f->band_pupils);
  f->band_cost = new_format (workbook);
  format_set_bold (f->band_cost);
  format_set_num_format (f->band_cost, MONEY_FORMAT);
  cell_borders (f->band_cost);

  f->totals_label = new_format (workbook);
  format_set_bold (f->totals_label);
  format_set_bg_color (f->totals_label, TOTAL_FILL);
  format_set_text_wrap (f->totals_label);
  cell_borders (f->totals_label);
  format_set_top (f->totals_label, LXW_BORDER_MEDIUM);
  format_set_top_color (f->totals_label, MUTED);
  f->totals_pupils = new_format (workbook);
  format_set_bg_color (f->totals_pupils, TOTAL_FILL);
  format_set_num_format (f->totals_pupils, "0");
  cell_borders (f->totals_pupils);
  format_set_top (f->totals_pupils, LXW_BORDER_MEDIUM);
  format_set_top_color (f->totals_pupils, MUTED);
  f->totals_cost = new_format (workbook);
  format_set_bold (f->totals_cost);
  format_set_bg_color (f->totals_cost, TOTAL_FILL);
  format_set_num_format (f->totals_cost, MONEY_FORMAT);
  cell_borders (f->totals_cost);
  f->grand_pupils = new_format (workbook);
  format_set_bold (f->grand_pupils);
  format_set_bg_color (f->grand_pupils, GRAND_FILL);
  format_set_num_format (f->grand_pupils, "0");
  cell_borders (f->grand_pupils);
  format_set_top (f->grand_pupils, LXW_BORDER_MEDIUM);
  format_set_top_color (f->grand_pupils, MUTED);
  f->grand_cost = new_format (workbook);
  format_set_bold (f->grand_cost);
  format_set_font_size (f->grand_cost, 12);
  format_set_bg_color (f->grand_cost, GRAND_FILL);
  format_set_num_format (f->grand_cost, MONEY_FORMAT);
  format_set_border (f->grand_cost, LXW_BORDER_MEDIUM);
  format_set_border_color (f->grand_cost, MUTED);
  f->empty = new_format (workbook);
  format_set_italic (f->empty);
  format_set_font_color (f->empty, MUTED);
  format_set_align (f->empty, LXW_ALIGN_VERTICAL_CENTER);
  cell_borders (f->empty);

  f->text = new_format (workbook);
  f->wrap = new_format (workbook);
  format_set_text_wrap (f->wrap);
  f->integer = new_format (workbook);
  format_set_num_format (f->integer, "0");
  f->centred = new_format (workbook);
  format_set_num_format (f->centred, "0");
  format_set_align (f->centred, LXW_ALIGN_CENTER);
  f->centred_text = new_format (workbook);
  format_set_align (f->centred_text, LXW_ALIGN_CENTER);
  f->decimal = new_format (workbook);
  format_set_num_format (f->decimal, "0");
  f->money = new_format (workbook);
  format_set_num_format (f->money, MONEY_FORMAT);

  f->over_text = new_format (workbook);
  format_set_bg_color (f->over_text, OVER_FILL);
  f->over_wrap = new_format (workbook);
  format_set_bg_color (f->over_wrap, OVER_FILL);
  format_set_text_wrap (f->over_wrap);
  f->over_integer = new_format (workbook);
  format_set_bg_color (f->over_integer, OVER_FILL);
  format_set_num_format (f->over_integer, "0");
  f->over_centred = new_format (workbook);
  format_set_bg_color (f->over_centred, OVER_FILL);
  format_set_num_format (f->over_centred, "0");
  format_set_align (f->over_centred, LXW_ALIGN_CENTER);
  f->over_centred_text = new_format (workbook);
  format_set_bg_color (f->over_centred_text, OVER_FILL);
  format_set_align (f->over_centred_text, LXW_ALIGN_CENTER);
  f->over_money = new_format (workbook);
  format_set_bg_color (f->over_money, OVER_FILL);
  format_set_num_format (f->over_money, MONEY_FORMAT);
  format_set_bold (f->over_money);
  format_set_font_color (f->over_money, OVER_INK);
  f->over_flag = new_format (workbook);
  format_set_bg_color (f->over_flag, OVER_FILL);
  format_set_bold (f->over_flag);
  format_set_font_color (f->over_flag, OVER_INK);
  f->over_flag_centred = new_format (workbook);
  format_set_bg_color (f->over_flag_centred, OVER_FILL);
  format_set_bold (f->over_flag_centred);
  format_set_font_color (f->over_flag_centred, OVER_INK);
  format_set_align (f->over_flag_centred, LXW_ALIGN_CENTER);

  f->total_label = new_format (workbook);
  format_set_bold (f->total_label);
  format_set_bg_color (f->total_label, TOTAL_FILL);
  format_set_top (f->total_label, LXW_BORDER_MEDIUM);
  format_set_top_color (f->total_label, MUTED);
  f->total_integer = new_format (workbook);
  format_set_bold (f->total_integer);
  format_set_bg_color (f->total_integer, TOTAL_FILL);
  format_set_num_format (f->total_integer, "0");
  format_set_top (f->total_integer, LXW_BORDER_MEDIUM);
  format_set_top_color (f->total_integer, MUTED);
  f->total_centred = new_format (workbook);
  format_set_bold (f->total_centred);
  format_set_bg_color (f->total_centred, TOTAL_FILL);
  format_set_num_format (f->total_centred, "0");
  format_set_align (f->total_centred, LXW_ALIGN_CENTER);
  format_set_top (f->total_centred, LXW_BORDER_MEDIUM);
  format_set_top_color (f->total_centred, MUTED);
  f->total_money = new_format (workbook);
  format_set_bold (f->total_money);
  format_set_bg_color (f->total_money, TOTAL_FILL);
  format_set_num_format (f->total_money, MONEY_FORMAT);
  format_set_top (f->total_money, LXW_BORDER_MEDIUM);
  format_set_top_color (f->total_money, MUTED);
  f->total_blank = new_format (workbook);
  format_set_bg_color (f->total_blank, TOTAL_FILL);
  format_set_top (f->total_blank, LXW_BORDER_MEDIUM);
  format_set_top_color (f->total_blank, MUTED);

  f->section = new_format (workbook);
  format_set_bold (f->section);
  format_set_font_size (f->section, 13);
  format_set_align (f->section, LXW_ALIGN_VERTICAL_BOTTOM);
  f->percent = new_format (workbook);
  format_set_num_format (f->percent, "0.0%");
  f->total_percent = new_format (workbook);
  format_set_bold (f->total_percent);
  format_set_bg_color (f->total_percent, TOTAL_FILL);
  format_set_num_format (f->total_percent, "0.0%");
  format_set_top (f->total_percent, LXW_BORDER_MEDIUM);
  format_set_top_color (f->total_percent, MUTED);
  f->money_signed = new_format (workbook);
  format_set_num_format (f->money_signed, MONEY_SIGNED);
  f->big_label = new_format (workbook);
  format_set_font_size (f->big_label, 12);
  format_set_align (f->big_label, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bottom (f->big_label, LXW_BORDER_THIN);
  format_set_bottom_color (f->big_label, LINE);
  f->big_note = new_format (workbook);
  format_set_italic (f->big_note);
  format_set_font_color (f->big_note, MUTED);
  format_set_align (f->big_note, LXW_ALIGN_VERTICAL_CENTER);
  format_set_align (f->big_note, LXW_ALIGN_RIGHT);
  format_set_bottom (f->big_note, LXW_BORDER_THIN);
  format_set_bottom_color (f->big_note, LINE);
  f->big_money = new_format (workbook);
  format_set_bold (f->big_money);
  format_set_font_size (f->big_money, 12);
  format_set_align (f->big_money, LXW_ALIGN_VERTICAL_CENTER);
  format_set_num_format (f->big_money, MONEY_FORMAT);
  format_set_bottom (f->big_money, LXW_BORDER_THIN);
  format_set_bottom_color (f->big_money, LINE);
  f->big_money_signed = new_format (workbook);
  format_set_bold (f->big_money_signed);
  format_set_font_size (f->big_money_signed, 12);
  format_set_align (f->big_money_signed, LXW_ALIGN_VERTICAL_CENTER);
  format_set_num_format (f->big_money_signed, MONEY_SIGNED);
  format_set_bottom (f->big_money_signed, LXW_BORDER_THIN);
  format_set_bottom_color (f->big_money_signed, LINE);
  f->big_integer = new_format (workbook);
  format_set_bold (f->big_integer);
  format_set_font_size (f->big_integer, 12);
  format_set_align (f->big_integer, LXW_ALIGN_VERTICAL_CENTER);
  format_set_align (f->big_integer, LXW_ALIGN_RIGHT);
  format_set_num_format (f->big_integer, "0");
  format_set_bottom (f->big_integer, LXW_BORDER_THIN);
  format_set_bottom_color (f->big_integer, LINE);
}

/* What the sheets need beyond the map: each pupil's provisions, and how many
 * different pupils each area and wave reaches. */
static void
tally (Writer *w)
{
  const SendcoProvisionMap *map = w->map;
  g_autofree guint8 *seen = g_new0 (guint8, map->pupils->len + 1);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  w->pupil_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < map->pupils->len; i++)
    {
      SendcoMapPupil *pupil = g_ptr_array_index (map->pupils, i);

      g_hash_table_insert (w->pupil_index, &pupil->id, GUINT_TO_POINTER (i + 1));
      g_ptr_array_add (names, g_string_new (NULL));
    }

  /* bits 0 to 4: areas; 5 to 7: waves */
  for (guint i = 0; i < map->provisions->len; i++)
    {
      const SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);
      guint8 area_bit = (guint8) (1u << p->area);
      guint8 wave_bit = (guint8) (1u << (5 + CLAMP (p->wave, 1, 3) - 1));

      for (guint j = 0; j < p->n_pupils; j++)
        {
          guint index = GPOINTER_TO_UINT (g_hash_table_lookup (w->pupil_index, &p->pupil_ids[j]));
          GString *list;

          if (index == 0)
            continue;
          list = g_ptr_array_index (names, index - 1);
          if (list->len > 0)
            g_string_append (list, ", ");
          g_string_append (list, p->name);
          if (!(seen[index] & area_bit))
            w->area_pupils[p->area]++;
          if (!(seen[index] & wave_bit))
            w->wave_pupils[CLAMP (p->wave, 1, 3) - 1]++;
          seen[index] |= area_bit | wave_bit;
        }
    }

  w->pupil_provisions = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (w->pupil_provisions, g_string_free (g_ptr_array_index (names, i), FALSE));
}

static void
writer_clear (Writer *w)
{
  g_clear_pointer (&w->pupil_index, g_hash_table_unref);
  g_clear_pointer (&w->pupil_provisions, g_ptr_array_unref);
}

static guint
shown_pupils (const SendcoMapProvision *p)
{
  guint n = 0;

  for (guint y = 0; y < SENDCO_MAP_N_YEARS; y++)
    n += p->pupils_by_year[y];
  return n;
}

/* "School year 2026 to 2027 · 01/09/2026 to 31/08/2027" */
static char *
period_line (const SendcoProvisionMap *map)
{
  g_autofree char *from = sendco_iso_to_uk (map->from);
  g_autofree char *to = sendco_iso_to_uk (map->to);
  g_autofree char *made = sendco_iso_to_uk (map->made_on);

  if (map->period == SENDCO_PERIOD_ANY)
    /* Translators: the period line of the provision map workbook; %s is the date it was made */
    return g_strdup_printf (_("%s · made on %s"), map->period_label, made);
  /* Translators: the period, its first and last days, and the date the workbook was made */
  return g_strdup_printf (_("%s · %s to %s · made on %s"), map->period_label, from, to, made);
}

/* The header of the cost column, after the period. */
static const char *
period_cost_header (const SendcoProvisionMap *map)
{
  switch (map->period)
    {
    case SENDCO_PERIOD_TERM: return _("Cost this term");
    case SENDCO_PERIOD_YEAR: return _("Cost this school year");
    case SENDCO_PERIOD_ANY:
    default:
      return _("Cost a year");
    }
}

static void
set_print (Writer *w, lxw_worksheet *sheet, lxw_row_t first_repeat, lxw_row_t last_repeat,
           const char *what)
{
  g_autofree char *school = escape_ampersands (w->map->school_name);
  g_autofree char *period = escape_ampersands (w->map->period_label);
  g_autofree char *footer = NULL;

  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, PAPER_A4);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_set_margins (sheet, 0.4, 0.4, 0.5, 0.6);
  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_repeat_rows (sheet, first_repeat, last_repeat));
  /* Translators: a printed footer: school · what the sheet is · period, then the page
   * number (&P) of the number of pages (&N); keep the & codes */
  footer = g_strdup_printf (_("&L%s · %s · %s&RPage &P of &N"), school, what, period);
  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_set_footer (sheet, footer));
}

/* The "Provision map" sheet */

/* A cell of the grid: each provision with its pupils, the cost below. */
static guint
write_map_cell (Writer *w, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                const SendcoMapRow *band, int year_group)
{
  const SendcoProvisionMap *map = w->map;
  int y = SENDCO_MAP_YEAR_INDEX (year_group);
  g_autoptr (GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autofree lxw_rich_string_tuple *tuples = g_new0 (lxw_rich_string_tuple, 2 * band->n + 2);
  g_autofree lxw_rich_string_tuple **list = g_new0 (lxw_rich_string_tuple *, 2 * band->n + 3);
  guint n = 0, lines = 0;

  for (guint i = band->first; i < band->first + band->n; i++)
    {
      const SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);
      char *count;

      if (p->pupils_by_year[y] == 0)
        continue;
      count = g_strdup_printf (" (%u)\n", p->pupils_by_year[y]);
      g_ptr_array_add (strings, count);
      tuples[n].format = NULL;
      tuples[n++].string = p->name;
      tuples[n].format = w->f.cell_count;
      tuples[n++].string = count;
      lines += lines_for (p->name, MAP_YEAR_WIDTH - 4);
    }

  if (n == 0)
    {
      put_text (w, sheet, row, col, NULL, w->f.cell);
      return 1;
    }

  {
    char *cost = sendco_money_format (band->cost_by_year[y]);

    g_ptr_array_add (strings, cost);
    tuples[n].format = w->f.cell_cost;
    tuples[n++].string = cost;
  }
  for (guint i = 0; i < n; i++)
    list[i] = &tuples[i];
  list[n] = NULL;
  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_write_rich_string (sheet, row, col, list, w->f.cell));
  return lines + 1;
}

static void
write_map_key (Writer *w, lxw_worksheet *sheet, lxw_row_t row, lxw_col_t last_col)
{
  const SendcoProvisionMap *map = w->map;
  g_autofree char *threshold = sendco_money_format_whole (SENDCO_NOTIONAL_SEN_THRESHOLD);
  g_autofree char *costs = NULL;
  double key_width = MAP_FIRST_WIDTH + MAP_YEAR_WIDTH * MAX (map->n_years, 1) + MAP_PUPILS_WIDTH
                     + MAP_COST_WIDTH;
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

  merge (w, sheet, row, 0, last_col, _("Key"), w->f.key);
  set_row (w, sheet, row, 20);
  row++;

  /* The areas' colours, as the waves' labels show them. */
  for (SendcoArea area = 0; area < SENDCO_N_AREAS; area++)
    {
      merge (w, sheet, row, 0, 1, sendco_area_name (area), w->f.key_area[area]);
      row++;
    }
  set_row (w, sheet, row, 6);
  row++;

  g_ptr_array_add (notes, g_strdup (_("Each cell lists the provisions running for that year "
                                      "group and how many of its pupils receive each; the "
                                      "figure at the foot of the cell is their cost.")));
  g_ptr_array_add (notes, g_strdup (_("Totals count each pupil once, however many provisions "
                                      "they receive.")));
  costs = g_strdup_printf (_("Costs are staff time at each member of staff’s hourly rate "
                             "(on-costs included) plus resources and licences, for: %s."),
                           map->period_label ? map->period_label : "");
  g_ptr_array_add (notes, g_steal_pointer (&costs));
  g_ptr_array_add (notes, g_strdup (_("Wave 1: quality-first teaching for all. Wave 2: targeted, "
                                      "small-group interventions. Wave 3: specialist and "
                                      "individual support.")));
  g_ptr_array_add (notes, g_strdup_printf (_("The sheets “Provisions” and “Pupils” list every "
                                             "provision and every pupil with their costs; "
                                             "“Summary” has the totals, the budget and a chart. "
                                             "Pupils whose additional provision costs more than "
                                             "%s a year are highlighted on “Pupils”."),
                                           threshold));
  for (guint i = 0; i < notes->len; i++)
    {
      const char *note = g_ptr_array_index (notes, i);

      /* Notes are in a smaller type: more to a line. */
      merge (w, sheet, row, 0, last_col, note, w->f.note);
      set_row (w, sheet, row, 13.0 * lines_for (note, key_width * 1.15) + 3);
      row++;
    }
}

static void
write_map_sheet (Writer *w)
{
  const SendcoProvisionMap *map = w->map;
  lxw_worksheet *sheet = workbook_add_worksheet (w->workbook, _("Provision map"));
  g_autofree char *period = period_line (map);
  g_autofree char *summary = sendco_provision_map_dup_summary (map);
  lxw_col_t n_years = (lxw_col_t) map->n_years;
  lxw_col_t pupils_col = 1 + n_years, cost_col = 2 + n_years;
  lxw_row_t row = MAP_FIRST_ROW, cost_row;
  char range[LXW_MAX_CELL_RANGE_LENGTH];
  g_autofree char *formula = NULL;

  if (sheet == NULL)
    {
      keep (w, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  worksheet_gridlines (sheet, LXW_HIDE_ALL_GRIDLINES);
  set_width (w, sheet, 0, 0, MAP_FIRST_WIDTH);
  if (n_years > 0)
    set_width (w, sheet, 1, n_years, MAP_YEAR_WIDTH);
  set_width (w, sheet, pupils_col, pupils_col, MAP_PUPILS_WIDTH);
  set_width (w, sheet, cost_col, cost_col, MAP_COST_WIDTH);

  merge (w, sheet, MAP_TITLE_ROW, 0, cost_col, _("Provision map"), w->f.title);
  set_row (w, sheet, MAP_TITLE_ROW, 30);
  merge (w, sheet, MAP_SCHOOL_ROW, 0, cost_col, map->school_name, w->f.school);
  set_row (w, sheet, MAP_SCHOOL_ROW, 20);
  merge (w, sheet, MAP_PERIOD_ROW, 0, cost_col, period, w->f.subtitle);
  merge (w, sheet, MAP_SUMMARY_ROW, 0, cost_col, summary, w->f.subtitle);
  set_row (w, sheet, MAP_HEADER_ROW - 1, 8);

  /* The header: year groups, then the totals. */
  put_text (w, sheet, MAP_HEADER_ROW, 0, _("Area of need and wave"), w->f.header);
  for (lxw_col_t c = 0; c < n_years; c++)
    {
      g_autofree char *label = sendco_year_group_label (map->years[c]);

      put_text (w, sheet, MAP_HEADER_ROW, 1 + c, label, w->f.header);
    }
  put_text (w, sheet, MAP_HEADER_ROW, pupils_col, _("Pupils"), w->f.header_number);
  put_text (w, sheet, MAP_HEADER_ROW, cost_col, _("Cost"), w->f.header_number);
  set_row (w, sheet, MAP_HEADER_ROW, 22);

  /* An area's heading across the grid, then one row for each wave. */
  for (guint b = 0; b < map->rows->len && w->status == LXW_NO_ERROR; b++)
    {
      const SendcoMapRow *band = &g_array_index (map->rows, SendcoMapRow, b);
      g_autofree char *provisions = NULL;
      lxw_rich_string_tuple label = { NULL, (char *) sendco_wave_name (band->wave) };
      lxw_rich_string_tuple note = { w->f.wave_note, NULL };
      lxw_rich_string_tuple *parts[] = { &label, &note, NULL };
      guint lines = 2;

      if (b == 0 || g_array_index (map->rows, SendcoMapRow, b - 1).area != band->area)
        {
          /* A band has pupils, so there is a year group column. */
          merge (w, sheet, row, 0, n_years, sendco_area_name (band->area),
                 w->f.area[band->area]);
          put_number (w, sheet, row, pupils_col, w->area_pupils[band->area],
                      w->f.area_number[band->area]);
          put_number (w, sheet, row, cost_col, money (map->by_area[band->area]),
                      w->f.area_money[band->area]);
          set_row (w, sheet, row, 21);
          row++;
        }

      provisions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "\n%u provision",
                                                 "\n%u provisions", band->n), band->n);
      note.string = provisions;
      keep (w, worksheet_write_rich_string (sheet, row, 0, parts, w->f.wave[band->area]));
      for (lxw_col_t c = 0; c < n_years; c++)
        lines = MAX (lines, write_map_cell (w, sheet, row, 1 + c, band, map->years[c]));
      put_number (w, sheet, row, pupils_col, band->pupils, w->f.band_pupils);
      put_number (w, sheet, row, cost_col, money (band->cost), w->f.band_cost);
      set_row (w, sheet, row, LINE_HEIGHT * lines + 4);
      row++;
    }

  if (map->rows->len == 0)
    {
      merge (w, sheet, row, 0, cost_col,
             _("No provision is running in this period. Add provisions and pupils’ places in "
               "Sendco to see them here."), w->f.empty);
      set_row (w, sheet, row, 30);
      row++;
    }

  /* Along the foot: pupils (each counted once) and cost for each year
   * group; the grand total where they meet. */
  put_text (w, sheet, row, 0, _("All provision: pupils\nEach pupil counted once"),
            w->f.totals_label);
  for (lxw_col_t c = 0; c < n_years; c++)
    put_number (w, sheet, row, 1 + c,
                map->pupils_by_year[SENDCO_MAP_YEAR_INDEX (map->years[c])], w->f.totals_pupils);
  put_number (w, sheet, row, pupils_col, map->pupils_total, w->f.grand_pupils);
  put_text (w, sheet, row, cost_col, NULL, w->f.totals_pupils);
  set_row (w, sheet, row, 2 * LINE_HEIGHT + 4);
  row++;

  cost_row = row;
  put_text (w, sheet, row, 0, _("All provision: cost"), w->f.totals_label);
  for (lxw_col_t c = 0; c < n_years; c++)
    put_number (w, sheet, row, 1 + c,
                money (map->cost_by_year[SENDCO_MAP_YEAR_INDEX (map->years[c])]),
                w->f.totals_cost);
  put_text (w, sheet, row, pupils_col, NULL, w->f.totals_cost);
  if (n_years > 0)
    {
      lxw_rowcol_to_range (range, cost_row, 1, cost_row, n_years);
      formula = g_strdup_printf ("=SUM(%s)", range);
      put_formula (w, sheet, row, cost_col, formula, money (map->total), w->f.grand_cost);
    }
  else
    put_number (w, sheet, row, cost_col, money (map->total), w->f.grand_cost);
  set_row (w, sheet, row, 22);
  row += 2;

  write_map_key (w, sheet, row, cost_col);

  worksheet_freeze_panes (sheet, MAP_FIRST_ROW, 1);
  set_print (w, sheet, MAP_HEADER_ROW, MAP_HEADER_ROW, _("Provision map"));
  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_repeat_columns (sheet, 0, 0));
  worksheet_activate (sheet);
}

/* The "Provisions" sheet */

typedef enum
{
  PROVISION_NAME,
  PROVISION_AREA,
  PROVISION_WAVE,
  PROVISION_STAFF,
  PROVISION_ROLE,
  PROVISION_HOURLY,
  PROVISION_GROUP_SIZE,
  PROVISION_SESSIONS,
  PROVISION_MINUTES,
  PROVISION_WEEKS,
  PROVISION_PUPILS,
  PROVISION_GROUPS,
  PROVISION_SESSION_COST,
  PROVISION_WEEK_COST,
  PROVISION_TERM_COST,
  PROVISION_PERIOD_COST,
  PROVISION_RESOURCES,
  PROVISION_PER_PUPIL,
  N_PROVISION_COLUMNS
} ProvisionColumn;

static void
write_provisions_sheet (Writer *w)
{
  const SendcoProvisionMap *map = w->map;
  lxw_worksheet *sheet = workbook_add_worksheet (w->workbook, _("Provisions"));
  const struct { const char *header; double width; Align align; } columns[] = {
    [PROVISION_NAME] = { N_("Provision"), 28, ALIGN_LEFT },
    [PROVISION_AREA] = { N_("Area of need"), 22, ALIGN_LEFT },
    [PROVISION_WAVE] = { N_("Wave"), 6, ALIGN_CENTRE },
    [PROVISION_STAFF] = { N_("Delivered by"), 18, ALIGN_LEFT },
    [PROVISION_ROLE] = { N_("Role"), 22, ALIGN_LEFT },
    [PROVISION_HOURLY] = { N_("Hourly cost"), 10, ALIGN_RIGHT },
    [PROVISION_GROUP_SIZE] = { N_("Group size"), 7, ALIGN_CENTRE },
    [PROVISION_SESSIONS] = { N_("Sessions a week"), 9, ALIGN_CENTRE },
    [PROVISION_MINUTES] = { N_("Minutes a session"), 9, ALIGN_CENTRE },
    [PROVISION_WEEKS] = { N_("Weeks"), 7, ALIGN_CENTRE },
    [PROVISION_PUPILS] = { N_("Pupils"), 7, ALIGN_CENTRE },
    [PROVISION_GROUPS] = { N_("Groups"), 7, ALIGN_CENTRE },
    [PROVISION_SESSION_COST] = { N_("Cost a session"), 10, ALIGN_RIGHT },
    [PROVISION_WEEK_COST] = { N_("Cost a week"), 11, ALIGN_RIGHT },
    [PROVISION_TERM_COST] = { N_("Cost a term"), 12, ALIGN_RIGHT },
    [PROVISION_PERIOD_COST] = { NULL, 13, ALIGN_RIGHT },
    [PROVISION_RESOURCES] = { N_("Resources a year"), 11, ALIGN_RIGHT },
    [PROVISION_PER_PUPIL] = { N_("Cost per pupil"), 11, ALIGN_RIGHT },
  };
  g_autofree char *title = NULL;
  guint n = map->provisions->len;
  lxw_row_t last = TABLE_FIRST_ROW + n - 1, total_row = TABLE_FIRST_ROW + n;
  gint64 week = 0, term = 0, resources = 0;
  const Formats *f = &w->f;

  double widths[N_PROVISION_COLUMNS];
  glong longest[N_PROVISION_COLUMNS] = { 0 };

  G_STATIC_ASSERT (G_N_ELEMENTS (columns) == N_PROVISION_COLUMNS);

  if (sheet == NULL)
    {
      keep (w, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  /* Text columns as wide as their longest entry, within reason; longer
   * entries wrap onto more lines. */
  for (guint i = 0; i < n; i++)
    {
      const SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);

      longest[PROVISION_NAME] = MAX (longest[PROVISION_NAME], text_length (p->name));
      longest[PROVISION_AREA] = MAX (longest[PROVISION_AREA],
                                     text_length (sendco_area_name (p->area)));
      longest[PROVISION_STAFF] = MAX (longest[PROVISION_STAFF], text_length (p->staff_name));
      longest[PROVISION_ROLE] = MAX (longest[PROVISION_ROLE],
                                     text_length (sendco_staff_role_name (p->staff_role)));
    }
  for (guint c = 0; c < N_PROVISION_COLUMNS; c++)
    widths[c] = columns[c].width;
  widths[PROVISION_NAME] = fit_width (longest[PROVISION_NAME], 16, 40);
  widths[PROVISION_AREA] = fit_width (longest[PROVISION_AREA], 12, 34);
  widths[PROVISION_STAFF] = fit_width (longest[PROVISION_STAFF], 12, 26);
  widths[PROVISION_ROLE] = fit_width (longest[PROVISION_ROLE], 8, 40);

  /* Translators: the title row of a sheet: school, then the period */
  title = g_strdup_printf (_("Provisions — %s — %s"), map->school_name, map->period_label);
  merge (w, sheet, TABLE_TITLE_ROW, 0, N_PROVISION_COLUMNS - 1, title, f->school);
  set_row (w, sheet, TABLE_TITLE_ROW, 24);
  for (lxw_col_t c = 0; c < N_PROVISION_COLUMNS; c++)
    {
      const char *header = columns[c].header ? _(columns[c].header) : period_cost_header (map);

      set_width (w, sheet, c, c, widths[c]);
      put_text (w, sheet, TABLE_HEADER_ROW, c, header, header_format (f, columns[c].align));
    }
  set_row (w, sheet, TABLE_HEADER_ROW, 32);

  for (guint i = 0; i < n && w->status == LXW_NO_ERROR; i++)
    {
      const SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);
      lxw_row_t row = TABLE_FIRST_ROW + i;
      /* In a term, the term's cost is the period's. */
      gint64 term_cost = map->period == SENDCO_PERIOD_TERM ? p->cost.year : p->cost.term;
      const char *role = sendco_staff_role_name (p->staff_role);
      guint lines = MAX (MAX (lines_for (p->name, widths[PROVISION_NAME]),
                              lines_for (p->staff_name, widths[PROVISION_STAFF])),
                         role ? lines_for (role, widths[PROVISION_ROLE]) : 1);

      put_text (w, sheet, row, PROVISION_NAME, p->name, f->wrap);
      put_text (w, sheet, row, PROVISION_AREA, sendco_area_name (p->area), f->wrap);
      put_number (w, sheet, row, PROVISION_WAVE, p->wave, f->centred);
      put_text (w, sheet, row, PROVISION_STAFF, p->staff_name, f->wrap);
      put_text (w, sheet, row, PROVISION_ROLE, role, f->wrap);
      if (lines > 1)
        set_row (w, sheet, row, LINE_HEIGHT * lines);
      put_number (w, sheet, row, PROVISION_HOURLY, money (p->hourly_cost), f->money);
      put_number (w, sheet, row, PROVISION_GROUP_SIZE, p->group_size, f->centred);
      put_number (w, sheet, row, PROVISION_SESSIONS, p->sessions_per_week, f->centred);
      put_number (w, sheet, row, PROVISION_MINUTES, p->minutes_per_session, f->centred);
      put_number (w, sheet, row, PROVISION_WEEKS, p->weeks, f->centred);
      put_number (w, sheet, row, PROVISION_PUPILS, shown_pupils (p), f->centred);
      put_number (w, sheet, row, PROVISION_GROUPS, p->cost.groups, f->centred);
      put_number (w, sheet, row, PROVISION_SESSION_COST, money (p->cost.session), f->money);
      put_number (w, sheet, row, PROVISION_WEEK_COST, money (p->cost.week), f->money);
      put_number (w, sheet, row, PROVISION_TERM_COST, money (term_cost), f->money);
      put_number (w, sheet, row, PROVISION_PERIOD_COST, money (p->shown_cost), f->money);
      put_number (w, sheet, row, PROVISION_RESOURCES, money (p->resources_per_year), f->money);
      put_number (w, sheet, row, PROVISION_PER_PUPIL, money (p->cost.per_pupil), f->money);
      week += p->cost.week;
      term += term_cost;
      resources += p->resources_per_year;
    }

  /* Totals: the formulas, with the values Sendco worked out. */
  {
    g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Total: %u provision",
                                                           "Total: %u provisions", n), n);

    for (lxw_col_t c = 0; c < N_PROVISION_COLUMNS; c++)
      put_text (w, sheet, total_row, c, NULL, f->total_blank);
    put_text (w, sheet, total_row, PROVISION_NAME, label, f->total_label);
    put_sum (w, sheet, total_row, PROVISION_WEEK_COST, TABLE_FIRST_ROW, last, money (week),
             f->total_money);
    put_sum (w, sheet, total_row, PROVISION_TERM_COST, TABLE_FIRST_ROW, last, money (term),
             f->total_money);
    put_sum (w, sheet, total_row, PROVISION_PERIOD_COST, TABLE_FIRST_ROW, last, money (map->total),
             f->total_money);
    put_sum (w, sheet, total_row, PROVISION_RESOURCES, TABLE_FIRST_ROW, last, money (resources),
             f->total_money);
  }

  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_autofilter (sheet, TABLE_HEADER_ROW, 0, TABLE_HEADER_ROW + MAX (n, 1),
                                   N_PROVISION_COLUMNS - 1));
  worksheet_freeze_panes (sheet, TABLE_FIRST_ROW, 1);
  set_print (w, sheet, TABLE_TITLE_ROW, TABLE_HEADER_ROW, _("Provisions"));
}

/* The "Pupils" sheet */

typedef enum
{
  PUPIL_NAME,
  PUPIL_YEAR,
  PUPIL_STATUS,
  PUPIL_NEED,
  PUPIL_COUNT,
  PUPIL_PROVISIONS,
  PUPIL_MINUTES,
  PUPIL_PERIOD_COST,
  PUPIL_YEAR_COST,
  PUPIL_OVER,
  N_PUPIL_COLUMNS
} PupilColumn;

static void
write_pupils_sheet (Writer *w, double from, double to)
{
  const SendcoProvisionMap *map = w->map;
  lxw_worksheet *sheet = workbook_add_worksheet (w->workbook, _("Pupils"));
  g_autofree char *threshold = sendco_money_format_whole (SENDCO_NOTIONAL_SEN_THRESHOLD);
  /* Translators: a column of the Pupils sheet; %s is £6,000 */
  g_autofree char *over_header = g_strdup_printf (_("Above %s"), threshold);
  const struct { const char *header; double width; Align align; } columns[] = {
    [PUPIL_NAME] = { N_("Pupil"), 26, ALIGN_LEFT },
    [PUPIL_YEAR] = { N_("Year"), 6, ALIGN_CENTRE },
    [PUPIL_STATUS] = { N_("SEN status"), 13, ALIGN_LEFT },
    [PUPIL_NEED] = { N_("Primary need"), 9, ALIGN_CENTRE },
    [PUPIL_COUNT] = { N_("Provisions"), 10, ALIGN_CENTRE },
    [PUPIL_PROVISIONS] = { N_("Their provisions"), 52, ALIGN_LEFT },
    [PUPIL_MINUTES] = { N_("Minutes a week"), 9, ALIGN_RIGHT },
    [PUPIL_PERIOD_COST] = { NULL, 14, ALIGN_RIGHT },
    [PUPIL_YEAR_COST] = { N_("All provision in the school year"), 15, ALIGN_RIGHT },
    [PUPIL_OVER] = { NULL, 9, ALIGN_CENTRE },
  };
  g_autofree char *title = NULL, *label = NULL, *over_formula = NULL;
  char range[LXW_MAX_CELL_RANGE_LENGTH];
  guint n = map->pupils->len;
  lxw_row_t last = TABLE_FIRST_ROW + n - 1, total_row = TABLE_FIRST_ROW + n;
  gint64 year_total = 0;
  double minutes = 0;
  guint places = 0;
  const Formats *f = &w->f;

  double widths[N_PUPIL_COLUMNS];
  glong longest_name = 0, longest_list = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (columns) == N_PUPIL_COLUMNS);

  if (sheet == NULL)
    {
      keep (w, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      const SendcoMapPupil *pupil = g_ptr_array_index (map->pupils, i);

      longest_name = MAX (longest_name, text_length (pupil->name));
      longest_list = MAX (longest_list,
                          text_length (g_ptr_array_index (w->pupil_provisions, i)));
    }
  for (guint c = 0; c < N_PUPIL_COLUMNS; c++)
    widths[c] = columns[c].width;
  widths[PUPIL_NAME] = fit_width (longest_name, 16, 34);
  widths[PUPIL_PROVISIONS] = fit_width (longest_list, 20, 60);

  title = g_strdup_printf (_("Pupils receiving additional provision — %s — %s"), map->school_name,
                           map->period_label);
  merge (w, sheet, TABLE_TITLE_ROW, 0, N_PUPIL_COLUMNS - 1, title, f->school);
  set_row (w, sheet, TABLE_TITLE_ROW, 24);
  for (lxw_col_t c = 0; c < N_PUPIL_COLUMNS; c++)
    {
      const char *header = c == PUPIL_OVER ? over_header
                           : columns[c].header ? _(columns[c].header)
                                               : period_cost_header (map);

      set_width (w, sheet, c, c, widths[c]);
      put_text (w, sheet, TABLE_HEADER_ROW, c, header, header_format (f, columns[c].align));
    }
  set_row (w, sheet, TABLE_HEADER_ROW, 32);

  for (guint i = 0; i < n && w->status == LXW_NO_ERROR; i++)
    {
      const SendcoMapPupil *pupil = g_ptr_array_index (map->pupils, i);
      lxw_row_t row = TABLE_FIRST_ROW + i;
      gboolean over = pupil->over_threshold;
      SendcoSenStatus status = sendco_sen_status_from_code (pupil->sen_status);
      const char *provisions = g_ptr_array_index (w->pupil_provisions, i);

      put_text (w, sheet, row, PUPIL_NAME, pupil->name, over ? f->over_flag : f->wrap);
      year_cell (w, sheet, row, PUPIL_YEAR, pupil->year_group,
                 over ? f->over_centred_text : f->centred_text,
                 over ? f->over_centred : f->centred);
      put_text (w, sheet, row, PUPIL_STATUS,
                status != SENDCO_SEN_INVALID ? sendco_sen_status_name (status) : pupil->sen_status,
                over ? f->over_text : f->text);
      put_text (w, sheet, row, PUPIL_NEED, pupil->primary_need,
                over ? f->over_centred_text : f->centred_text);
      put_number (w, sheet, row, PUPIL_COUNT, pupil->n_provisions,
                  over ? f->over_centred : f->centred);
      put_text (w, sheet, row, PUPIL_PROVISIONS, provisions, over ? f->over_wrap : f->wrap);
      {
        guint lines = MAX (lines_for (provisions, widths[PUPIL_PROVISIONS]),
                           lines_for (pupil->name, widths[PUPIL_NAME]));

        if (lines > 1)
          set_row (w, sheet, row, LINE_HEIGHT * lines);
      }
      put_number (w, sheet, row, PUPIL_MINUTES, pupil->minutes_per_week,
                  over ? f->over_integer : f->decimal);
      put_number (w, sheet, row, PUPIL_PERIOD_COST, money (pupil->total),
                  over ? f->over_money : f->money);
      put_number (w, sheet, row, PUPIL_YEAR_COST, money (pupil->year_total),
                  over ? f->over_money : f->money);
      /* Translators: in the "Above £6,000" column */
      put_text (w, sheet, row, PUPIL_OVER, over ? _("Yes") : NULL,
                over ? f->over_flag_centred : f->text);

      year_total += pupil->year_total;
      minutes += pupil->minutes_per_week;
      places += pupil->n_provisions;

      if (i % 256 == 255)
        {
          if (cancelled (w))
            return;
          report (w, from + (to - from) * (i + 1.0) / n, NULL);
        }
    }

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total: %u pupil", "Total: %u pupils", n),
                           n);
  for (lxw_col_t c = 0; c < N_PUPIL_COLUMNS; c++)
    put_text (w, sheet, total_row, c, NULL, f->total_blank);
  put_text (w, sheet, total_row, PUPIL_NAME, label, f->total_label);
  put_sum (w, sheet, total_row, PUPIL_COUNT, TABLE_FIRST_ROW, last, places, f->total_centred);
  put_sum (w, sheet, total_row, PUPIL_MINUTES, TABLE_FIRST_ROW, last, minutes, f->total_integer);
  put_sum (w, sheet, total_row, PUPIL_PERIOD_COST, TABLE_FIRST_ROW, last, money (map->total),
           f->total_money);
  put_sum (w, sheet, total_row, PUPIL_YEAR_COST, TABLE_FIRST_ROW, last, money (year_total),
           f->total_money);
  if (n > 0)
    {
      lxw_rowcol_to_range (range, TABLE_FIRST_ROW, PUPIL_OVER, last, PUPIL_OVER);
      over_formula = g_strdup_printf ("=COUNTIF(%s,\"%s\")", range, _("Yes"));
      put_formula (w, sheet, total_row, PUPIL_OVER, over_formula, map->over_threshold,
                   f->total_centred);
    }
  else
    put_number (w, sheet, total_row, PUPIL_OVER, 0, f->total_centred);

  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_autofilter (sheet, TABLE_HEADER_ROW, 0, TABLE_HEADER_ROW + MAX (n, 1),
                                   N_PUPIL_COLUMNS - 1));
  worksheet_freeze_panes (sheet, TABLE_FIRST_ROW, 1);
  set_print (w, sheet, TABLE_TITLE_ROW, TABLE_HEADER_ROW, _("Pupils"));
}

/* The "Summary" sheet */

/* A table of pupils, cost and share: returns the row after its total. */
static lxw_row_t
write_breakdown (Writer *w, lxw_worksheet *sheet, lxw_row_t row, const char *heading,
                 const char *first_header, guint n, const char *const *labels,
                 const guint *pupils, const gint64 *costs, guint total_pupils,
                 lxw_row_t *first_row)
{
  const Formats *f = &w->f;
  const SendcoProvisionMap *map = w->map;
  lxw_row_t first, total_row;
  char total_cell[LXW_MAX_CELL_NAME_LENGTH];

  put_text (w, sheet, row, 0, heading, f->section);
  set_row (w, sheet, row, 24);
  row++;
  put_text (w, sheet, row, 0, first_header, f->header);
  put_text (w, sheet, row, 1, _("Pupils"), f->header_number);
  put_text (w, sheet, row, 2, _("Cost"), f->header_number);
  put_text (w, sheet, row, 3, _("Share of cost"), f->header_number);
  row++;

  first = row;
  total_row = first + n;
  lxw_rowcol_to_cell (total_cell, total_row, 2);
  /* $C$12 */
  {
    g_autofree char *absolute = NULL;
    const char *digits = total_cell;

    while (*digits && !g_ascii_isdigit (*digits))
      digits++;
    absolute = g_strdup_printf ("$%.*s$%s", (int) (digits - total_cell), total_cell, digits);
    g_strlcpy (total_cell, absolute, sizeof total_cell);
  }

  for (guint i = 0; i < n; i++, row++)
    {
      char cost_cell[LXW_MAX_CELL_NAME_LENGTH];
      g_autofree char *share = NULL;

      lxw_rowcol_to_cell (cost_cell, row, 2);
      put_text (w, sheet, row, 0, labels[i], f->text);
      put_number (w, sheet, row, 1, pupils[i], f->integer);
      put_number (w, sheet, row, 2, money (costs[i]), f->money);
      share = g_strdup_printf ("=IF(%s=0,0,%s/%s)", total_cell, cost_cell, total_cell);
      put_formula (w, sheet, row, 3, share, map->total ? (double) costs[i] / map->total : 0,
                   f->percent);
    }

  put_text (w, sheet, row, 0, _("All provision"), f->total_label);
  put_number (w, sheet, row, 1, total_pupils, f->total_integer);
  put_sum (w, sheet, row, 2, first, total_row - 1, money (map->total), f->total_money);
  put_sum (w, sheet, row, 3, first, total_row - 1, map->total ? 1.0 : 0.0, f->total_percent);
  if (first_row)
    *first_row = first;
  return row + 2;
}

static void
write_chart (Writer *w, lxw_worksheet *sheet, const char *sheet_name, lxw_row_t first,
             lxw_row_t last, lxw_row_t at_row)
{
  lxw_chart *chart = workbook_add_chart (w->workbook, LXW_CHART_BAR);
  lxw_chart_series *series;
  SendcoRenderStyle style;
  lxw_chart_fill fills[SENDCO_N_AREAS];
  lxw_chart_point points[SENDCO_N_AREAS];
  lxw_chart_point *point_list[SENDCO_N_AREAS + 1];
  lxw_chart_font title_font = { .bold = LXW_TRUE, .size = 13, .color = INK };
  lxw_chart_font axis_font = { .size = 10, .color = MUTED };
  lxw_chart_font axis_title_font = { .bold = LXW_TRUE, .size = 10, .color = INK };
  lxw_chart_line gridline = { .color = 0xDEDDDA, .width = 0.75 };
  lxw_chart_line no_line = { .none = LXW_TRUE };
  lxw_chart_options options = { .x_offset = 12, .y_offset = 6, .x_scale = 1.25, .y_scale = 1.3,
                                .object_position = LXW_OBJECT_MOVE_DONT_SIZE };
  lxw_chart_axis *values, *categories;

  if (chart == NULL)
    {
      keep (w, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }
  sendco_render_style_init_light (&style);

  series = chart_add_series (chart, NULL, NULL);
  chart_series_set_categories (series, sheet_name, first, 0, last, 0);
  chart_series_set_values (series, sheet_name, first, 2, last, 2);
  chart_series_set_name (series, _("Cost"));
  for (guint a = 0; a < SENDCO_N_AREAS; a++)
    {
      memset (&fills[a], 0, sizeof fills[a]);
      memset (&points[a], 0, sizeof points[a]);
      fills[a].color = rgb (&style.area[a]);
      points[a].fill = &fills[a];
      point_list[a] = &points[a];
    }
  point_list[SENDCO_N_AREAS] = NULL;
  keep (w, chart_series_set_points (series, point_list));
  chart_series_set_labels (series);
  chart_series_set_labels_num_format (series, MONEY_WHOLE);
  chart_series_set_labels_font (series, &axis_font);
  chart_set_series_gap (chart, 60);

  chart_title_set_name (chart, _("Cost by area of need"));
  chart_title_set_name_font (chart, &title_font);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  chart_chartarea_set_line (chart, &no_line);

  /* A bar chart: the categories run down the side (libxlsxwriter's y axis
   * here), the values across (its x axis). */
  categories = chart->y_axis;
  values = chart->x_axis;
  chart_axis_set_name (categories, _("Area of need"));
  chart_axis_set_name_font (categories, &axis_title_font);
  chart_axis_set_num_font (categories, &axis_font);
  /* First area at the top, with the values' axis still along the foot. */
  chart_axis_set_reverse (categories);
  chart_axis_set_crossing_max (categories);
  chart_axis_set_name (values, _("Cost (£)"));
  chart_axis_set_name_font (values, &axis_title_font);
  chart_axis_set_num_font (values, &axis_font);
  chart_axis_set_num_format (values, MONEY_WHOLE);
  chart_axis_set_min (values, 0);
  chart_axis_major_gridlines_set_line (values, &gridline);

  if (w->status == LXW_NO_ERROR)
    keep (w, worksheet_insert_chart_opt (sheet, at_row, 5, chart, &options));
}

static void
write_summary_sheet (Writer *w)
{
  const SendcoProvisionMap *map = w->map;
  const char *name = _("Summary");
  lxw_worksheet *sheet = workbook_add_worksheet (w->workbook, name);
  g_autofree char *title = NULL, *period = period_line (map);
  g_autofree char *threshold = sendco_money_format_whole (SENDCO_NOTIONAL_SEN_THRESHOLD);
  g_autofree char *over_label = NULL;
  const char *area_labels[SENDCO_N_AREAS];
  const char *wave_labels[3];
  g_autoptr (GPtrArray) year_labels = g_ptr_array_new_with_free_func (g_free);
  guint year_pupils[SENDCO_MAP_N_YEARS];
  gint64 year_costs[SENDCO_MAP_N_YEARS];
  lxw_row_t row, area_first, total_cell_row, budget_row;
  char total_cell[LXW_MAX_CELL_NAME_LENGTH], budget_cell[LXW_MAX_CELL_NAME_LENGTH];
  const Formats *f = &w->f;

  if (sheet == NULL)
    {
      keep (w, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  worksheet_gridlines (sheet, LXW_HIDE_ALL_GRIDLINES);
  set_width (w, sheet, 0, 0, 40);
  set_width (w, sheet, 1, 1, 10);
  set_width (w, sheet, 2, 2, 15);
  set_width (w, sheet, 3, 3, 14);
  set_width (w, sheet, 4, 4, 3);

  /* Translators: the title of the Summary sheet; %s is the school */
  title = g_strdup_printf (_("Provision map summary — %s"), map->school_name);
  put_text (w, sheet, 0, 0, title, f->title);
  set_row (w, sheet, 0, 30);
  put_text (w, sheet, 1, 0, period, f->subtitle);

  /* What a governor reads first: the total against the budget. */
  row = 3;
  put_text (w, sheet, row, 0, _("Against the budget"), f->section);
  set_row (w, sheet, row, 24);
  row++;
  total_cell_row = row;
  put_text (w, sheet, row, 0, _("Cost of additional provision"), f->big_label);
  put_text (w, sheet, row, 1, NULL, f->big_label);
  /* filled in below, once the area table's total is known */
  row++;
  put_text (w, sheet, row, 0, _("Pupils receiving additional provision"), f->big_label);
  put_text (w, sheet, row, 1, NULL, f->big_label);
  put_number (w, sheet, row, 2, map->pupils_total, f->big_integer);
  row++;
  budget_row = row;
  put_text (w, sheet, row, 0, _("SEN budget for the year, as entered in Sendco"), f->big_label);
  put_text (w, sheet, row, 1, NULL, f->big_label);
  if (map->budget > 0)
    put_number (w, sheet, row, 2, money (map->budget), f->big_money);
  else
    put_text (w, sheet, row, 2, _("Not set"), f->big_note);
  row++;
  put_text (w, sheet, row, 0, _("Left in the budget (budget less cost)"), f->big_label);
  put_text (w, sheet, row, 1, NULL, f->big_label);
  lxw_rowcol_to_cell (total_cell, total_cell_row, 2);
  lxw_rowcol_to_cell (budget_cell, budget_row, 2);
  if (map->budget > 0)
    {
      g_autofree char *formula = g_strdup_printf ("=%s-%s", budget_cell, total_cell);

      put_formula (w, sheet, row, 2, formula, money (map->budget - map->total),
                   f->big_money_signed);
    }
  else
    put_text (w, sheet, row, 2, NULL, f->big_label);
  row++;
  over_label = g_strdup_printf (_("Pupils whose provision costs more than %s a year"), threshold);
  put_text (w, sheet, row, 0, over_label, f->big_label);
  put_text (w, sheet, row, 1, NULL, f->big_label);
  put_number (w, sheet, row, 2, map->over_threshold, f->big_integer);
  row++;
  if (map->period == SENDCO_PERIOD_TERM)
    {
      put_text (w, sheet, row, 0, _("The map is costed for one term; the budget is for the "
                                    "whole school year."), f->note);
      row++;
    }
  row++;

  for (SendcoArea a = 0; a < SENDCO_N_AREAS; a++)
    area_labels[a] = sendco_area_name (a);
  row = write_breakdown (w, sheet, row, _("Cost by area of need"), _("Area of need"),
                         SENDCO_N_AREAS, area_labels, w->area_pupils, map->by_area,
                         map->pupils_total, &area_first);
  {
    /* The headline total is the area table's. */
    char area_total[LXW_MAX_CELL_NAME_LENGTH];
    g_autofree char *formula = NULL;

    lxw_rowcol_to_cell (area_total, area_first + SENDCO_N_AREAS, 2);
    formula = g_strdup_printf ("=%s", area_total);
    put_formula (w, sheet, total_cell_row, 2, formula, money (map->total), f->big_money);
  }

  for (int wave = 1; wave <= 3; wave++)
    wave_labels[wave - 1] = sendco_wave_name (wave);
  row = write_breakdown (w, sheet, row, _("Cost by wave"), _("Wave"), 3, wave_labels,
                         w->wave_pupils, map->by_wave, map->pupils_total, NULL);

  for (guint c = 0; c < map->n_years; c++)
    {
      int y = SENDCO_MAP_YEAR_INDEX (map->years[c]);

      g_ptr_array_add (year_labels, sendco_year_group_label (map->years[c]));
      year_pupils[c] = map->pupils_by_year[y];
      year_costs[c] = map->cost_by_year[y];
    }
  row = write_breakdown (w, sheet, row, _("Cost by year group"), _("Year group"), map->n_years,
                         (const char *const *) year_labels->pdata, year_pupils, year_costs,
                         map->pupils_total, NULL);

  write_chart (w, sheet, name, area_first, area_first + SENDCO_N_AREAS - 1, 3);

  set_print (w, sheet, 0, 0, _("Summary"));
  worksheet_fit_to_pages (sheet, 1, 1);
}

static void
set_properties (Writer *w)
{
  const SendcoProvisionMap *map = w->map;
  g_autofree char *title = g_strdup_printf (_("Provision map: %s"), map->school_name);
  g_autofree char *subject = g_strdup_printf (_("Costed provision map, %s"), map->period_label);
  g_autofree char *made = sendco_iso_to_uk (map->made_on);
  g_autofree char *comments = g_strdup_printf (_("Made by Sendco on %s. It names pupils with "
                                                 "SEN: keep it safe."), made);
  lxw_doc_properties properties = {
    .title = title,
    .subject = subject,
    .author = (char *) "Sendco",
    .company = map->school_name,
    .category = (char *) _("SEND"),
    .keywords = (char *) _("provision map, SEND, SEN support, EHC plan"),
    .comments = comments,
  };

  keep (w, workbook_set_properties (w->workbook, &properties));
}

static gboolean
write_workbook (Writer *w)
{
  report (w, 0.05, _("Writing the provision map…"));
  set_properties (w);
  make_formats (w->workbook, &w->f);
  tally (w);
  write_map_sheet (w);
  if (w->status != LXW_NO_ERROR || cancelled (w))
    return FALSE;
  report (w, 0.2, _("Writing the provisions…"));
  write_provisions_sheet (w);
  if (w->status != LXW_NO_ERROR || cancelled (w))
    return FALSE;
  report (w, 0.3, _("Writing the pupils…"));
  write_pupils_sheet (w, 0.3, 0.5);
  if (w->status != LXW_NO_ERROR || cancelled (w))
    return FALSE;
  report (w, 0.5, _("Writing the summary…"));
  write_summary_sheet (w);
  return w->status == LXW_NO_ERROR && !cancelled (w);
}

static gboolean
fail_cancelled (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                       _("The provision map was not saved: the export was cancelled."));
  return FALSE;
}

/* What went wrong while the library wrote the file, in plain words. */
static gboolean
fail_library (GError **error, lxw_error status, int saved, const char *path)
{
  if (saved == ENOSPC || saved == EDQUOT || saved == EACCES || saved == EPERM || saved == EROFS
      || saved == ENOENT)
    return sendco_map_export_fail_errno (error, saved, path);
  return sendco_map_export_fail (error, G_IO_ERROR_FAILED, path, lxw_strerror (status));
}

/**
 * sendco_provision_map_write_xlsx:
 * @map: the snapshot to write
 * @path: the workbook to write (replaced if it exists)
 * @cancellable: (nullable): checked between sheets and rows
 * @progress: (nullable): told how far it has got, in this thread
 *
 * The file is private (mode 0600): it names children and their needs.
 *
 * Returns: %FALSE with @error set (in the %G_IO_ERROR domain, in plain words
 *   that name the folder) when the file could not be written or the export
 *   was cancelled; nothing is left behind then
 */
gboolean
sendco_provision_map_write_xlsx (const SendcoProvisionMap *map, const char *path,
                                 GCancellable *cancellable, SendcoProgressFunc progress,
                                 gpointer progress_data, GError **error)
{
  g_autofree char *dir = NULL, *base = NULL, *temp = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = NULL };
  const char *runtime_dir = g_getenv ("XDG_RUNTIME_DIR");
  Writer w = { 0 };
  lxw_error status;
  gboolean ok;
  int fd, saved;

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!sendco_map_export_check_target (path, error))
    return FALSE;

  /* A private file beside the target, renamed into place once whole. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return sendco_map_export_fail_errno (error, errno, path);
  close (fd);

  /* The library's own scratch files (unlinked at once) go in the session's
   * private folder when there is one: it is in memory, and only this user
   * may read it. */
  if (runtime_dir && g_path_is_absolute (runtime_dir)
      && g_file_test (runtime_dir, G_FILE_TEST_IS_DIR) && g_access (runtime_dir, W_OK) == 0)
    options.tmpdir = (char *) runtime_dir;

  w.map = map;
  w.cancellable = cancellable;
  w.progress = progress;
  w.progress_data = progress_data;
  w.workbook = workbook_new_opt (temp, &options);
  if (w.workbook == NULL)
    {
      g_unlink (temp);
      return sendco_map_export_fail (error, G_IO_ERROR_FAILED, path,
                                     lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED));
    }

  ok = write_workbook (&w);
  writer_clear (&w);
  if (!ok)
    {
      lxw_workbook_free (w.workbook);
      g_unlink (temp);
      if (w.status != LXW_NO_ERROR)
        return sendco_map_export_fail (error, G_IO_ERROR_FAILED, path,
                                       lxw_strerror (w.status));
      return fail_cancelled (error);
    }

  report (&w, 0.6, _("Saving the workbook…"));
  errno = 0;
  status = workbook_close (w.workbook);
  saved = errno;
  if (status != LXW_NO_ERROR)
    {
      g_unlink (temp);
      return fail_library (error, status, saved, path);
    }

  /* On the disk before it takes the target's place. */
  fd = g_open (temp, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fsync (fd) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      g_unlink (temp);
      return sendco_map_export_fail_errno (error, saved, path);
    }
  close (fd);

  /* A cancel now still leaves any old file as it was. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_unlink (temp);
      return fail_cancelled (error);
    }
  if (g_rename (temp, path) != 0)
    {
      saved = errno;
      g_unlink (temp);
      return sendco_map_export_fail_errno (error, saved, path);
    }
  report (&w, 1.0, NULL);
  return TRUE;
}

/* In a thread */

static gboolean
write_xlsx (const SendcoProvisionMap *map, const char *path, gpointer options,
            GCancellable *cancellable, SendcoProgressFunc progress, gpointer progress_data,
            GError **error)
{
  return sendco_provision_map_write_xlsx (map, path, cancellable, progress, progress_data, error);
}

/**
 * sendco_provision_xlsx_export_async:
 * @database_path: the school file; opened again, read-only, in the thread
 * @filter: what the map shows (copied)
 * @out_path: the workbook to write
 * @cancellable: (nullable): cancels the export; nothing is left behind
 * @progress: (nullable): told how far it has got, in this thread's main
 *   context, until @callback runs
 *
 * Builds and writes the provision map workbook in a thread.
 */
void
sendco_provision_xlsx_export_async (const char *database_path, const SendcoMapFilter *filter,
                                    const char *out_path, GCancellable *cancellable,
                                    SendcoProgressFunc progress, gpointer progress_data,
                                    GAsyncReadyCallback callback, gpointer user_data)
{
  sendco_map_export_async (database_path, filter, out_path, write_xlsx, NULL,
                           sendco_provision_xlsx_export_async, cancellable, progress,
                           progress_data, callback, user_data);
}

gboolean
sendco_provision_xlsx_export_finish (GAsyncResult *result, GError **error)
{
  return sendco_map_export_finish (result, sendco_provision_xlsx_export_async, error);
}
