/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the rules tests: the sample MIS exports, read plainly (the
 * rules tests check the rules, not the CSV reader). */
#include "config.h"

#include "rules-test-util.h"

#include <string.h>

GPtrArray *
rules_test_read_sample_rows (const char *name)
{
  const char *fixtures = g_getenv ("SENDCO_FIXTURES");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GError *error = NULL;

  if (fixtures)
    path = g_build_filename (fixtures, "mis", name, NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "..", "fixtures", "mis", name, NULL);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i]; i++) /* line 0 is the header */
    {
      char *line = lines[i];
      gsize len = strlen (line);

      if (len > 0 && line[len - 1] == '\r')
        line[len - 1] = '\0';
      if (line[0] == '\0')
        continue;
      g_ptr_array_add (rows, g_strsplit (line, ",", -1));
    }
  return rows;
}
