/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reviews and deadlines as an XLSX workbook for the SENDCO, senior leaders
 * and governors: real Excel dates, a frozen header with filters, overdue rows
 * filled red and rows due within 14 days amber, set up to print landscape
 * one page wide. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include "sendco-deadlines-export.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "sendco-export.h"
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-deadline-item.h"
#include "sendco-store-deadlines.h"

typedef enum
{
  COLUMN_DUE,
  COLUMN_DAYS,
  COLUMN_PUPIL,
  COLUMN_YEAR,
  COLUMN_WHAT,
  COLUMN_KIND,
  COLUMN_OWNER,
  COLUMN_RULE,
  COLUMN_NOTE,
  N_COLUMNS
} Column;

/* A row's formats for one urgency: overdue, soon, later. */
typedef struct
{
  lxw_format *date;
  lxw_format *days;
  lxw_format *text;
  lxw_format *wrap;
} RowFormats;

#define TITLE_ROW  0
#define HEADER_ROW 1
#define FIRST_ROW  2

static const char *
column_header (Column column)
{
  switch (column)
    {
    case COLUMN_DUE: return _("Due");
    /* Translators: a column: days from the export date, below 0 when overdue */
    case COLUMN_DAYS: return _("Days");
    case COLUMN_PUPIL: return _("Pupil");
    case COLUMN_YEAR: return _("Year");
    case COLUMN_WHAT: return _("What is due");
    case COLUMN_KIND: return _("Kind");
    case COLUMN_OWNER: return _("Owner");
    case COLUMN_RULE: return _("Rule");
    case COLUMN_NOTE: return _("Note");
    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static double
column_width (Column column)
{
  static const double widths[N_COLUMNS] = {
    [COLUMN_DUE] = 11.5, [COLUMN_DAYS] = 7, [COLUMN_PUPIL] = 24, [COLUMN_YEAR] = 6,
    [COLUMN_WHAT] = 44, [COLUMN_KIND] = 21, [COLUMN_OWNER] = 15, [COLUMN_RULE] = 58,
    [COLUMN_NOTE] = 34,
  };

  return widths[column];
}

static void
make_formats (lxw_workbook *workbook, RowFormats formats[3])
{
  static const struct { lxw_color_t fill; lxw_color_t ink; gboolean bold; } looks[3] = {
    [SENDCO_URGENCY_OVERDUE] = { 0xF6D5D1, 0x8F1D1D, TRUE },
    [SENDCO_URGENCY_SOON] = { 0xFCEBC2, 0x6B4A00, TRUE },
    [SENDCO_URGENCY_LATER] = { LXW_COLOR_UNSET, LXW_COLOR_UNSET, FALSE },
  };

  for (guint u = 0; u < 3; u++)
    {
      lxw_format **all[] = { &formats[u].date, &formats[u].days, &formats[u].text, &formats[u].wrap };

      for (guint f = 0; f < G_N_ELEMENTS (all); f++)
        {
          lxw_format *format = workbook_add_format (workbook);

          format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
          if (looks[u].fill != LXW_COLOR_UNSET)
            format_set_bg_color (format, looks[u].fill);
          *all[f] = format;
        }
      format_set_num_format (formats[u].date, "dd/mm/yyyy");
      format_set_align (formats[u].date, LXW_ALIGN_LEFT);
      format_set_num_format (formats[u].days, "0");
      format_set_text_wrap (formats[u].wrap);
      if (looks[u].bold)
        {
          format_set_bold (formats[u].date);
          format_set_bold (formats[u].days);
          format_set_font_color (formats[u].date, looks[u].ink);
          format_set_font_color (formats[u].days, looks[u].ink);
        }
    }
}

/* Year groups 1 to 14 as numbers (so they sort and filter), N and R as text. */
static lxw_error
write_year (lxw_worksheet *sheet, lxw_row_t row, int year_group, lxw_format *text,
            lxw_format *number)
{
  g_autofree char *label = NULL;

  if (year_group >= 1)
    return worksheet_write_number (sheet, row, COLUMN_YEAR, year_group, number);
  if (year_group < SENDCO_YEAR_NURSERY)
    return worksheet_write_blank (sheet, row, COLUMN_YEAR, text);
  label = sendco_year_group_short_label (year_group);
  return worksheet_write_string (sheet, row, COLUMN_YEAR, label, text);
}

static lxw_error
write_text (lxw_worksheet *sheet, lxw_row_t row, Column column, const char *text,
            lxw_format *format)
{
  if (text == NULL || text[0] == '\0')
    return worksheet_write_blank (sheet, row, (lxw_col_t) column, format);
  return worksheet_write_string (sheet, row, (lxw_col_t) column, text, format);
}

static lxw_error
write_deadline (lxw_worksheet *sheet, lxw_row_t row, SendcoDeadlineItem *item,
                GHashTable *years, const char *today, RowFormats formats[3])
{
  SendcoUrgency urgency = sendco_deadline_item_get_urgency (item, today);
  RowFormats *f = &formats[urgency];
  gint64 pupil_id = sendco_deadline_item_get_pupil_id (item);
  gpointer year = g_hash_table_lookup (years, &pupil_id);
  lxw_datetime when = { 0 };
  lxw_error status = LXW_NO_ERROR;
  GDate date;

  g_date_clear (&date, 1);
  if (sendco_date_from_iso (sendco_deadline_item_get_date (item), &date))
    {
      when.year = g_date_get_year (&date);
      when.month = g_date_get_month (&date);
      when.day = g_date_get_day (&date);
      status = worksheet_write_datetime (sheet, row, COLUMN_DUE, &when, f->date);
    }
  else
    status = worksheet_write_blank (sheet, row, COLUMN_DUE, f->date);

#define WRITE(call) G_STMT_START { if (status == LXW_NO_ERROR) status = (call); } G_STMT_END
  WRITE (worksheet_write_number (sheet, row, COLUMN_DAYS,
                                 sendco_deadline_item_days_from (item, today), f->days));
  WRITE (write_text (sheet, row, COLUMN_PUPIL, sendco_deadline_item_get_pupil_name (item), f->text));
  WRITE (write_year (sheet, row, year ? GPOINTER_TO_INT (year) - 100 : G_MININT, f->text, f->days));
  WRITE (write_text (sheet, row, COLUMN_WHAT, sendco_deadline_item_get_label (item), f->wrap));
  WRITE (write_text (sheet, row, COLUMN_KIND,
                     sendco_deadline_kind_name (sendco_deadline_item_get_kind (item)), f->text));
  WRITE (write_text (sheet, row, COLUMN_OWNER,
                     sendco_owner_name (sendco_deadline_item_get_owner (item)), f->text));
  WRITE (write_text (sheet, row, COLUMN_RULE, sendco_deadline_item_get_rule (item), f->wrap));
  WRITE (write_text (sheet, row, COLUMN_NOTE, sendco_deadline_item_get_note (item), f->wrap));
#undef WRITE

  return status;
}

/* Pupil id -> year group + 100 (so that 0 stays "not found"). */
static GHashTable *
read_years (SendcoStore *store, GError **error)
{
  g_autoptr (GListStore) pupils = sendco_store_list_pupils (store, TRUE, error);
  GHashTable *years;
  guint n;

  if (pupils == NULL)
    return NULL;
  years = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (pupils));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);
      gint64 *id = g_new (gint64, 1);

      *id = sendco_pupil_get_id (pupil);
      g_hash_table_insert (years, id, GINT_TO_POINTER (sendco_pupil_get_year_group (pupil) + 100));
    }
  return years;
}

static lxw_error
write_sheet (lxw_workbook *workbook, SendcoStore *store, GListModel *deadlines, GHashTable *years,
             const GDate *today)
{
  g_autoptr (SendcoSchool) school = sendco_store_get_school (store, NULL);
  g_autofree char *today_iso = sendco_date_to_iso (today);
  g_autofree char *today_uk = sendco_date_format_uk (today);
  g_autofree char *title = NULL;
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, _("Deadlines"));
  lxw_format *title_format = workbook_add_format (workbook);
  lxw_format *header_format = workbook_add_format (workbook);
  const char *name = school ? sendco_school_get_name (school) : "";
  guint n = g_list_model_get_n_items (deadlines);
  lxw_error status = LXW_NO_ERROR;
  RowFormats formats[3];

  if (sheet == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;

  format_set_bold (title_format);
  format_set_font_size (title_format, 14);
  format_set_align (title_format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bold (header_format);
  format_set_bg_color (header_format, 0xE4E7EB);
  format_set_bottom (header_format, LXW_BORDER_THIN);
  format_set_align (header_format, LXW_ALIGN_VERTICAL_CENTER);
  make_formats (workbook, formats);

  /* Translators: the title row of the workbook: school name, then the date exported */
  title = name[0] ? g_strdup_printf (_("%s — Reviews and deadlines — exported %s"), name, today_uk)
                  : g_strdup_printf (_("Reviews and deadlines — exported %s"), today_uk);
  status = worksheet_merge_range (sheet, TITLE_ROW, 0, TITLE_ROW, N_COLUMNS - 1, title, title_format);
  if (status == LXW_NO_ERROR)
    status = worksheet_set_row (sheet, TITLE_ROW, 24, NULL);
  if (status == LXW_NO_ERROR)
    status = worksheet_set_row (sheet, HEADER_ROW, 18, NULL);

  for (guint c = 0; c < N_COLUMNS && status == LXW_NO_ERROR; c++)
    {
      status = worksheet_set_column (sheet, (lxw_col_t) c, (lxw_col_t) c, column_width (c), NULL);
      if (status == LXW_NO_ERROR)
        status = worksheet_write_string (sheet, HEADER_ROW, (lxw_col_t) c, column_header (c),
                                         header_format);
    }

  for (guint i = 0; i < n && status == LXW_NO_ERROR; i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (deadlines, i);

      status = write_deadline (sheet, FIRST_ROW + i, item, years, today_iso, formats);
    }

  if (status == LXW_NO_ERROR)
    status = worksheet_autofilter (sheet, HEADER_ROW, 0, HEADER_ROW + MAX (n, 1), N_COLUMNS - 1);
  worksheet_freeze_panes (sheet, FIRST_ROW, 0);

  /* Print: landscape A4, one page wide, the title and header on every page. */
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_set_margins (sheet, 0.4, 0.4, 0.5, 0.6);
  if (status == LXW_NO_ERROR)
    status = worksheet_repeat_rows (sheet, TITLE_ROW, HEADER_ROW);
  if (status == LXW_NO_ERROR)
    {
      /* Translators: the printed footer; &P is the page number, &N the number of pages */
      status = worksheet_set_footer (sheet, _("&CPage &P of &N"));
    }

  return status;
}

static void
fail (const char *path, lxw_error status, GError **error)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
               _("The deadlines could not be saved as “%s”: %s."), shown, lxw_strerror (status));
}

/**
 * sendco_deadlines_export_xlsx:
 * @store: the school file (for the school's name and the pupils' year groups)
 * @deadlines: (nullable): #SendcoDeadlineItem<!-- -->s in the order to write;
 *   %NULL for every deadline in the school
 * @today: (nullable): the date the export is made (sendco_today() when %NULL)
 * @path: the workbook to write (replaced if it exists)
 *
 * The file is private (mode 0600): it names pupils with SEN.
 */
gboolean
sendco_deadlines_export_xlsx (SendcoStore *store, GListModel *deadlines, const GDate *today,
                              const char *path, GError **error)
{
  g_autoptr (GListStore) all = NULL;
  g_autoptr (GHashTable) years = NULL;
  g_autofree char *dir = NULL, *base = NULL, *tmp = NULL;
  lxw_workbook *workbook;
  lxw_error status;
  GDate now;
  g_autofree char *problem = NULL;
  GFileError code;
  int fd;

  g_return_val_if_fail (SENDCO_IS_STORE (store), FALSE);
  g_return_val_if_fail (deadlines == NULL || G_IS_LIST_MODEL (deadlines), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (today && g_date_valid (today))
    now = *today;
  else
    sendco_today (&now);

  problem = sendco_export_target_problem (path, &code);
  if (problem)
    {
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, code, _("The deadlines could not be saved as “%s”: %s"), shown,
                   problem);
      return FALSE;
    }

  if (deadlines == NULL)
    {
      all = sendco_store_list_deadlines (store, 0, &now, error);
      if (all == NULL)
        return FALSE;
      deadlines = G_LIST_MODEL (all);
    }
  years = read_years (store, error);
  if (years == NULL)
    return FALSE;

  /* A private file beside the target, renamed into place once complete. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s-XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("The deadlines could not be saved as “%s”: %s."), shown, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  workbook = workbook_new (tmp);
  if (workbook == NULL)
    {
      g_unlink (tmp);
      fail (path, LXW_ERROR_CREATING_XLSX_FILE, error);
      return FALSE;
    }

  status = write_sheet (workbook, store, deadlines, years, &now);
  if (status != LXW_NO_ERROR)
    {
      lxw_workbook_free (workbook);
      g_unlink (tmp);
      fail (path, status, error);
      return FALSE;
    }

  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    {
      g_unlink (tmp);
      fail (path, status, error);
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_autofree char *shown = g_filename_display_name (path);

      g_unlink (tmp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("The deadlines could not be saved as “%s”: %s."), shown, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
