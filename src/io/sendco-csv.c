/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads a CSV file as MIS exports and spreadsheets write it: UTF-8 with or
 * without a byte-order mark, CRLF or LF, quoted fields holding commas, quotes
 * and line breaks, blank lines and padded cells. libcsv does the grammar; we
 * feed it one physical line at a time so each record knows the line it began
 * on, and an unterminated quote is reported at the line where it opened. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include "sendco-csv.h"

#include <string.h>

#include <csv.h>
#include <glib/gi18n-lib.h>

/* A file bigger than this is not a pupil export (20,000 pupils take ~4 MB). */
#define MAX_FILE_SIZE (64 * 1024 * 1024)

/* libcsv's parser states (libcsv.c, version 3): struct csv_parser.pstate. */
#define PARSER_ROW_NOT_BEGUN   0
#define PARSER_FIELD_NOT_BEGUN 1
#define PARSER_FIELD_BEGUN     2

typedef struct
{
  guint line;      /* the physical line the record began on */
  guint first;     /* index of its first field in cells */
  guint n_fields;
} CsvRow;

struct _SendcoCsvTable
{
  GStringChunk *chunk;     /* every field's text */
  GPtrArray    *cells;     /* const char *, header fields then each row's */
  guint         n_columns; /* the header's fields are cells[0 .. n_columns) */
  gboolean      has_header;
  GArray       *rows;      /* CsvRow */
};

typedef struct
{
  SendcoCsvTable *table;
  GPtrArray      *record;       /* the fields of the record being read */
  GString        *scratch;
  guint           record_line;  /* where the record being read began */
  guint           quote_line;   /* where the last quoted field opened */
} ParseState;

G_DEFINE_QUARK (sendco-csv-error-quark, sendco_csv_error)

static gboolean
is_blank_byte (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* libcsv callback: one field. Trims it, and turns CRLF or CR inside a quoted
 * field into LF, so a line break reads the same from any system. */
static void
on_field (void *data, size_t len, void *user_data)
{
  ParseState *state = user_data;
  const char *start = data, *end = start + len;
  GString *text = state->scratch;

  while (start < end && is_blank_byte (*start))
    start++;
  while (end > start && is_blank_byte (end[-1]))
    end--;

  g_string_truncate (text, 0);
  for (const char *p = start; p < end; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (text, '\n');
          if (p + 1 < end && p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (text, *p);
    }

  g_ptr_array_add (state->record,
                   g_string_chunk_insert_len (state->table->chunk, text->str,
                                              (gssize) text->len));
}

/* libcsv callback: the end of a record. A record of empty fields only (a
 * blank line, or a line of commas) is dropped; the first other one is the
 * header. */
static void
on_record (int terminator, void *user_data)
{
  ParseState *state = user_data;
  SendcoCsvTable *table = state->table;
  gboolean blank = TRUE;

  for (guint i = 0; i < state->record->len && blank; i++)
    blank = ((const char *) g_ptr_array_index (state->record, i))[0] == '\0';

  if (!blank)
    {
      if (!table->has_header)
        {
          table->has_header = TRUE;
          table->n_columns = state->record->len;
        }
      else
        {
          CsvRow row = { state->record_line, table->cells->len, state->record->len };

          g_array_append_val (table->rows, row);
        }
      for (guint i = 0; i < state->record->len; i++)
        g_ptr_array_add (table->cells, g_ptr_array_index (state->record, i));
    }

  g_ptr_array_set_size (state->record, 0);
}

static gboolean
feed (struct csv_parser *parser, ParseState *state, const char *text, gsize len, GError **error)
{
  if (len == 0)
    return TRUE;
  if (csv_parse (parser, text, len, on_field, on_record, state) == len)
    return TRUE;

  g_set_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_TOO_LARGE,
               _("The file could not be read near line %u: %s."), state->record_line,
               csv_strerror (csv_error (parser)));
  return FALSE;
}

/* Feeds one physical line, quote by quote, noting where a quoted field opens. */
static gboolean
feed_line (struct csv_parser *parser, ParseState *state, guint line, const char *text, gsize len,
           GError **error)
{
  const char *end = text + len;

  while (text < end)
    {
      const char *quote = memchr (text, '"', (gsize) (end - text));

      if (quote == NULL)
        return feed (parser, state, text, (gsize) (end - text), error);

      if (!feed (parser, state, text, (gsize) (quote - text), error))
        return FALSE;
      if (parser->pstate == PARSER_ROW_NOT_BEGUN || parser->pstate == PARSER_FIELD_NOT_BEGUN)
        state->quote_line = line;
      if (!feed (parser, state, quote, 1, error))
        return FALSE;
      text = quote + 1;
    }

  return TRUE;
}

static gboolean
check_start (const char *data, gsize length, GError **error)
{
  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                      || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_set_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_ENCODING,
                   _("The file is saved as UTF-16 text, which Sendco cannot read. Save it "
                     "again as “CSV UTF-8” and import that."));
      return FALSE;
    }
  if (length > MAX_FILE_SIZE)
    {
      g_set_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_TOO_LARGE,
                   _("The file is too large to be a pupil export (over %u MB)."),
                   MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }
  return TRUE;
}

/**
 * sendco_csv_table_parse:
 * @data: the file's bytes
 * @length: how many
 *
 * Returns: (transfer full): the table, or %NULL with @error set: the file is
 *   not UTF-8 (the message names the first bad line), a quoted field never
 *   closes (the message names the line it opens on), or there is no header.
 */
SendcoCsvTable *
sendco_csv_table_parse (const char *data, gsize length, GError **error)
{
  g_autoptr (SendcoCsvTable) table = NULL;
  g_autoptr (GPtrArray) record = NULL;
  g_autoptr (GString) scratch = NULL;
  struct csv_parser parser;
  ParseState state = { 0 };
  const char *p, *end;
  guint line = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_start (data, length, error))
    return NULL;

  table = g_new0 (SendcoCsvTable, 1);
  table->chunk = g_string_chunk_new (MAX (length + 64, 4096));
  table->cells = g_ptr_array_sized_new (1024);
  table->rows = g_array_sized_new (FALSE, FALSE, sizeof (CsvRow), 256);

  record = g_ptr_array_new ();
  scratch = g_string_sized_new (64);
  state.table = table;
  state.record = record;
  state.scratch = scratch;

  if (csv_init (&parser, 0) != 0)
    g_error ("libcsv could not be set up");

  p = data;
  end = data + length;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (ok && p < end)
    {
      const char *eol = p, *next;

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;
      next = eol;
      if (next < end)
        next += (*next == '\r' && next + 1 < end && next[1] == '\n') ? 2 : 1;
      line++;

      if (!g_utf8_validate (p, eol - p, NULL))
        {
          g_set_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_ENCODING,
                       _("Line %u of the file is not UTF-8 text. Save the file again as "
                         "“CSV UTF-8” from the MIS or spreadsheet, and import that."), line);
          ok = FALSE;
          break;
        }

      if (parser.pstate == PARSER_ROW_NOT_BEGUN)
        state.record_line = line;
      ok = feed_line (&parser, &state, line, p, (gsize) (next - p), error);
      p = next;
    }

  if (ok && parser.pstate == PARSER_FIELD_BEGUN && parser.quoted)
    {
      g_set_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_UNTERMINATED,
                   _("The quoted field that starts on line %u never closes: a closing "
                     "quote mark (\") is missing, so the rest of the file cannot be read."),
                   state.quote_line);
      ok = FALSE;
    }
  if (ok)
    csv_fini (&parser, on_field, on_record, &state);
  csv_free (&parser);

  if (!ok)
    return NULL;

  if (!table->has_header)
    {
      g_set_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_EMPTY,
                   _("The file is empty: it has no header row."));
      return NULL;
    }

  return g_steal_pointer (&table);
}

/**
 * sendco_csv_table_read:
 *
 * Reads and parses the CSV file at @path (see sendco_csv_table_parse()).
 */
SendcoCsvTable *
sendco_csv_table_read (const char *path, GError **error)
{
  g_autoptr (GMappedFile) file = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  shown = g_filename_display_name (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_READ,
                   _("“%s” is a folder, not a CSV file."), shown);
      return NULL;
    }

  file = g_mapped_file_new (path, FALSE, &local_error);
  if (file == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_READ,
                     _("There is no file at “%s”."), shown);
      else
        g_set_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_READ,
                     _("The file “%s” could not be read: %s"), shown, local_error->message);
      return NULL;
    }

  if (g_mapped_file_get_length (file) == 0)
    return sendco_csv_table_parse ("", 0, error);
  return sendco_csv_table_parse (g_mapped_file_get_contents (file),
                                 g_mapped_file_get_length (file), error);
}

void
sendco_csv_table_free (SendcoCsvTable *table)
{
  if (table == NULL)
    return;

  g_string_chunk_free (table->chunk);
  g_ptr_array_unref (table->cells);
  g_array_unref (table->rows);
  g_free (table);
}

guint
sendco_csv_table_n_columns (SendcoCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->n_columns;
}

const char *
sendco_csv_table_header (SendcoCsvTable *table, guint column)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (column < table->n_columns, NULL);
  return g_ptr_array_index (table->cells, column);
}

guint
sendco_csv_table_n_rows (SendcoCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->rows->len;
}

guint
sendco_csv_table_row_line (SendcoCsvTable *table, guint row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->rows->len, 0);
  return g_array_index (table->rows, CsvRow, row).line;
}

guint
sendco_csv_table_row_n_fields (SendcoCsvTable *table, guint row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->rows->len, 0);
  return g_array_index (table->rows, CsvRow, row).n_fields;
}

const char *
sendco_csv_table_field (SendcoCsvTable *table, guint row, guint column)
{
  const CsvRow *r;

  g_return_val_if_fail (table != NULL, "");
  g_return_val_if_fail (row < table->rows->len, "");

  r = &g_array_index (table->rows, CsvRow, row);
  if (column >= r->n_fields)
    return "";
  return g_ptr_array_index (table->cells, r->first + column);
}
