/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The CSV reader: what real MIS exports and spreadsheets write, each record
 * with the physical line it begins on, and plain errors naming the line. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>

#include "io-test-util.h"
#include "sendco-csv.h"

static SendcoCsvTable *
parse (const char *text, gsize length)
{
  g_autoptr (GError) error = NULL;
  SendcoCsvTable *table = sendco_csv_table_parse (text, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static SendcoCsvTable *
parse_str (const char *text)
{
  return parse (text, strlen (text));
}

static void
assert_parse_fails (const char *text, gsize length, SendcoCsvError code, const char *contains)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = sendco_csv_table_parse (text, length, &error);

  g_assert_null (table);
  g_assert_error (error, SENDCO_CSV_ERROR, (int) code);
  if (contains)
    g_assert_nonnull (strstr (error->message, contains));
}

static void
test_bom_crlf_blank_padded (void)
{
  g_autoptr (SendcoCsvTable) table =
    parse_str ("\xEF\xBB\xBFUPN, Name \r\n 1 ,  two words  \r\n\r\n   \r\n3,4\r\n");

  g_assert_cmpuint (sendco_csv_table_n_columns (table), ==, 2);
  g_assert_cmpstr (sendco_csv_table_header (table, 0), ==, "UPN");
  g_assert_cmpstr (sendco_csv_table_header (table, 1), ==, "Name");
  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, 2);
  g_assert_cmpuint (sendco_csv_table_row_line (table, 0), ==, 2);
  g_assert_cmpstr (sendco_csv_table_field (table, 0, 0), ==, "1");
  g_assert_cmpstr (sendco_csv_table_field (table, 0, 1), ==, "two words");
  g_assert_cmpuint (sendco_csv_table_row_line (table, 1), ==, 5);
  g_assert_cmpstr (sendco_csv_table_field (table, 1, 1), ==, "4");
}

static void
test_quoted (void)
{
  g_autoptr (SendcoCsvTable) table =
    parse_str ("A,B\n"
               "\"x, y\",\"he said \"\"hi\"\"\"\n"
               "\"line one\nline two\n\",z\n"
               "last,\"\"\n"
               "\"  padded  \",\"a\"\"\"\n");

  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, 4);
  g_assert_cmpuint (sendco_csv_table_row_line (table, 0), ==, 2);
  g_assert_cmpstr (sendco_csv_table_field (table, 0, 0), ==, "x, y");
  g_assert_cmpstr (sendco_csv_table_field (table, 0, 1), ==, "he said \"hi\"");
  g_assert_cmpuint (sendco_csv_table_row_line (table, 1), ==, 3);
  g_assert_cmpstr (sendco_csv_table_field (table, 1, 0), ==, "line one\nline two");
  g_assert_cmpstr (sendco_csv_table_field (table, 1, 1), ==, "z");
  g_assert_cmpuint (sendco_csv_table_row_line (table, 2), ==, 6);
  g_assert_cmpstr (sendco_csv_table_field (table, 2, 1), ==, "");
  g_assert_cmpuint (sendco_csv_table_row_n_fields (table, 2), ==, 2);
  g_assert_cmpuint (sendco_csv_table_row_line (table, 3), ==, 7);
  g_assert_cmpstr (sendco_csv_table_field (table, 3, 0), ==, "padded");
  g_assert_cmpstr (sendco_csv_table_field (table, 3, 1), ==, "a\"");
}

/* A line break inside quotes reads as LF whichever line ends the file has. */
static void
test_crlf_inside_quotes (void)
{
  g_autoptr (SendcoCsvTable) table = parse_str ("A\r\n\"a\r\nb\"\r\nc\r\n\"d\re\"\r\n");

  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, 3);
  g_assert_cmpstr (sendco_csv_table_field (table, 0, 0), ==, "a\nb");
  g_assert_cmpuint (sendco_csv_table_row_line (table, 0), ==, 2);
  g_assert_cmpuint (sendco_csv_table_row_line (table, 1), ==, 4);
  g_assert_cmpstr (sendco_csv_table_field (table, 2, 0), ==, "d\ne");
  g_assert_cmpuint (sendco_csv_table_row_line (table, 2), ==, 5);
}

static void
test_line_ends (void)
{
  g_autoptr (SendcoCsvTable) no_final = parse_str ("A,B\n1,2");
  g_autoptr (SendcoCsvTable) old_mac = parse_str ("A,B\r1,2\r3,4");

  g_assert_cmpuint (sendco_csv_table_n_rows (no_final), ==, 1);
  g_assert_cmpstr (sendco_csv_table_field (no_final, 0, 1), ==, "2");

  g_assert_cmpuint (sendco_csv_table_n_rows (old_mac), ==, 2);
  g_assert_cmpuint (sendco_csv_table_row_line (old_mac, 1), ==, 3);
  g_assert_cmpstr (sendco_csv_table_field (old_mac, 1, 0), ==, "3");
}

/* Rows of empty cells (Excel leaves them at the end) are blank lines. */
static void
test_blank_records (void)
{
  g_autoptr (SendcoCsvTable) table = parse_str ("\n\nA,B,C\n,,\n1,,3\n , ,\n,,\n");

  g_assert_cmpuint (sendco_csv_table_n_columns (table), ==, 3);
  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, 1);
  g_assert_cmpuint (sendco_csv_table_row_line (table, 0), ==, 5);
  g_assert_cmpstr (sendco_csv_table_field (table, 0, 1), ==, "");
}

static void
test_field_counts (void)
{
  g_autoptr (SendcoCsvTable) table = parse_str ("A,B,C\n1,2\n1,2,3,4\n");

  g_assert_cmpuint (sendco_csv_table_row_n_fields (table, 0), ==, 2);
  g_assert_cmpstr (sendco_csv_table_field (table, 0, 2), ==, "");
  g_assert_cmpstr (sendco_csv_table_field (table, 0, 99), ==, "");
  g_assert_cmpuint (sendco_csv_table_row_n_fields (table, 1), ==, 4);
  g_assert_cmpstr (sendco_csv_table_field (table, 1, 3), ==, "4");
}

static void
test_not_utf8 (void)
{
  const char latin1[] = "A,B\nok,fine\nZo\xeb,x\n";
  const char nul[] = "A,B\n1,2\n3,\0\n";
  const char utf16[] = "\xff\xfe" "A\0,\0B\0";

  assert_parse_fails (latin1, sizeof latin1 - 1, SENDCO_CSV_ERROR_ENCODING, "Line 3 ");
  assert_parse_fails (nul, sizeof nul - 1, SENDCO_CSV_ERROR_ENCODING, "Line 3 ");
  assert_parse_fails (utf16, sizeof utf16 - 1, SENDCO_CSV_ERROR_ENCODING, "UTF-16");
}

static void
test_unterminated (void)
{
  const char open[] = "A,B\n1,2\n\"open,3\n4,5\n6,7\n";
  const char later[] = "A,B\n\"two\nlines\",2\n3,\"4\n";
  const char after_close[] = "A,B\n\"closed\" then text,2\n3,4\n";

  assert_parse_fails (open, sizeof open - 1, SENDCO_CSV_ERROR_UNTERMINATED, "line 3 ");
  assert_parse_fails (later, sizeof later - 1, SENDCO_CSV_ERROR_UNTERMINATED, "line 4 ");
  /* A quote closed too early swallows the rest: report where it opened. */
  assert_parse_fails (after_close, sizeof after_close - 1, SENDCO_CSV_ERROR_UNTERMINATED,
                      "line 2 ");
}

static void
test_empty (void)
{
  assert_parse_fails ("", 0, SENDCO_CSV_ERROR_EMPTY, NULL);
  assert_parse_fails ("\xEF\xBB\xBF", 3, SENDCO_CSV_ERROR_EMPTY, NULL);
  assert_parse_fails ("\n \r\n\n", 5, SENDCO_CSV_ERROR_EMPTY, NULL);
  assert_parse_fails (",,,\n,\n", 6, SENDCO_CSV_ERROR_EMPTY, NULL);
}

static void
test_header_only (void)
{
  g_autoptr (SendcoCsvTable) table = parse_str ("UPN,Surname\n");

  g_assert_cmpuint (sendco_csv_table_n_columns (table), ==, 2);
  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, 0);
}

static void
test_fixture_quoted (void)
{
  g_autofree char *path = io_test_fixture ("import", "quoted.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = sendco_csv_table_read (path, &error);
  const guint lines[] = { 2, 3, 5, 6, 7 };

  g_assert_no_error (error);
  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, G_N_ELEMENTS (lines));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_assert_cmpuint (sendco_csv_table_row_line (table, i), ==, lines[i]);
  g_assert_cmpstr (sendco_csv_table_field (table, 0, 1), ==, "Smith, Jr");
  g_assert_cmpstr (sendco_csv_table_field (table, 1, 1), ==, "O\"Neill");
  g_assert_cmpstr (sendco_csv_table_field (table, 1, 2), ==, "Mary\nJane");
  g_assert_cmpstr (sendco_csv_table_field (table, 2, 2), ==, "Li \"Lily\"");
  g_assert_cmpstr (sendco_csv_table_field (table, 3, 1), ==, "Patel");
  g_assert_cmpstr (sendco_csv_table_field (table, 3, 2), ==, "Ravi");
  g_assert_cmpstr (sendco_csv_table_field (table, 4, 7), ==, "5,6");
}

static void
test_fixture_errors (void)
{
  g_autofree char *not_utf8 = io_test_fixture ("import", "not-utf8.csv");
  g_autofree char *unterminated = io_test_fixture ("import", "unterminated.csv");
  g_autofree char *folder = io_test_fixture ("import", "");
  g_autofree char *missing = io_test_fixture ("import", "no-such-file.csv");
  g_autoptr (GError) error = NULL;
  SendcoCsvTable *table;

  table = sendco_csv_table_read (not_utf8, &error);
  g_assert_null (table);
  g_assert_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "Line 4 "));
  g_clear_error (&error);

  table = sendco_csv_table_read (unterminated, &error);
  g_assert_null (table);
  g_assert_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_UNTERMINATED);
  g_assert_nonnull (strstr (error->message, "line 3 "));
  g_clear_error (&error);

  table = sendco_csv_table_read (missing, &error);
  g_assert_null (table);
  g_assert_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "no-such-file.csv"));
  g_clear_error (&error);

  table = sendco_csv_table_read (folder, &error);
  g_assert_null (table);
  g_assert_error (error, SENDCO_CSV_ERROR, SENDCO_CSV_ERROR_READ);
}

/* The sample's header is line 1, it has a blank line, and the row for
 * P931210221187 is on line 14. */
static void
test_sample_lines (void)
{
  g_autofree char *path = io_test_fixture ("mis", "sample-sims-export-primary.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoCsvTable) table = sendco_csv_table_read (path, &error);
  gboolean found = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (sendco_csv_table_n_columns (table), ==, 13);
  g_assert_cmpstr (sendco_csv_table_header (table, 0), ==, "UPN");
  g_assert_cmpuint (sendco_csv_table_n_rows (table), ==, 421);
  for (guint r = 0; r < sendco_csv_table_n_rows (table); r++)
    if (g_str_equal (sendco_csv_table_field (table, r, 0), "P931210221187"))
      {
        g_assert_cmpuint (sendco_csv_table_row_line (table, r), ==, 14);
        found = TRUE;
      }
  g_assert_true (found);
  /* Padded cells come back trimmed: " Zoë " on line 6 */
  g_assert_cmpstr (sendco_csv_table_field (table, 4, 2), ==, "Zoë");
  /* After the blank line 212, records are one line further on. */
  g_assert_cmpuint (sendco_csv_table_row_line (table, 209), ==, 211);
  g_assert_cmpuint (sendco_csv_table_row_line (table, 210), ==, 213);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/bom-crlf-blank-padded", test_bom_crlf_blank_padded);
  g_test_add_func ("/csv/quoted", test_quoted);
  g_test_add_func ("/csv/crlf-inside-quotes", test_crlf_inside_quotes);
  g_test_add_func ("/csv/line-ends", test_line_ends);
  g_test_add_func ("/csv/blank-records", test_blank_records);
  g_test_add_func ("/csv/field-counts", test_field_counts);
  g_test_add_func ("/csv/not-utf8", test_not_utf8);
  g_test_add_func ("/csv/unterminated", test_unterminated);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/header-only", test_header_only);
  g_test_add_func ("/csv/fixture-quoted", test_fixture_quoted);
  g_test_add_func ("/csv/fixture-errors", test_fixture_errors);
  g_test_add_func ("/csv/sample-lines", test_sample_lines);

  return g_test_run ();
}
