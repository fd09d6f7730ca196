/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SEND register as a CSV file: one row per pupil on roll, in year group
 * and name order, in columns the MIS import reads back. UTF-8 with a
 * byte-order mark and CRLF line ends, so Excel opens it correctly. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include "sendco-register-export.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "sendco-export.h"
#include <glib/gstdio.h>

#include "sendco-census.h"
#include "sendco-import.h"

typedef enum
{
  COLUMN_UPN,
  COLUMN_SURNAME,
  COLUMN_FORENAME,
  COLUMN_PREFERRED_SURNAME,
  COLUMN_PREFERRED_FORENAME,
  COLUMN_DATE_OF_BIRTH,
  COLUMN_GENDER,
  COLUMN_YEAR_GROUP,
  COLUMN_FORM,
  COLUMN_SEN_STATUS,
  COLUMN_PRIMARY_NEED,
  COLUMN_SECONDARY_NEED,
  COLUMN_MONITORING,
  COLUMN_FSM,
  COLUMN_EAL,
  COLUMN_LAC,
  COLUMN_ON_REGISTER_SINCE,
  COLUMN_LAST_REVIEWED,
  N_COLUMNS
} Column;

/* The header of each column: the import's own label where the import reads it. */
static char *
column_header (Column column)
{
  static const int import_field[N_COLUMNS] = {
    [COLUMN_UPN] = SENDCO_IMPORT_FIELD_UPN,
    [COLUMN_SURNAME] = SENDCO_IMPORT_FIELD_SURNAME,
    [COLUMN_FORENAME] = SENDCO_IMPORT_FIELD_FORENAME,
    [COLUMN_PREFERRED_SURNAME] = SENDCO_IMPORT_FIELD_PREFERRED_SURNAME,
    [COLUMN_PREFERRED_FORENAME] = SENDCO_IMPORT_FIELD_PREFERRED_FORENAME,
    [COLUMN_DATE_OF_BIRTH] = SENDCO_IMPORT_FIELD_DATE_OF_BIRTH,
    [COLUMN_GENDER] = SENDCO_IMPORT_FIELD_GENDER,
    [COLUMN_YEAR_GROUP] = SENDCO_IMPORT_FIELD_YEAR_GROUP,
    [COLUMN_FORM] = SENDCO_IMPORT_FIELD_FORM,
    [COLUMN_SEN_STATUS] = SENDCO_IMPORT_FIELD_SEN_STATUS,
    [COLUMN_PRIMARY_NEED] = SENDCO_IMPORT_FIELD_PRIMARY_NEED,
    [COLUMN_SECONDARY_NEED] = SENDCO_IMPORT_FIELD_SECONDARY_NEED,
    [COLUMN_MONITORING] = -1,
    [COLUMN_FSM] = SENDCO_IMPORT_FIELD_FSM,
    [COLUMN_EAL] = SENDCO_IMPORT_FIELD_EAL,
    [COLUMN_LAC] = SENDCO_IMPORT_FIELD_LAC,
    [COLUMN_ON_REGISTER_SINCE] = -1,
    [COLUMN_LAST_REVIEWED] = -1,
  };

  if (import_field[column] >= 0)
    return g_strdup (sendco_import_field_label ((SendcoImportField) import_field[column]));

  switch (column)
    {
    case COLUMN_MONITORING: return g_strdup (_("Monitoring"));
    case COLUMN_ON_REGISTER_SINCE: return g_strdup (_("On register since"));
    case COLUMN_LAST_REVIEWED: return g_strdup (_("Last reviewed"));
    default: g_return_val_if_reached (NULL);
    }
}

/* Year groups as the import reads them, whatever the language: N, R, 1..14. */
static char *
year_group_code (int year_group)
{
  if (year_group == SENDCO_YEAR_NURSERY)
    return g_strdup ("N");
  if (year_group == SENDCO_YEAR_RECEPTION)
    return g_strdup ("R");
  return g_strdup_printf ("%d", year_group);
}

static char *
column_value (SendcoPupil *pupil, Column column)
{
  switch (column)
    {
    case COLUMN_UPN:
      return g_strdup (sendco_pupil_get_upn (pupil));
    case COLUMN_SURNAME:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME));
    case COLUMN_FORENAME:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME));
    case COLUMN_PREFERRED_SURNAME:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_PREFERRED_SURNAME));
    case COLUMN_PREFERRED_FORENAME:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_PREFERRED_FORENAME));
    case COLUMN_DATE_OF_BIRTH:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH));
    case COLUMN_GENDER:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_GENDER));
    case COLUMN_YEAR_GROUP:
      return year_group_code (sendco_pupil_get_year_group (pupil));
    case COLUMN_FORM:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_FORM));
    case COLUMN_SEN_STATUS:
      return g_strdup (sendco_pupil_get_sen_status (pupil));
    case COLUMN_PRIMARY_NEED:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED));
    case COLUMN_SECONDARY_NEED:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED));
    case COLUMN_MONITORING:
      return g_strdup (sendco_pupil_get_monitoring (pupil) ? "Y" : "N");
    case COLUMN_FSM:
      return g_strdup (sendco_pupil_get_fsm (pupil) ? "Y" : "N");
    case COLUMN_EAL:
      return g_strdup (sendco_pupil_get_eal (pupil) ? "Y" : "N");
    case COLUMN_LAC:
      return g_strdup (sendco_pupil_get_lac (pupil) ? "Y" : "N");
    case COLUMN_ON_REGISTER_SINCE:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_ON_REGISTER_SINCE));
    case COLUMN_LAST_REVIEWED:
      return g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_LAST_REVIEWED));
    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* RFC 4180: a field holding a comma, a quote, a line break or edge spaces is
 * quoted, with its quotes doubled. */
static void
append_field (GString *out, const char *text)
{
  gsize len = strlen (text);
  gboolean quote = strpbrk (text, ",\"\r\n") != NULL
                   || (len > 0 && (g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1])));

  if (!quote)
    {
      g_string_append_len (out, text, (gssize) len);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString *out, char **values)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_field (out, values[c]);
    }
  g_string_append (out, "\r\n");
}

static int
compare_pupils (gconstpointer a, gconstpointer b)
{
  SendcoPupil *pa = *(SendcoPupil *const *) a;
  SendcoPupil *pb = *(SendcoPupil *const *) b;
  int ya = sendco_pupil_get_year_group (pa), yb = sendco_pupil_get_year_group (pb);
  int by_name;

  if (ya != yb)
    return ya < yb ? -1 : 1;
  by_name = g_strcmp0 (sendco_pupil_get_sort_key (pa), sendco_pupil_get_sort_key (pb));
  if (by_name != 0)
    return by_name;
  return g_strcmp0 (sendco_pupil_get_upn (pa), sendco_pupil_get_upn (pb));
}

/**
 * sendco_register_export_csv:
 * @path: the CSV file to write (replaced if it exists)
 *
 * Writes every pupil on roll with their SEN status, needs and flags. The
 * file is private (mode 0600): it holds special category personal data.
 */
gboolean
sendco_register_export_csv (SendcoStore *store, const char *path, GError **error)
{
  g_autoptr (GListStore) list = NULL;
  g_autoptr (GPtrArray) pupils = NULL;
  g_autoptr (GString) out = NULL;
  g_autoptr (GError) local_error = NULL;
  char *values[N_COLUMNS];
  g_autofree char *problem = NULL;
  GFileError code;
  guint n;

  g_return_val_if_fail (SENDCO_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  problem = sendco_export_target_problem (path, &code);
  if (problem)
    {
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, code, _("The register could not be saved as “%s”: %s"), shown,
                   problem);
      return FALSE;
    }

  list = sendco_store_list_pupils (store, FALSE, error);
  if (list == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  pupils = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (pupils, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_ptr_array_sort (pupils, compare_pupils);

  out = g_string_sized_new (256 + (gsize) n * 160);
  g_string_append (out, "\xEF\xBB\xBF");

  for (guint c = 0; c < N_COLUMNS; c++)
    values[c] = column_header ((Column) c);
  append_row (out, values);
  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (values[c]);

  for (guint i = 0; i < pupils->len; i++)
    {
      for (guint c = 0; c < N_COLUMNS; c++)
        values[c] = column_value (g_ptr_array_index (pupils, i), (Column) c);
      append_row (out, values);
      for (guint c = 0; c < N_COLUMNS; c++)
        g_free (values[c]);
    }

  if (!g_file_set_contents_full (path, out->str, (gssize) out->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, local_error->domain, local_error->code,
                   _("The register could not be saved as “%s”: %s"), shown,
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}
