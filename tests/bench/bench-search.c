/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Goal (b): on a demo school of 2,000 pupils, a keystroke in the register's
 * search re-filters within 16 ms.
 *
 * Builds the demo school in a temporary folder, shows a SendcoRegisterPage in
 * a 1180x760 window, waits until it is drawn, then types pupils' surnames and
 * a UPN letter by letter into the search entry and deletes them again with
 * Backspace. For each keystroke it measures how long the edit takes to return
 * (the filter runs synchronously in "changed") and how long until the window
 * has painted the result (the frame clock's after-paint). Keystrokes are
 * spaced out as a fast typist's would be, so the frame clock is idle when each
 * one arrives.
 *
 * Usage: bench-search [--pupils N] [--words N] [--verbose]; prints one JSON
 * object a line (--verbose: each keystroke on stderr).
 */
#include "config.h"

#include <stdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sendco-clock.h"
#include "sendco-demo.h"
#include "sendco-pupil.h"
#include "sendco-register-page.h"
#include "sendco-resources.h"
#include "sendco-store.h"

#define KEYSTROKE_GAP_MS 60
#define PAINT_TIMEOUT_MS 2000

static guint64 n_paints;
static gint64  last_paint_time;

static void
on_after_paint (GdkFrameClock *clock, gpointer user_data)
{
  last_paint_time = g_get_monotonic_time ();
  n_paints++;
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms. */
static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until a paint after @before, or a timeout. */
static gboolean
wait_for_paint (guint64 before)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (PAINT_TIMEOUT_MS, set_flag, &timed_out);

  while (n_paints == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return !timed_out;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The @q quantile (0 to 1) by the nearest rank. */
static double
quantile (GArray *values, double q)
{
  g_autoptr (GArray) sorted = g_array_copy (values);
  guint n = sorted->len, rank;

  if (n == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  if (q == 0.5 && n % 2 == 0)
    return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
  rank = (guint) (q * n + 0.999999);
  rank = CLAMP (rank, 1, n);
  return g_array_index (sorted, double, rank - 1);
}

static void
print_result (const char *bench, guint pupils, GArray *values, double goal, const char *queries)
{
  /* JSON with a C locale's decimal point whatever LC_NUMERIC says. */
  char med[G_ASCII_DTOSTR_BUF_SIZE], p90[G_ASCII_DTOSTR_BUF_SIZE], max[G_ASCII_DTOSTR_BUF_SIZE];
  char first[G_ASCII_DTOSTR_BUF_SIZE];
  guint over = 0;

  for (guint i = 0; i < values->len; i++)
    over += g_array_index (values, double, i) > goal;
  g_ascii_formatd (med, sizeof med, "%.2f", quantile (values, 0.5));
  g_ascii_formatd (p90, sizeof p90, "%.2f", quantile (values, 0.9));
  g_ascii_formatd (max, sizeof max, "%.2f", quantile (values, 1.0));
  g_ascii_formatd (first, sizeof first, "%.2f", values->len ? g_array_index (values, double, 0) : 0);
  printf ("{\"bench\":\"%s\",\"pupils\":%u,\"median\":%s,\"p90\":%s,\"max\":%s,\"first\":%s,"
          "\"runs\":%u,\"over_goal\":%u,\"goal\":%g,\"queries\":\"%s\"}\n",
          bench, pupils, med, p90, max, first, values->len, over, goal, queries);
  fflush (stdout);
}

typedef struct
{
  SendcoRegisterPage *page;
  gboolean     verbose;
  GtkEditable *entry;
  GArray      *filter_ms;   /* set_text to return */
  GArray      *frame_ms;    /* set_text to the next after-paint */
  guint        missed_paints;
} Typist;

/* One key: @insert typed at the end of the entry, or (NULL) Backspace.
 * Each edits the text once, as a keyboard does; gtk_editable_set_text()
 * would delete everything and insert again, filtering twice. */
static void
keystroke (Typist *typist, const char *insert)
{
  g_autofree char *text = NULL;
  guint64 before;
  gint64 start, returned;
  double filter, frame;
  int length;

  spin (KEYSTROKE_GAP_MS);
  length = (int) g_utf8_strlen (gtk_editable_get_text (typist->entry), -1);
  before = n_paints;
  start = g_get_monotonic_time ();
  if (insert)
    gtk_editable_insert_text (typist->entry, insert, -1, &length);
  else
    gtk_editable_delete_text (typist->entry, length - 1, length);
  returned = g_get_monotonic_time ();
  text = g_strdup (gtk_editable_get_text (typist->entry));

  filter = (returned - start) / 1000.0;
  g_array_append_val (typist->filter_ms, filter);
  if (wait_for_paint (before))
    {
      frame = (last_paint_time - start) / 1000.0;
      g_array_append_val (typist->frame_ms, frame);
    }
  else
    typist->missed_paints++;

  if (typist->verbose)
    g_printerr ("keystroke → \"%s\": %u shown, filtered in %.2f ms, painted after %.2f ms\n", text,
                g_list_model_get_n_items (sendco_register_page_get_shown (typist->page)), filter,
                (last_paint_time - start) / 1000.0);
}

/* Types @word a letter at a time, then deletes it with Backspace. */
static void
type_and_delete (Typist *typist, const char *word)
{
  glong n = g_utf8_strlen (word, -1);

  g_assert (g_str_equal (gtk_editable_get_text (typist->entry), ""));
  for (glong i = 0; i < n; i++)
    {
      g_autofree char *letter = g_utf8_substring (word, i, i + 1);

      keystroke (typist, letter);
    }
  for (glong i = 0; i < n; i++)
    keystroke (typist, NULL);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (GListStore) pupils = NULL;
  g_autoptr (GtkCssProvider) css = NULL;
  g_autoptr (GString) queries = g_string_new (NULL);
  g_autofree char *dir = NULL, *path = NULL;
  int n_pupils = 2000, n_words = 3;
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Each keystroke's times on stderr", NULL },
    { "pupils", 0, 0, G_OPTION_ARG_INT, &n_pupils, "Pupils in the demo school", "N" },
    { "words", 0, 0, G_OPTION_ARG_INT, &n_words, "Surnames to type", "N" },
    { NULL }
  };
  SendcoDemoOptions demo = { 0, 1, NULL };
  SendcoRegisterPage *page;
  GtkWidget *window;
  GdkFrameClock *clock;
  Typist typist = { 0 };
  GDate today;
  gint64 started;
  guint n;

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("SKIP: no display; run ./dev.sh bench\n");
      return 77;
    }
  adw_init ();
  sendco_register_resource ();
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/org/example/Sendco/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* The demo school, in a folder of its own. */
  dir = g_dir_make_tmp ("sendco-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "demo.sendco", NULL);
  store = sendco_store_open (path, SENDCO_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  demo.n_pupils = (guint) n_pupils;
  sendco_today (&today);
  if (!sendco_demo_generate (store, &demo, &today, &error))
    {
      g_printerr ("demo school: %s\n", error->message);
      return 1;
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  page = g_object_new (SENDCO_TYPE_REGISTER_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));

  started = g_get_monotonic_time ();
  sendco_register_page_set_store (page, store);
  {
    char ms[G_ASCII_DTOSTR_BUF_SIZE];

    g_ascii_formatd (ms, sizeof ms, "%.2f", (g_get_monotonic_time () - started) / 1000.0);
    printf ("{\"bench\":\"register_set_store_ms\",\"pupils\":%d,\"value\":%s}\n", n_pupils, ms);
  }
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  spin (500);

  typist.page = page;
  typist.verbose = verbose;
  typist.entry = sendco_register_page_get_search_entry (page);
  typist.filter_ms = g_array_new (FALSE, FALSE, sizeof (double));
  typist.frame_ms = g_array_new (FALSE, FALSE, sizeof (double));

  /* Surnames of pupils spread through the register, then one pupil's UPN. */
  pupils = sendco_store_list_pupils (store, FALSE, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (pupils));
  g_assert_cmpuint (n, >, 0);
  for (int w = 0; w < n_words; w++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (pupils),
                                                             (guint) ((w * 2 + 1) * (guint64) n / (n_words * 2)));
      const char *surname = sendco_pupil_get_surname (pupil);

      g_string_append_printf (queries, "%s%s", queries->len ? "," : "", surname);
      type_and_delete (&typist, surname);
    }
  {
    g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (pupils), n / 3);
    const char *upn = sendco_pupil_get_text (pupil, SENDCO_PUPIL_UPN);

    g_string_append_printf (queries, ",%s", upn);
    type_and_delete (&typist, upn);
  }

  print_result ("search_keystroke_filter_ms", (guint) n_pupils, typist.filter_ms, 16, queries->str);
  print_result ("search_keystroke_frame_ms", (guint) n_pupils, typist.frame_ms, 16, queries->str);
  if (typist.missed_paints > 0)
    g_printerr ("%u keystrokes painted nothing within %d ms\n", typist.missed_paints,
                PAINT_TIMEOUT_MS);

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (typist.filter_ms);
  g_array_unref (typist.frame_ms);
  g_clear_object (&store);
  {
    static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
    g_rmdir (dir);
  }
  return typist.missed_paints > 0 ? 1 : 0;
}
