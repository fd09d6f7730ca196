/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Goals for the provision map, on the 2,000-pupil demo school with 200
 * provisions: one frame of the grid within 8 ms, and the PDF within 500 ms.
 *
 * Builds the demo school in a temporary folder and, when the demo has fewer
 * than --provisions provisions, adds staff and provisions with pupils on
 * them through the store (deterministically, from a fixed seed). Then it
 * times, each as the median of several runs:
 *   provision_map_build_ms   reading and costing the map from the store
 *   provision_grid_layout_ms laying the grid out (every cell's text)
 *   provision_map_frame_ms   one 1280x800 frame of the view at 100 %, drawn
 *                            to an image, at scroll positions all over the map
 *   provision_map_widget_frame_ms   the same in the real widget in a window,
 *                            scrolled: the frame clock's work from before-paint
 *                            to after-paint (needs a display; GSK_RENDERER=cairo
 *                            under ./dev.sh bench)
 *   blank_window_frame_ms    the same window painting only white: what any
 *                            full-window frame costs on that display
 *   provision_pdf_ms         writing the PDF from the map (A4)
 *   provision_pdf_export_ms  the whole export as the app runs it: a thread
 *                            opens the file read-only, builds, writes
 *
 * Usage: bench-provision-map [--pupils N] [--provisions N] [--runs N] [--save-pdf FILE]
 *                            [--screenshot FILE]   (the page on that school, to look at)
 * Prints one JSON object a line.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sendco-clock.h"
#include "sendco-demo.h"
#include "sendco-provision-grid.h"
#include "sendco-provision-map-page.h"
#include "sendco-resources.h"
#include "sendco-provision-map-view.h"
#include "sendco-provision-pdf.h"
#include "sendco-store-provision.h"

#define FRAME_WIDTH  1280
#define FRAME_HEIGHT 800

static const struct
{
  const char *name;
  const char *area;
  int         wave;
  int         group;
} kinds[] = {
  { "Talk Boost", "communication", 2, 6 },
  { "Speech and language therapy", "communication", 3, 1 },
  { "Attention Autism", "communication", 2, 6 },
  { "Lego-based therapy", "communication", 2, 3 },
  { "Social skills group", "communication", 2, 6 },
  { "Colourful semantics", "communication", 2, 4 },
  { "Visual timetable and now-next", "communication", 1, 30 },
  { "Precision teaching", "cognition", 2, 1 },
  { "Toe by Toe", "cognition", 3, 1 },
  { "Reading recovery", "cognition", 3, 1 },
  { "Phonics catch-up", "cognition", 2, 6 },
  { "Numicon intervention", "cognition", 2, 4 },
  { "Plus One maths", "cognition", 2, 4 },
  { "Nessy spelling", "cognition", 2, 8 },
  { "Pre-teaching vocabulary", "cognition", 1, 30 },
  { "Zones of Regulation", "semh", 1, 30 },
  { "Drawing and Talking", "semh", 3, 1 },
  { "ELSA sessions", "semh", 3, 1 },
  { "Lunchtime nurture club", "semh", 2, 10 },
  { "Friendship group", "semh", 2, 6 },
  { "Mentoring", "semh", 2, 1 },
  { "Fine motor skills group", "sensory", 2, 6 },
  { "Sensory circuits", "sensory", 2, 8 },
  { "Handwriting intervention", "sensory", 2, 6 },
  { "Physiotherapy programme", "sensory", 3, 1 },
  { "Touch typing", "sensory", 2, 8 },
  { "Young carers group", "other", 2, 8 },
  { "EAL language support", "other", 2, 6 },
};

static const struct
{
  const char *name;
  const char *role;
  gint64      hourly;
} staff[] = {
  { "Jo Taylor", "ta", 1850 },
  { "Sam Okafor", "ta", 1790 },
  { "Amira Khan", "ta", 1920 },
  { "Ben Walsh", "ta", 1850 },
  { "Priya Shah", "hlta", 2237 },
  { "Chris Morgan", "hlta", 2190 },
  { "Helen Price", "teacher", 4120 },
  { "Marcus Reid", "sendco", 4650 },
  { "Dr Ruth Ellis (SaLT)", "external", 6500 },
  { "Tom Hughes (EP)", "external", 7800 },
};

static const char *group_letters[] = { "A", "B", "C", "D", "E", "F", "G", "H", "J", "K" };

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

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
print_result (const char *bench, guint pupils, guint provisions, GArray *values, double goal)
{
  char med[G_ASCII_DTOSTR_BUF_SIZE], p90[G_ASCII_DTOSTR_BUF_SIZE], max[G_ASCII_DTOSTR_BUF_SIZE];
  guint over = 0;

  for (guint i = 0; i < values->len; i++)
    over += goal > 0 && g_array_index (values, double, i) > goal;
  g_ascii_formatd (med, sizeof med, "%.2f", quantile (values, 0.5));
  g_ascii_formatd (p90, sizeof p90, "%.2f", quantile (values, 0.9));
  g_ascii_formatd (max, sizeof max, "%.2f", quantile (values, 1.0));
  printf ("{\"bench\":\"%s\",\"pupils\":%u,\"provisions\":%u,\"median\":%s,\"p90\":%s,\"max\":%s,"
          "\"runs\":%u,\"over_goal\":%u,\"goal\":%g}\n",
          bench, pupils, provisions, med, p90, max, values->len, over, goal);
  fflush (stdout);
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

/* Staff and provisions with pupils on them, up to @wanted provisions. */
static gboolean
add_provisions (SendcoStore *store, guint wanted, GError **error)
{
  g_autoptr (GPtrArray) existing = sendco_store_list_provisions (store, FALSE, error);
  g_autoptr (GListStore) pupils = NULL;
  g_autoptr (GPtrArray) sen = g_ptr_array_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261122);
  gint64 staff_ids[G_N_ELEMENTS (staff)];
  guint n_pupils;

  if (existing == NULL)
    return FALSE;
  if (existing->len >= wanted)
    return TRUE;

  pupils = sendco_store_list_pupils (store, FALSE, error);
  if (pupils == NULL)
    return FALSE;
  n_pupils = g_list_model_get_n_items (G_LIST_MODEL (pupils));
  for (guint i = 0; i < n_pupils; i++)
    {
      SendcoPupil *pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);

      if (!g_str_equal (sendco_pupil_get_sen_status (pupil), "N"))
        g_ptr_array_add (sen, pupil);
      g_object_unref (pupil);   /* the list store keeps it */
    }
  if (sen->len == 0)
    return TRUE;

  if (!sendco_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      g_autoptr (SendcoStaff) s = sendco_staff_new ();

      g_free (s->name);
      s->name = g_strdup (staff[i].name);
      g_free (s->role);
      s->role = g_strdup (staff[i].role);
      s->hourly_cost = staff[i].hourly;
      s->hours_per_week = 30;
      if (!sendco_store_save_staff (store, s, error))
        goto failed;
      staff_ids[i] = s->id;
    }

  for (guint n = existing->len; n < wanted; n++)
    {
      guint k = n % G_N_ELEMENTS (kinds), round = n / G_N_ELEMENTS (kinds);
      g_autoptr (SendcoProvision) p = sendco_provision_new ();
      g_autoptr (GHashTable) chosen = g_hash_table_new (NULL, NULL);
      int places;

      g_free (p->name);
      p->name = round == 0 ? g_strdup (kinds[k].name)
                           : g_strdup_printf ("%s (group %s)", kinds[k].name,
                                              group_letters[round % G_N_ELEMENTS (group_letters)]);
      g_free (p->area);
      p->area = g_strdup (kinds[k].area);
      p->wave = kinds[k].wave;
      p->staff_id = staff_ids[g_rand_int_range (rand, 0, G_N_ELEMENTS (staff))];
      p->group_size = kinds[k].group;
      p->sessions_per_week = g_rand_int_range (rand, 1, 6);
      p->minutes_per_session = 15 * g_rand_int_range (rand, 1, 5);
      g_free (p->start_date);
      p->start_date = g_strdup (g_rand_boolean (rand) ? "2026-09-07" : "2026-11-02");
      p->resources_per_year = 100 * g_rand_int_range (rand, 0, 400);
      if (!sendco_store_save_provision (store, p, error))
        goto failed;

      places = MIN ((int) sen->len, MAX (1, MIN (kinds[k].group, 8) * g_rand_int_range (rand, 1, 3)));
      for (int j = 0; j < places; j++)
        {
          SendcoPupil *pupil = g_ptr_array_index (sen, g_rand_int_range (rand, 0, sen->len));
          g_autoptr (SendcoEnrolment) e = NULL;

          if (g_hash_table_contains (chosen, pupil))
            continue;
          g_hash_table_add (chosen, pupil);
          e = sendco_enrolment_new ();
          e->provision_id = p->id;
          e->pupil_id = sendco_pupil_get_id (pupil);
          g_free (e->start_date);
          e->start_date = g_strdup (p->start_date);
          if (!sendco_store_save_enrolment (store, e, error))
            goto failed;
        }
    }
  return sendco_store_commit (store, error);

failed:
  sendco_store_rollback (store);
  return FALSE;
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static guint64 n_paints;
static gint64  paint_started;
static double  last_paint_ms;

/* A frame's work: from the frame clock's before-paint (events are in, the
 * tick has come) to after-paint (laid out, drawn and shown). */
static void
on_before_paint (GdkFrameClock *clock, gpointer data)
{
  paint_started = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock, gpointer data)
{
  last_paint_ms = (g_get_monotonic_time () - paint_started) / 1000.0;
  n_paints++;
}

static gboolean
wait_for_paint (guint64 before)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (2000, set_flag, &timed_out);

  while (n_paints == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return !timed_out;
}

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
paint_blank (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* something that changes, so each frame is drawn */
  cairo_set_source_rgb (cr, (n_paints % 7) / 7.0, 0.5, 0.5);
  cairo_rectangle (cr, 0, 0, 8, 8);
  cairo_fill (cr);
}

/* The real widget in a window: from a scroll to the next paint. */
static void
bench_widget (SendcoProvisionMap *map, guint pupils, guint provisions, guint runs)
{
  GtkWidget *window, *scrolled, *view, *area;
  GtkAdjustment *vadj, *hadj;
  GdkFrameClock *clock;
  g_autoptr (GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), FRAME_WIDTH, FRAME_HEIGHT);
  scrolled = gtk_scrolled_window_new ();
  view = sendco_provision_map_view_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  sendco_provision_map_view_set_map (SENDCO_PROVISION_MAP_VIEW (view), map);
  gtk_window_present (GTK_WINDOW (window));
  spin (500);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  hadj = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));

  for (guint i = 0; i < runs; i++)
    {
      double vspan = gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj);
      double hspan = gtk_adjustment_get_upper (hadj) - gtk_adjustment_get_page_size (hadj);
      guint64 before;

      spin (20);
      before = n_paints;
      gtk_adjustment_set_value (vadj, vspan * ((i * 7) % runs) / MAX (1, runs - 1));
      gtk_adjustment_set_value (hadj, hspan * ((i * 3) % runs) / MAX (1, runs - 1));
      if (!wait_for_paint (before))
        continue;
      g_array_append_val (frames, last_paint_ms);
    }
  print_result ("provision_map_widget_frame_ms", pupils, provisions, frames, 8);

  /* For comparison: the same window showing a drawing area that only
   * paints itself white, to tell the map's share of a frame from the cost
   * of showing a 1280x800 window at all (large under Xvfb). */
  g_array_set_size (frames, 0);
  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), paint_blank, NULL, NULL);
  gtk_window_set_child (GTK_WINDOW (window), area);
  spin (200);
  for (guint i = 0; i < runs; i++)
    {
      guint64 before;

      spin (20);
      before = n_paints;
      gtk_widget_queue_draw (area);
      if (wait_for_paint (before))
        g_array_append_val (frames, last_paint_ms);
    }
  print_result ("blank_window_frame_ms", pupils, provisions, frames, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The provision map page on this school, as a PNG. */
static void
save_screenshot (SendcoStore *store, const char *path)
{
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GtkWidget *window, *page;
  int width, height;

  sendco_register_resource ();
  gtk_css_provider_load_from_resource (css, "/org/example/Sendco/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), FRAME_WIDTH, FRAME_HEIGHT);
  page = g_object_new (SENDCO_TYPE_PROVISION_MAP_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  sendco_provision_map_page_set_store (SENDCO_PROVISION_MAP_PAGE (page), store);
  gtk_window_present (GTK_WINDOW (window));
  spin (800);

  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_save_to_png (texture, path);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
} Wait;

static void
on_exported (GObject *source, GAsyncResult *result, gpointer data)
{
  Wait *wait = data;
  g_autoptr (GError) error = NULL;

  wait->ok = sendco_provision_pdf_export_finish (result, &error);
  if (!wait->ok)
    g_printerr ("export: %s\n", error->message);
  g_main_loop_quit (wait->loop);
}

int
main (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (SendcoProvisionMap) map = NULL;
  g_autofree char *dir = NULL, *path = NULL, *pdf = NULL;
  int n_pupils = 2000, n_provisions = 200, runs = 15;
  g_autofree char *save_pdf = NULL, *screenshot = NULL;
  const GOptionEntry entries[] = {
    { "pupils", 0, 0, G_OPTION_ARG_INT, &n_pupils, "Pupils in the demo school", "N" },
    { "provisions", 0, 0, G_OPTION_ARG_INT, &n_provisions, "Provisions at least", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement", "N" },
    { "save-pdf", 0, 0, G_OPTION_ARG_FILENAME, &save_pdf, "Keep the PDF made, to look at", "FILE" },
    { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, &screenshot, "Save the page as a PNG", "FILE" },
    { NULL }
  };
  SendcoDemoOptions demo = { 0, 1, NULL };
  SendcoMapFilter filter;
  SendcoRenderStyle style;
  g_autoptr (GArray) build = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) pdfs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) exports = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GPtrArray) library = NULL;
  guint provisions;
  GDate today;

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  dir = g_dir_make_tmp ("sendco-bench-map-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "demo.sendco", NULL);
  pdf = g_build_filename (dir, "map.pdf", NULL);
  store = sendco_store_open (path, SENDCO_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  demo.n_pupils = (guint) n_pupils;
  demo.provisions = (guint) n_provisions;   /* the realistic library; topped up if short */
  sendco_today (&today);
  if (!sendco_demo_generate (store, &demo, &today, &error)
      || !add_provisions (store, (guint) n_provisions, &error))
    {
      g_printerr ("demo school: %s\n", error->message);
      return 1;
    }
  library = sendco_store_list_provisions (store, FALSE, &error);
  g_assert_no_error (error);
  provisions = library->len;

  sendco_map_filter_init (&filter);
  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (SendcoProvisionMap) built = sendco_store_build_provision_map (store, &filter, NULL,
                                                                             &error);

      g_assert_no_error (error);
      g_array_append_val (build, *(double[]) { elapsed_ms (start) });
    }
  print_result ("provision_map_build_ms", n_pupils, provisions, build, 0);
  map = sendco_store_build_provision_map (store, &filter, NULL, &error);
  g_assert_no_error (error);

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);

      g_array_append_val (layout, *(double[]) { elapsed_ms (start) });
    }
  print_result ("provision_grid_layout_ms", n_pupils, provisions, layout, 0);

  /* Frames at 100 % (4/3 pixels a point), all over the map. */
  {
    g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);
    const SendcoGridMetrics *m = sendco_provision_grid_get_metrics (grid);
    const double scale = 96.0 / 72.0;
    double hspan = MAX (0, m->full_width * scale - FRAME_WIDTH);
    double vspan = MAX (0, m->full_height * scale - FRAME_HEIGHT);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, FRAME_WIDTH,
                                                           FRAME_HEIGHT);
    guint n_frames = MAX (40, (guint) runs * 4);

    sendco_render_style_init_light (&style);
    for (guint i = 0; i < n_frames; i++)
      {
        double sx = hspan * ((i * 3) % n_frames) / (n_frames - 1);
        double sy = vspan * ((i * 7) % n_frames) / (n_frames - 1);
        gint64 start;
        cairo_t *cr;

        start = g_get_monotonic_time ();
        cr = cairo_create (surface);
        sendco_provision_grid_draw_view (cr, grid, &style, FRAME_WIDTH, FRAME_HEIGHT, sx, sy, scale);
        cairo_destroy (cr);
        cairo_surface_flush (surface);
        g_array_append_val (frames, *(double[]) { elapsed_ms (start) });
      }
    cairo_surface_destroy (surface);
    print_result ("provision_map_frame_ms", n_pupils, provisions, frames, 8);
    g_printerr ("grid: %u bands, %u year groups, %.0f x %.0f points\n", m->n_bands, m->n_columns,
                m->full_width, m->full_height);
  }

  for (int i = 0; i < MAX (5, runs / 2); i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!sendco_provision_map_write_pdf (map, pdf, SENDCO_PAPER_A4, NULL, NULL, NULL, &error))
        {
          g_printerr ("pdf: %s\n", error->message);
          return 1;
        }
      g_array_append_val (pdfs, *(double[]) { elapsed_ms (start) });
    }
  print_result ("provision_pdf_ms", n_pupils, provisions, pdfs, 500);

  for (int i = 0; i < MAX (5, runs / 2); i++)
    {
      Wait wait = { g_main_loop_new (NULL, FALSE), FALSE };
      gint64 start = g_get_monotonic_time ();

      sendco_provision_pdf_export_async (path, &filter, pdf, SENDCO_PAPER_A4, NULL, NULL, NULL,
                                         on_exported, &wait);
      g_main_loop_run (wait.loop);
      g_main_loop_unref (wait.loop);
      if (!wait.ok)
        return 1;
      g_array_append_val (exports, *(double[]) { elapsed_ms (start) });
    }
  print_result ("provision_pdf_export_ms", n_pupils, provisions, exports, 500);
  if (save_pdf)
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_get_contents (pdf, &contents, &length, NULL))
        g_file_set_contents (save_pdf, contents, (gssize) length, NULL);
    }

  if (gtk_init_check ())
    {
      adw_init ();
      bench_widget (g_steal_pointer (&map), (guint) n_pupils, provisions, MAX (30, (guint) runs * 2));
      if (screenshot)
        save_screenshot (store, screenshot);
    }
  else
    g_printerr ("no display: the widget frame is not measured (run ./dev.sh bench)\n");

  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
    g_unlink (pdf);
    g_rmdir (dir);
  }
  return 0;
}
