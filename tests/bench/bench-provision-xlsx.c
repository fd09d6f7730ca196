/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Goal: on the demo school of 2,000 pupils with 200 provisions, the full
 * provision map XLSX export (open the school file read-only, build the map,
 * write the four sheets and the chart, rename into place) within 300 ms.
 *
 * Builds the demo school in a temporary folder and, while the demo has
 * fewer than --provisions provisions, adds staff and provisions with pupils'
 * places through the store (seeded: the same school every run). Then times
 * the export --runs times as the app's thread does it, and prints one JSON
 * object a line: the whole export, and its two halves (reading the map,
 * writing the workbook). With --dump-json FILE it also writes the map it
 * exported as JSON, so bench-provision-xlsx.py can time python3-xlsxwriter
 * writing the same workbook from the same data.
 *
 * Usage: bench-provision-xlsx [--pupils N] [--provisions N] [--runs N]
 *                             [--dump-json FILE] [--keep OUT.xlsx]
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sendco-clock.h"
#include "sendco-demo.h"
#include "sendco-provision-grid.h"
#include "sendco-provision-xlsx.h"
#include "sendco-render-style.h"
#include "sendco-store-provision.h"

#define GOAL_MS 300.0

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_autoptr (GArray) sorted = g_array_copy (values);
  guint n = sorted->len;

  g_array_sort (sorted, compare_doubles);
  if (n == 0)
    return 0;
  if (n % 2)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static void
print_result (const char *bench, guint pupils, guint provisions, guint places, GArray *values,
              double goal, const char *extra)
{
  g_autoptr (GString) line = g_string_new (NULL);
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  double max = 0, min = G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    {
      max = MAX (max, g_array_index (values, double, i));
      min = MIN (min, g_array_index (values, double, i));
    }

  g_string_append_printf (line, "{\"bench\":\"%s\",\"pupils\":%u,\"provisions\":%u,"
                          "\"places\":%u", bench, pupils, provisions, places);
  g_string_append_printf (line, ",\"median\":%s",
                          g_ascii_formatd (number, sizeof number, "%.1f", median (values)));
  g_string_append_printf (line, ",\"min\":%s", g_ascii_formatd (number, sizeof number, "%.1f", min));
  g_string_append_printf (line, ",\"max\":%s", g_ascii_formatd (number, sizeof number, "%.1f", max));
  g_string_append_printf (line, ",\"runs\":%u", values->len);
  if (goal > 0)
    g_string_append_printf (line, ",\"goal\":%g", goal);
  if (extra)
    g_string_append_printf (line, ",%s", extra);
  g_string_append (line, ",\"samples\":[");
  for (guint i = 0; i < values->len; i++)
    g_string_append_printf (line, "%s%s", i ? "," : "",
                            g_ascii_formatd (number, sizeof number, "%.1f",
                                             g_array_index (values, double, i)));
  g_string_append (line, "]}");
  printf ("%s\n", line->str);
  fflush (stdout);
}

/* The school */

static const struct { const char *name; const char *area; } library[] = {
  { "Talk Boost", "communication" }, { "Language Link", "communication" },
  { "Lego therapy", "communication" }, { "Social stories", "communication" },
  { "Attention Autism", "communication" }, { "Colourful semantics", "communication" },
  { "Speech and language therapy", "communication" }, { "Precision teaching", "cognition" },
  { "Toe by Toe", "cognition" }, { "Reading one-to-one", "cognition" },
  { "Phonics catch-up", "cognition" }, { "Numicon intervention", "cognition" },
  { "Plus One maths", "cognition" }, { "Power of 2", "cognition" },
  { "Nessy spelling", "cognition" }, { "Zones of Regulation", "semh" },
  { "ELSA sessions", "semh" }, { "Lunchtime nurture group", "semh" },
  { "Drawing and Talking", "semh" }, { "Anger management group", "semh" },
  { "Morning check-in", "semh" }, { "Sensory circuit", "sensory" },
  { "Fine motor skills group", "sensory" }, { "Handwriting without Tears", "sensory" },
  { "Touch typing", "sensory" }, { "Hearing support (ToD)", "sensory" },
  { "Visual impairment support", "sensory" }, { "Occupational therapy programme", "sensory" },
  { "Homework club support", "other" }, { "Young carers group", "other" },
};

static gboolean
add_staff (SendcoStore *store, GArray *ids, GError **error)
{
  static const struct { const char *name; const char *role; gint64 hourly; } people[] = {
    { "Jo Taylor", "ta", 1850 }, { "Sam Reid", "ta", 1790 }, { "Amira Khan", "ta", 1850 },
    { "Priya Shah", "hlta", 2237 }, { "Tom Evans", "hlta", 2190 }, { "Rachel Moore", "teacher", 3860 },
    { "Ben Carter", "sendco", 4120 }, { "Dr Lena Fox", "external", 6500 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr (SendcoStaff) staff = sendco_staff_new ();

      g_free (staff->name);
      staff->name = g_strdup (people[i].name);
      g_free (staff->role);
      staff->role = g_strdup (people[i].role);
      staff->hourly_cost = people[i].hourly;
      staff->hours_per_week = 30;
      if (!sendco_store_save_staff (store, staff, error))
        return FALSE;
      g_array_append_val (ids, staff->id);
    }
  return TRUE;
}

/* Tops the demo's provision library up to @target with places for pupils on
 * the SEND register (or anyone, in a school without one). */
static gboolean
top_up (SendcoStore *store, guint target, guint *library_size, GError **error)
{
  g_autoptr (GPtrArray) have = sendco_store_list_provisions (store, FALSE, error);
  g_autoptr (GPtrArray) staff = NULL;
  g_autoptr (GListStore) roll = NULL;
  g_autoptr (GArray) staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) register_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GRand) rand = g_rand_new_with_seed (2026);
  guint n_pupils;

  if (have == NULL)
    return FALSE;
  *library_size = MAX (have->len, target);
  if (have->len >= target)
    return TRUE;

  staff = sendco_store_list_staff (store, FALSE, error);
  if (staff == NULL)
    return FALSE;
  for (guint i = 0; i < staff->len; i++)
    g_array_append_val (staff_ids, ((SendcoStaff *) g_ptr_array_index (staff, i))->id);

  roll = sendco_store_list_pupils (store, FALSE, error);
  if (roll == NULL)
    return FALSE;
  n_pupils = g_list_model_get_n_items (G_LIST_MODEL (roll));
  for (guint i = 0; i < n_pupils; i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (roll), i);
      const char *status = sendco_pupil_get_sen_status (pupil);
      gint64 id = sendco_pupil_get_id (pupil);

      if (g_strcmp0 (status, "N") != 0 || n_pupils < 200)
        g_array_append_val (register_ids, id);
    }
  if (register_ids->len == 0)
    for (guint i = 0; i < n_pupils; i++)
      {
        g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (roll), i);
        gint64 id = sendco_pupil_get_id (pupil);

        g_array_append_val (register_ids, id);
      }

  if (!sendco_store_begin (store, error))
    return FALSE;
  if (staff_ids->len == 0 && !add_staff (store, staff_ids, error))
    goto failed;

  for (guint i = have->len; i < target; i++)
    {
      g_autoptr (SendcoProvision) p = sendco_provision_new ();
      guint base = i % G_N_ELEMENTS (library);
      guint places, first;

      g_free (p->name);
      p->name = g_strdup_printf ("%s (group %u)", library[base].name,
                                 (guint) (i / G_N_ELEMENTS (library) + 1));
      g_free (p->area);
      p->area = g_strdup (library[base].area);
      p->wave = 1 + (int) (i % 3);
      p->staff_id = g_array_index (staff_ids, gint64, i % staff_ids->len);
      p->group_size = p->wave == 3 ? 1 : g_rand_int_range (rand, 3, 9);
      p->sessions_per_week = g_rand_int_range (rand, 1, 6);
      p->minutes_per_session = 15 * g_rand_int_range (rand, 1, 5);
      g_free (p->start_date);
      p->start_date = g_strdup (g_rand_boolean (rand) ? "2026-09-01" : "2026-11-02");
      p->resources_per_year = 500 * g_rand_int_range (rand, 0, 60);
      if (!sendco_store_save_provision (store, p, error))
        goto failed;

      /* Different pupils: a run of the register from a random start. */
      places = MIN ((guint) (p->group_size * g_rand_int_range (rand, 1, 3)), register_ids->len);
      first = (guint) g_rand_int_range (rand, 0, (gint32) register_ids->len);
      for (guint j = 0; j < places; j++)
        {
          g_autoptr (SendcoEnrolment) e = sendco_enrolment_new ();

          e->provision_id = p->id;
          e->pupil_id = g_array_index (register_ids, gint64, (first + j) % register_ids->len);
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

/* --dump-json */

static void
json_string (GString *out, const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text ? text : ""; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static void
json_ints (GString *out, const gint64 *values, guint n)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? "," : "", values[i]);
  g_string_append_c (out, ']');
}

static void
json_uints (GString *out, const guint *values, guint n)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%u", i ? "," : "", values[i]);
  g_string_append_c (out, ']');
}

static char *
hex (const SendcoRgba *colour)
{
  return g_strdup_printf ("%02X%02X%02X", (guint) (colour->r * 255 + 0.5),
                          (guint) (colour->g * 255 + 0.5), (guint) (colour->b * 255 + 0.5));
}

/* Everything the workbook shows, with the words Sendco puts on it. */
static gboolean
dump_json (const SendcoProvisionMap *map, const char *path, GError **error)
{
  g_autoptr (GString) out = g_string_new ("{");
  g_autofree char *summary = sendco_provision_map_dup_summary (map);
  SendcoRenderStyle style;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  sendco_render_style_init_light (&style);

  g_string_append (out, "\"school\":");
  json_string (out, map->school_name);
  g_string_append (out, ",\"period\":");
  g_string_append_printf (out, "%d", map->period);
  g_string_append (out, ",\"period_label\":");
  json_string (out, map->period_label);
  g_string_append (out, ",\"from\":");
  json_string (out, map->from);
  g_string_append (out, ",\"to\":");
  json_string (out, map->to);
  g_string_append (out, ",\"made_on\":");
  json_string (out, map->made_on);
  g_string_append (out, ",\"summary\":");
  json_string (out, summary);

  g_string_append (out, ",\"areas\":[");
  for (SendcoArea a = 0; a < SENDCO_N_AREAS; a++)
    {
      g_autofree char *colour = hex (&style.area[a]), *tint = hex (&style.area_tint[a]);

      g_string_append_printf (out, "%s{\"name\":", a ? "," : "");
      json_string (out, sendco_area_name (a));
      g_string_append_printf (out, ",\"colour\":\"%s\",\"tint\":\"%s\"}", colour, tint);
    }
  g_string_append (out, "],\"waves\":[");
  for (int wave = 1; wave <= 3; wave++)
    {
      g_string_append (out, wave > 1 ? "," : "");
      json_string (out, sendco_wave_name (wave));
    }

  g_string_append (out, "],\"years\":[");
  for (guint c = 0; c < map->n_years; c++)
    {
      g_autofree char *label = sendco_year_group_label (map->years[c]);

      g_string_append_printf (out, "%s{\"year\":%d,\"label\":", c ? "," : "", map->years[c]);
      json_string (out, label);
      g_string_append_c (out, '}');
    }

  g_string_append (out, "],\"provisions\":[");
  for (guint i = 0; i < map->provisions->len; i++)
    {
      const SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);

      g_string_append_printf (out, "%s{\"id\":%" G_GINT64_FORMAT ",\"name\":", i ? "," : "", p->id);
      json_string (out, p->name);
      g_string_append_printf (out, ",\"area\":%d,\"wave\":%d,\"staff\":", p->area, p->wave);
      json_string (out, p->staff_name);
      g_string_append (out, ",\"role\":");
      json_string (out, sendco_staff_role_name (p->staff_role));
      g_string_append_printf (out, ",\"hourly\":%" G_GINT64_FORMAT ",\"group_size\":%d,"
                              "\"sessions\":%d,\"minutes\":%d,\"weeks\":%d,\"groups\":%d,"
                              "\"session\":%" G_GINT64_FORMAT ",\"week\":%" G_GINT64_FORMAT
                              ",\"term\":%" G_GINT64_FORMAT ",\"year\":%" G_GINT64_FORMAT
                              ",\"shown\":%" G_GINT64_FORMAT ",\"resources\":%" G_GINT64_FORMAT
                              ",\"per_pupil\":%" G_GINT64_FORMAT ",\"pupil_ids\":",
                              p->hourly_cost, p->group_size, p->sessions_per_week,
                              p->minutes_per_session, p->weeks, p->cost.groups, p->cost.session,
                              p->cost.week, p->cost.term, p->cost.year, p->shown_cost,
                              p->resources_per_year, p->cost.per_pupil);
      json_ints (out, p->pupil_ids, p->n_pupils);
      g_string_append (out, ",\"pupils_by_year\":");
      json_uints (out, p->pupils_by_year, SENDCO_MAP_N_YEARS);
      g_string_append (out, ",\"cost_by_year\":");
      json_ints (out, p->cost_by_year, SENDCO_MAP_N_YEARS);
      g_string_append_c (out, '}');
    }

  g_string_append (out, "],\"rows\":[");
  for (guint r = 0; r < map->rows->len; r++)
    {
      const SendcoMapRow *row = &g_array_index (map->rows, SendcoMapRow, r);

      g_string_append_printf (out, "%s{\"area\":%d,\"wave\":%d,\"first\":%u,\"n\":%u,"
                              "\"pupils\":%u,\"cost\":%" G_GINT64_FORMAT ",\"pupils_by_year\":",
                              r ? "," : "", row->area, row->wave, row->first, row->n, row->pupils,
                              row->cost);
      json_uints (out, row->pupils_by_year, SENDCO_MAP_N_YEARS);
      g_string_append (out, ",\"cost_by_year\":");
      json_ints (out, row->cost_by_year, SENDCO_MAP_N_YEARS);
      g_string_append_c (out, '}');
    }

  g_string_append (out, "],\"pupils\":[");
  for (guint i = 0; i < map->pupils->len; i++)
    {
      const SendcoMapPupil *pupil = g_ptr_array_index (map->pupils, i);
      SendcoSenStatus status = sendco_sen_status_from_code (pupil->sen_status);
      g_autofree char *short_year = sendco_year_group_short_label (pupil->year_group);

      g_string_append_printf (out, "%s{\"id\":%" G_GINT64_FORMAT ",\"name\":", i ? "," : "",
                              pupil->id);
      json_string (out, pupil->name);
      g_string_append_printf (out, ",\"year\":%d,\"year_short\":", pupil->year_group);
      json_string (out, short_year);
      g_string_append (out, ",\"status\":");
      json_string (out, status != SENDCO_SEN_INVALID ? sendco_sen_status_name (status)
                                                     : pupil->sen_status);
      g_string_append (out, ",\"need\":");
      json_string (out, pupil->primary_need);
      g_string_append_printf (out, ",\"n_provisions\":%u,\"total\":%" G_GINT64_FORMAT
                              ",\"year_total\":%" G_GINT64_FORMAT ",\"minutes\":%s,\"over\":%s}",
                              pupil->n_provisions, pupil->total, pupil->year_total,
                              g_ascii_formatd (number, sizeof number, "%.1f",
                                               pupil->minutes_per_week),
                              pupil->over_threshold ? "true" : "false");
    }

  g_string_append (out, "],\"pupils_by_year\":");
  json_uints (out, map->pupils_by_year, SENDCO_MAP_N_YEARS);
  g_string_append (out, ",\"cost_by_year\":");
  json_ints (out, map->cost_by_year, SENDCO_MAP_N_YEARS);
  g_string_append (out, ",\"by_area\":");
  json_ints (out, map->by_area, SENDCO_N_AREAS);
  g_string_append (out, ",\"by_wave\":");
  json_ints (out, map->by_wave, 3);
  g_string_append_printf (out, ",\"pupils_total\":%u,\"total\":%" G_GINT64_FORMAT
                          ",\"budget\":%" G_GINT64_FORMAT ",\"over_threshold\":%u}\n",
                          map->pupils_total, map->total, map->budget, map->over_threshold);

  return g_file_set_contents (path, out->str, (gssize) out->len, error);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (SendcoStore) store = NULL;
  g_autoptr (GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) reads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) writes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL, *path = NULL, *out = NULL, *dump = NULL, *extra = NULL;
  g_autofree char *keep = NULL;
  int n_pupils = 2000, n_provisions = 200, runs = 7;
  guint shown = 0, places = 0, library_size = 0;
  SendcoDemoOptions demo = { 0 };
  SendcoMapFilter filter;
  GStatBuf st;
  GDate today;
  const GOptionEntry entries[] = {
    { "pupils", 0, 0, G_OPTION_ARG_INT, &n_pupils, "Pupils in the demo school", "N" },
    { "provisions", 0, 0, G_OPTION_ARG_INT, &n_provisions, "Provisions (the demo's, topped up)",
      "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Exports to time", "N" },
    { "dump-json", 0, 0, G_OPTION_ARG_FILENAME, &dump, "Also write the map as JSON", "FILE" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the workbook, to look at", "OUT.xlsx" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error ? error->message : "--runs must be 1 or more");
      return 2;
    }

  dir = g_dir_make_tmp ("sendco-bench-xlsx-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "school.sendco", NULL);
  out = g_build_filename (dir, "Provision map.xlsx", NULL);

  sendco_today (&today);
  store = sendco_store_open (path, SENDCO_STORE_OPEN_CREATE, &error);
  demo.n_pupils = (guint) n_pupils;
  demo.provisions = (guint) n_provisions;   /* the realistic library; topped up if short */
  demo.seed = 1;
  if (store == NULL || !sendco_demo_generate (store, &demo, &today, &error)
      || !top_up (store, (guint) n_provisions, &library_size, &error))
    {
      g_printerr ("could not make the demo school: %s\n", error->message);
      return 1;
    }

  sendco_map_filter_init (&filter);
  for (int run = 0; run < runs; run++)
    {
      g_autoptr (SendcoStore) reader = NULL;
      g_autoptr (SendcoProvisionMap) map = NULL;
      gint64 start = g_get_monotonic_time (), built, written;

      /* As the app's export thread: its own read-only connection. */
      reader = sendco_store_open (path, SENDCO_STORE_OPEN_READ_ONLY, &error);
      map = reader ? sendco_store_build_provision_map (reader, &filter, &today, &error) : NULL;
      if (map == NULL)
        {
          g_printerr ("could not build the map: %s\n", error->message);
          return 1;
        }
      g_clear_object (&reader);
      built = g_get_monotonic_time ();
      if (!sendco_provision_map_write_xlsx (map, out, NULL, NULL, NULL, &error))
        {
          g_printerr ("could not write the workbook: %s\n", error->message);
          return 1;
        }
      written = g_get_monotonic_time ();

      {
        double read_ms = (double) (built - start) / 1000.0;
        double write_ms = (double) (written - built) / 1000.0;
        double total_ms = (double) (written - start) / 1000.0;

        g_array_append_val (reads, read_ms);
        g_array_append_val (writes, write_ms);
        g_array_append_val (totals, total_ms);
      }

      if (run == 0)
        {
          shown = map->provisions->len;
          places = 0;
          for (guint i = 0; i < map->provisions->len; i++)
            places += ((SendcoMapProvision *) g_ptr_array_index (map->provisions, i))->n_pupils;
          if (dump && !dump_json (map, dump, &error))
            {
              g_printerr ("could not write %s: %s\n", dump, error->message);
              return 1;
            }
        }
    }

  g_stat (out, &st);
  {
    char read_ms[G_ASCII_DTOSTR_BUF_SIZE], write_ms[G_ASCII_DTOSTR_BUF_SIZE];

    extra = g_strdup_printf ("\"library\":%u,\"read_median\":%s,\"write_median\":%s,"
                             "\"bytes\":%" G_GINT64_FORMAT, library_size,
                             g_ascii_formatd (read_ms, sizeof read_ms, "%.1f", median (reads)),
                             g_ascii_formatd (write_ms, sizeof write_ms, "%.1f", median (writes)),
                             (gint64) st.st_size);
  }
  print_result ("provision-xlsx-export", (guint) n_pupils, shown, places, totals, GOAL_MS, extra);

  g_clear_object (&store);
  {
    static const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
  }
  if (keep == NULL || g_rename (out, keep) != 0)
    g_unlink (out);
  g_rmdir (dir);
  return 0;
}
