/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pupil passport PDF: one A4 page, read back with poppler's pdftotext
 * and pdfinfo for the pupil's name, the five headings and what was written
 * under them; a private file; and plain errors, with nothing left behind,
 * when the folder is missing or may not be written. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "io-test-util.h"
#include "sendco-passport-export.h"
#include "sendco-upn.h"

typedef struct
{
  char        *dir;
  SendcoStore *store;
  gint64       amy;
  gint64       jack;
} Fixture;

static gint64
add_pupil (SendcoStore *store, guint serial, const char *surname, const char *forename,
           const char *preferred, int year_group, const char *form)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *upn = sendco_upn_build (931, 2102, 16, serial);
  g_autoptr (SendcoPupil) pupil = sendco_pupil_new ();

  sendco_pupil_set_text (pupil, SENDCO_PUPIL_UPN, upn);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME, surname);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME, forename);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PREFERRED_FORENAME, preferred);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH, "2016-03-14");
  sendco_pupil_set_year_group (pupil, year_group);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_FORM, form);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_STATUS, "K");
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED, "ASD");
  g_assert_true (sendco_store_insert_pupil (store, pupil, "2025-09-03", "Recorded for the test", &error));
  g_assert_no_error (error);
  return sendco_pupil_get_id (pupil);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoSchool) school = sendco_school_new ("Oak Hill Primary", "Leeds", "primary");
  g_autoptr (SendcoPassport) passport = sendco_passport_new ();

  fixture->dir = io_test_make_dir ();
  fixture->store = io_test_new_store (fixture->dir, "school.sendco");
  g_assert_true (sendco_store_set_school (fixture->store, school, &error));
  g_assert_no_error (error);

  fixture->amy = add_pupil (fixture->store, 11, "Carter", "Amelia", "Amy", 5, "5A");
  fixture->jack = add_pupil (fixture->store, 12, "Foster", "Jack", "", 6, "");

  passport->pupil_id = fixture->amy;
  sendco_record_set (&passport->about_me, "I am nine and I live with my mum, my nan and my little "
                                          "brother Alfie. I love drawing dragons.");
  sendco_record_set (&passport->important, "My dog Biscuit.\nKnowing what is happening next.");
  sendco_record_set (&passport->admire, "I am kind to younger children.");
  sendco_record_set (&passport->support, "Tell me about changes before they happen. Give me one "
                                         "instruction at a time.");
  sendco_record_set (&passport->strengths, "Drawing, times tables and looking after the class plants.");
  g_assert_true (sendco_store_save_passport (fixture->store, passport, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);

  g_chmod (locked, 0755);
  g_clear_object (&fixture->store);
  io_test_remove_dir (locked);
  io_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static char *
run (const char *program, const char *const *args)
{
  g_autofree char *found = g_find_program_in_path (program);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (found == NULL)
    return NULL;
  g_ptr_array_add (argv, found);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", program, err);
  return out;
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle && g_dir_read_name (handle))
    n++;
  return n;
}

static void
test_page (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPassportPage) amy = sendco_passport_page_for_pupil (fixture->store, fixture->amy, &error);
  g_autoptr (SendcoPassportPage) jack = NULL;

  g_assert_no_error (error);
  /* The name they go by, their year and form, the date it was last saved. */
  g_assert_cmpstr (amy->name, ==, "Amy Carter");
  g_assert_cmpstr (amy->details, ==, "Year 5 · 5A");
  g_assert_cmpstr (amy->school, ==, "Oak Hill Primary");
  g_assert_cmpstr (amy->date, ==, "Updated 22/11/2026");
  g_assert_cmpstr (amy->sections[SENDCO_PASSPORT_IMPORTANT], ==, "My dog Biscuit.\nKnowing what is happening next.");
  g_assert_cmpstr (amy->sections[SENDCO_PASSPORT_STRENGTHS], ==,
                   "Drawing, times tables and looking after the class plants.");

  /* No passport written yet: empty sections, and the day it is printed. */
  jack = sendco_passport_page_for_pupil (fixture->store, fixture->jack, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (jack->name, ==, "Jack Foster");
  g_assert_cmpstr (jack->details, ==, "Year 6");
  g_assert_cmpstr (jack->date, ==, "Printed 22/11/2026");
  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    g_assert_cmpstr (jack->sections[i], ==, "");

  g_assert_null (sendco_passport_page_for_pupil (fixture->store, 9999, &error));
  g_assert_nonnull (error);
}

static void
test_file_name (Fixture *fixture, gconstpointer data)
{
  g_autoptr (SendcoPassportPage) page = sendco_passport_page_new ();
  g_autofree char *name = NULL, *odd = NULL;

  g_free (page->name);
  page->name = g_strdup ("Amy Carter");
  name = sendco_passport_file_name (page);
  g_assert_cmpstr (name, ==, "Pupil passport - Amy Carter.pdf");

  g_free (page->name);
  page->name = g_strdup ("Zoë O'Shea/Smith");
  odd = sendco_passport_file_name (page);
  g_assert_cmpstr (odd, ==, "Pupil passport - Zoë O'Shea-Smith.pdf");
}

static void
test_pdf (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPassportPage) page = sendco_passport_page_for_pupil (fixture->store, fixture->amy, &error);
  g_autofree char *path = g_build_filename (fixture->dir, "Pupil passport - Amy Carter.pdf", NULL);
  g_autofree char *text = NULL, *info = NULL;
  g_autofree char *png_root = g_build_filename (g_test_get_dir (G_TEST_BUILT), "io", "passport-pdf", NULL);
  GStatBuf st;
  guint files = count_files (fixture->dir);

  g_assert_no_error (error);
  g_assert_true (sendco_passport_export_pdf (page, path, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* Only the PDF is new: no temporary file is left beside it. */
  g_assert_cmpuint (count_files (fixture->dir), ==, files + 1);

  info = run ("pdfinfo", (const char *[]) { path, NULL });
  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  io_test_assert_contains (info, "Pages:           1\n");
  io_test_assert_contains (info, "Page size:       595.276 x 841.89 pts (A4)");
  io_test_assert_contains (info, "Title:           Pupil passport: Amy Carter");
  io_test_assert_contains (info, "Creator:         Sendco");

  text = run ("pdftotext", (const char *[]) { path, "-", NULL });
  g_assert_nonnull (text);
  io_test_assert_contains (text, "PUPIL PASSPORT");
  io_test_assert_contains (text, "Amy Carter");
  io_test_assert_contains (text, "Year 5 · 5A");
  io_test_assert_contains (text, "About me");
  io_test_assert_contains (text, "What’s important to me");
  io_test_assert_contains (text, "What people like and admire");
  io_test_assert_contains (text, "How best to support me");
  io_test_assert_contains (text, "My strengths");
  io_test_assert_contains (text, "I love drawing dragons.");
  io_test_assert_contains (text, "My dog Biscuit.");
  io_test_assert_contains (text, "Knowing what is happening next.");
  io_test_assert_contains (text, "I am kind to younger children.");
  io_test_assert_contains (text, "Give me one");
  io_test_assert_contains (text, "looking after the class plants.");
  io_test_assert_contains (text, "Oak Hill Primary");
  io_test_assert_contains (text, "Updated 22/11/2026");

  /* A picture of the PDF as poppler draws it, to look at. */
  g_free (run ("pdftoppm", (const char *[]) { "-png", "-r", "96", "-singlefile", path, png_root, NULL }));
  g_test_message ("Saved %s.png", png_root);

  /* Saving again replaces the file. */
  g_assert_true (sendco_passport_export_pdf (page, path, &error));
  g_assert_no_error (error);
}

static void
assert_nothing_left (const char *dir, guint before)
{
  g_assert_cmpuint (count_files (dir), ==, before);
}

static void
test_errors (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoPassportPage) page = sendco_passport_page_for_pupil (fixture->store, fixture->amy, &error);
  g_autofree char *no_folder = g_build_filename (fixture->dir, "gone", "passport.pdf", NULL);
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *in_locked = NULL, *long_name = NULL, *long_path = NULL;
  const char *unwritable = locked;
  guint files;

  g_assert_no_error (error);
  files = count_files (fixture->dir);

  /* The folder has gone (a USB stick taken out). */
  g_assert_false (sendco_passport_export_pdf (page, no_folder, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  io_test_assert_contains (error->message, "The pupil passport could not be saved as");
  io_test_assert_contains (error->message, "does not exist");
  g_clear_error (&error);
  assert_nothing_left (fixture->dir, files);

  /* A folder given where a file name belongs. */
  g_assert_false (sendco_passport_export_pdf (page, fixture->dir, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);

  /* A folder that may not be written in. Root may write anywhere it has
   * permission bits for, so it is given a folder the kernel refuses. */
  g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
  if (geteuid () == 0)
    unwritable = "/sys";
  in_locked = g_build_filename (unwritable, "passport.pdf", NULL);
  g_assert_false (sendco_passport_export_pdf (page, in_locked, &error));
  g_assert_nonnull (error);
  io_test_assert_contains (error->message, "may not write in the folder");
  io_test_assert_contains (error->message, unwritable);
  g_clear_error (&error);
  g_assert_false (g_file_test (in_locked, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (locked), ==, 0);

  /* The write itself fails (a name too long for the file system): nothing is left. */
  files = count_files (fixture->dir);
  long_name = g_strnfill (300, 'x');
  long_path = g_build_filename (fixture->dir, long_name, NULL);
  g_assert_false (sendco_passport_export_pdf (page, long_path, &error));
  g_assert_nonnull (error);
  io_test_assert_contains (error->message, long_name);
  assert_nothing_left (fixture->dir, files);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/passport-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("page", test_page);
  ADD ("file-name", test_file_name);
  ADD ("pdf", test_pdf);
  ADD ("errors", test_errors);
#undef ADD

  return g_test_run ();
}
