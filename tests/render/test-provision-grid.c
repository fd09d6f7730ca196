/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map grid drawn to images: its size from its columns and
 * lines, the colours where they belong (an area's heading, an empty cell,
 * the totals), hit testing of cells and provision lines, the frozen header
 * on screen, pages split across and down with the header repeated, and the
 * palette's contrast. Each picture is saved beside the test to look at. */
#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "sendco-provision-grid.h"

#define SCALE 2.0

/* Pupils by id: 1 Adams (R), 2 Brown (R), 3 Chen (3), 4 Davies (3),
 * 5 Evans (6), 6 Fox (1). */
static const struct
{
  const char *name;
  int         year;
} pupils[] = {
  { "Adams, Sam", 0 },
  { "Brown, Ella", 0 },
  { "Chen, Leo", 3 },
  { "Davies, Mia", 3 },
  { "Evans, Noah", 6 },
  { "Fox, Ava", 1 },
};

enum
{
  TALK_BOOST = 11,
  SALT = 12,
  PRECISION = 13,
  ZONES = 14,
  FINE_MOTOR = 15,
};

static SendcoProvisionMap *
map_new (void)
{
  SendcoProvisionMap *map = g_new0 (SendcoProvisionMap, 1);

  map->school_name = g_strdup ("Riverside Primary");
  map->period_label = g_strdup ("Autumn term 2026");
  map->from = g_strdup ("2026-09-01");
  map->to = g_strdup ("2026-12-31");
  map->made_on = g_strdup ("2026-11-22");
  map->period = SENDCO_PERIOD_TERM;
  map->budget = 5000000;
  map->provisions = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_map_provision_free);
  map->rows = g_array_new (FALSE, FALSE, sizeof (SendcoMapRow));
  map->pupils = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_map_pupil_free);
  return map;
}

static void
add_pupil (SendcoProvisionMap *map, gint64 id, const char *name, int year, gint64 year_total)
{
  SendcoMapPupil *pupil = g_new0 (SendcoMapPupil, 1);

  pupil->id = id;
  pupil->name = g_strdup (name);
  pupil->year_group = year;
  pupil->sen_status = g_strdup ("K");
  pupil->primary_need = g_strdup ("SLCN");
  pupil->year_total = year_total;
  g_ptr_array_add (map->pupils, pupil);
}

/* @ids and @shares end with 0. */
static void
add_provision (SendcoProvisionMap *map, gint64 id, const char *name, SendcoArea area, int wave,
               const gint64 *ids, const gint64 *shares)
{
  SendcoMapProvision *p = sendco_map_provision_new ();

  p->id = id;
  g_free (p->name);
  p->name = g_strdup (name);
  p->area = area;
  p->wave = wave;
  while (ids[p->n_pupils])
    p->n_pupils++;
  p->pupil_ids = g_memdup2 (ids, sizeof (gint64) * p->n_pupils);
  p->shares = g_memdup2 (shares, sizeof (gint64) * p->n_pupils);
  g_ptr_array_add (map->provisions, p);
}

static SendcoProvisionMap *
make_map (void)
{
  SendcoProvisionMap *map = map_new ();
  SendcoMapFilter filter;

  for (guint i = 0; i < G_N_ELEMENTS (pupils); i++)
    add_pupil (map, i + 1, pupils[i].name, pupils[i].year, i == 2 ? 712000 : 90000);

  add_provision (map, TALK_BOOST, "Talk Boost", SENDCO_AREA_COMMUNICATION, 2,
                 (gint64[]) { 1, 2, 3, 0 }, (gint64[]) { 10000, 10000, 10000 });
  add_provision (map, SALT, "Speech and language therapy", SENDCO_AREA_COMMUNICATION, 3,
                 (gint64[]) { 3, 0 }, (gint64[]) { 150000 });
  add_provision (map, PRECISION, "Precision teaching", SENDCO_AREA_COGNITION, 2,
                 (gint64[]) { 4, 5, 0 }, (gint64[]) { 22050, 22050 });
  add_provision (map, ZONES, "Zones of Regulation", SENDCO_AREA_SEMH, 1,
                 (gint64[]) { 1, 5, 0 }, (gint64[]) { 4000, 4000 });
  add_provision (map, FINE_MOTOR, "Fine motor skills group", SENDCO_AREA_SENSORY_PHYSICAL, 2,
                 (gint64[]) { 6, 0 }, (gint64[]) { 31500 });

  sendco_map_filter_init (&filter);
  sendco_provision_map_finish (map, &filter);
  return map;
}

/* A school with pupils in every year group from nursery to year 14. */
static SendcoProvisionMap *
make_wide_map (guint n_extra_bands)
{
  SendcoProvisionMap *map = map_new ();
  SendcoMapFilter filter;
  gint64 ids[SENDCO_MAP_N_YEARS + 1] = { 0 };
  gint64 shares[SENDCO_MAP_N_YEARS] = { 0 };

  for (int year = -1; year <= 14; year++)
    {
      g_autofree char *name = g_strdup_printf ("Pupil, Year %d", year);

      add_pupil (map, year + 2, name, year, 1000);
      ids[year + 1] = year + 2;
      shares[year + 1] = 1000;
    }
  add_provision (map, 1, "Lego-based therapy", SENDCO_AREA_COMMUNICATION, 2, ids, shares);
  add_provision (map, 2, "Reading intervention", SENDCO_AREA_COGNITION, 2, ids, shares);
  /* more bands, each a provision of its own area and wave */
  for (guint i = 0; i < n_extra_bands; i++)
    {
      g_autofree char *name = g_strdup_printf ("Provision %u", i + 1);

      add_provision (map, 100 + i, name, (SendcoArea) (i % SENDCO_N_AREAS), 1 + (int) (i / 5) % 3,
                     ids, shares);
    }
  sendco_map_filter_init (&filter);
  sendco_provision_map_finish (map, &filter);
  return map;
}

typedef struct
{
  cairo_surface_t *surface;
  int              width;
  int              height;
} Picture;

static void
save_png (cairo_surface_t *surface, const char *name)
{
  g_autofree char *dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "render", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_mkdir_with_parents (dir, 0755);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("saved %s", path);
}

static Picture
draw_grid (const SendcoProvisionGrid *grid, const SendcoRenderStyle *style, const char *png)
{
  const SendcoGridMetrics *m = sendco_provision_grid_get_metrics (grid);
  Picture picture;
  cairo_t *cr;

  picture.width = (int) ceil (m->full_width * SCALE);
  picture.height = (int) ceil (m->full_height * SCALE);
  picture.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, picture.width, picture.height);
  cr = cairo_create (picture.surface);
  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  cairo_scale (cr, SCALE, SCALE);
  sendco_provision_grid_draw (cr, grid, style, m->full_width, m->full_height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (picture.surface);
  if (png)
    save_png (picture.surface, png);
  return picture;
}

static void
pixel_at (const Picture *picture, double x, double y, SendcoRgba *colour)
{
  int px = (int) floor (x * SCALE), py = (int) floor (y * SCALE);
  const unsigned char *data = cairo_image_surface_get_data (picture->surface);
  int stride = cairo_image_surface_get_stride (picture->surface);
  guint32 value;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (px, <, picture->width);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (py, <, picture->height);
  value = *(const guint32 *) (data + py * stride + px * 4);
  colour->r = ((value >> 16) & 0xff) / 255.0;
  colour->g = ((value >> 8) & 0xff) / 255.0;
  colour->b = (value & 0xff) / 255.0;
  colour->a = 1;
}

static void
assert_colour_at (const Picture *picture, double x, double y, const SendcoRgba *expected)
{
  SendcoRgba got;

  pixel_at (picture, x, y, &got);
  if (fabs (got.r - expected->r) > 1.5 / 255 || fabs (got.g - expected->g) > 1.5 / 255
      || fabs (got.b - expected->b) > 1.5 / 255)
    g_error ("pixel at %.1f,%.1f is #%02x%02x%02x, expected #%02x%02x%02x", x, y,
             (int) round (got.r * 255), (int) round (got.g * 255), (int) round (got.b * 255),
             (int) round (expected->r * 255), (int) round (expected->g * 255),
             (int) round (expected->b * 255));
}

/* How many pixels of a box are much darker (or, on dark, lighter) than
 * @background: text drawn there. */
static guint
ink_pixels (const Picture *picture, double x, double y, double width, double height,
            const SendcoRgba *background)
{
  guint n = 0;
  double bl = sendco_rgba_luminance (background);

  for (double py = y; py < y + height; py += 0.5)
    for (double px = x; px < x + width; px += 0.5)
      {
        SendcoRgba c;

        pixel_at (picture, px, py, &c);
        if (fabs (sendco_rgba_luminance (&c) - bl) > 0.25)
          n++;
      }
  return n;
}

static int
band_of (const SendcoProvisionMap *map, SendcoArea area, int wave)
{
  for (guint i = 0; i < map->rows->len; i++)
    {
      const SendcoMapRow *row = &g_array_index (map->rows, SendcoMapRow, i);

      if (row->area == area && row->wave == wave)
        return (int) i;
    }
  g_assert_not_reached ();
}

static int
column_of (const SendcoProvisionMap *map, int year)
{
  for (guint i = 0; i < map->n_years; i++)
    if (map->years[i] == year)
      return (int) i;
  g_assert_not_reached ();
}

static void
test_map_totals (void)
{
  g_autoptr (SendcoProvisionMap) map = make_map ();
  g_autofree char *summary = sendco_provision_map_dup_summary (map);

  /* Reception, Year 1, Year 3 and Year 6 have pupils in provision. */
  g_assert_cmpuint (map->n_years, ==, 4);
  g_assert_cmpint (map->years[0], ==, 0);
  g_assert_cmpint (map->years[3], ==, 6);
  g_assert_cmpuint (map->rows->len, ==, 5);
  g_assert_cmpint (map->total, ==, 30000 + 150000 + 44100 + 8000 + 31500);
  g_assert_cmpstr (summary, ==, "£2,636.00 on additional provision for 6 pupils · "
                                "1 pupil above £6,000 · budget £50,000.00");
}

static void
test_layout_sizes (void)
{
  g_autoptr (SendcoProvisionMap) map = make_map ();
  g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);
  const SendcoGridMetrics *m = sendco_provision_grid_get_metrics (grid);
  g_autoptr (SendcoProvisionMap) longer = make_map ();
  g_autoptr (SendcoProvisionGrid) longer_grid = NULL;
  const SendcoGridMetrics *lm;
  SendcoMapFilter filter;
  SendcoRect rect, taller;
  int band = band_of (map, SENDCO_AREA_COMMUNICATION, 2);

  g_assert_cmpuint (m->n_columns, ==, 4);
  g_assert_cmpuint (m->n_bands, ==, 5);
  g_assert_cmpfloat (m->column_width, >, 80);
  g_assert_cmpfloat_with_epsilon (m->width,
                                  m->first_width + 4 * m->column_width + m->total_width, 1e-9);
  g_assert_cmpfloat (m->header_height, >, 15);
  g_assert_cmpfloat (m->legend_y, >, m->grid_height);
  g_assert_cmpfloat_with_epsilon (m->full_height, m->legend_y + m->legend_height, 1e-9);

  /* Cells sit in their columns, one below the other. */
  g_assert_true (sendco_provision_grid_get_cell_rect (grid, band, 2, &rect));
  g_assert_cmpfloat_with_epsilon (rect.x, m->first_width + 2 * m->column_width, 1e-9);
  g_assert_cmpfloat_with_epsilon (rect.width, m->column_width, 1e-9);
  g_assert_cmpfloat (rect.y, >, m->header_height);
  g_assert_false (sendco_provision_grid_get_cell_rect (grid, 5, 0, &rect));
  g_assert_false (sendco_provision_grid_get_cell_rect (grid, band, 4, &rect));

  /* Four more provisions for Reception in the same band: the band grows
   * by their lines, and so does the grid. */
  for (guint i = 0; i < longer->provisions->len; i++)
    {
      SendcoMapProvision *p = g_ptr_array_index (longer->provisions, i);

      if (p->id == TALK_BOOST)
        {
          const char *names[] = { "Attention Autism", "Colourful semantics", "Lego-based therapy",
                                  "Social stories and comic strip conversations" };

          for (guint k = 0; k < G_N_ELEMENTS (names); k++)
            add_provision (longer, 50 + k, names[k], SENDCO_AREA_COMMUNICATION, 2,
                           (gint64[]) { 1, 0 }, (gint64[]) { 2500 });
          break;
        }
    }
  sendco_map_filter_init (&filter);
  sendco_provision_map_finish (longer, &filter);
  longer_grid = sendco_provision_grid_new (longer);
  lm = sendco_provision_grid_get_metrics (longer_grid);
  g_assert_cmpfloat_with_epsilon (lm->width, m->width, 1e-9);
  g_assert_true (sendco_provision_grid_get_cell_rect (longer_grid, band, 0, &taller));
  g_assert_true (sendco_provision_grid_get_cell_rect (grid, band, 0, &rect));
  /* five lines (the long name wraps onto a second) instead of one */
  g_assert_cmpfloat (taller.height, >, rect.height + 4 * 11);
  g_assert_cmpfloat_with_epsilon (lm->grid_height - m->grid_height, taller.height - rect.height,
                                  1e-6);
}

static void
test_pixels (void)
{
  g_autoptr (SendcoProvisionMap) map = make_map ();
  g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);
  const SendcoGridMetrics *m = sendco_provision_grid_get_metrics (grid);
  const char *names[] = { "provision-grid-light.png", "provision-grid-dark.png" };

  for (guint dark = 0; dark < 2; dark++)
    {
      SendcoRenderStyle style;
      Picture picture;
      SendcoRect rect, cell, totals, label;
      int band = band_of (map, SENDCO_AREA_COMMUNICATION, 3);

      if (dark)
        sendco_render_style_init_dark (&style);
      else
        sendco_render_style_init_light (&style);
      picture = draw_grid (grid, &style, names[dark]);
      g_assert_cmpint (picture.width, ==, (int) ceil (m->full_width * SCALE));

      /* The area's heading band, in its colour, away from its words. */
      g_assert_true (sendco_provision_grid_get_area_rect (grid, SENDCO_AREA_COGNITION, &rect));
      assert_colour_at (&picture, m->first_width + 1.5 * m->column_width,
                        rect.y + rect.height / 2, &style.area[SENDCO_AREA_COGNITION]);
      assert_colour_at (&picture, m->first_width + 1.5 * m->column_width, rect.y + 2,
                        &style.area[SENDCO_AREA_COGNITION]);
      g_assert_true (sendco_provision_grid_get_area_rect (grid, SENDCO_AREA_SEMH, &rect));
      assert_colour_at (&picture, m->first_width + 2.5 * m->column_width,
                        rect.y + rect.height / 2, &style.area[SENDCO_AREA_SEMH]);
      /* its name is written on it */
      g_assert_cmpuint (ink_pixels (&picture, 8, rect.y + 2, 100, rect.height - 4,
                                    &style.area[SENDCO_AREA_SEMH]), >, 40);

      /* Speech and language therapy has nobody in Reception: an empty cell. */
      g_assert_true (sendco_provision_grid_get_cell_rect (grid, band, column_of (map, 0), &cell));
      assert_colour_at (&picture, cell.x + cell.width / 2, cell.y + cell.height / 2, &style.surface);
      g_assert_cmpuint (ink_pixels (&picture, cell.x + 2, cell.y + 2, cell.width - 4,
                                    cell.height - 4, &style.surface), ==, 0);
      /* ...and a Year 3 pupil in Year 3: words in the cell, background at its corner */
      g_assert_true (sendco_provision_grid_get_cell_rect (grid, band, column_of (map, 3), &cell));
      assert_colour_at (&picture, cell.x + 3, cell.y + 3, &style.surface);
      g_assert_cmpuint (ink_pixels (&picture, cell.x + 2, cell.y + 2, cell.width - 4,
                                    cell.height - 4, &style.surface), >, 60);

      /* The wave's label is tinted in its area's colour, with a stripe. */
      g_assert_true (sendco_provision_grid_get_label_rect (grid, band, &label));
      assert_colour_at (&picture, label.x + label.width - 4, label.y + label.height - 3,
                        &style.area_tint[SENDCO_AREA_COMMUNICATION]);
      assert_colour_at (&picture, label.x + 1.5, label.y + label.height / 2,
                        &style.area[SENDCO_AREA_COMMUNICATION]);

      /* The totals row and column are tinted. */
      sendco_provision_grid_get_totals_rect (grid, &totals);
      assert_colour_at (&picture, m->first_width + 3, totals.y + totals.height - 3, &style.total);
      assert_colour_at (&picture, 3, totals.y + totals.height - 3, &style.total);
      g_assert_true (sendco_provision_grid_get_row_total_rect (grid, band, &rect));
      assert_colour_at (&picture, rect.x + 4, rect.y + rect.height - 3, &style.total);

      /* The header. */
      assert_colour_at (&picture, m->first_width + m->column_width - 3, 3, &style.header);

      /* Nothing of the magenta underneath shows anywhere. */
      for (int y = 0; y < picture.height; y += 7)
        for (int x = 0; x < picture.width; x += 7)
          {
            SendcoRgba c;

            pixel_at (&picture, x / SCALE, y / SCALE, &c);
            g_assert_false (c.r > 0.95 && c.g < 0.05 && c.b > 0.95);
          }
      cairo_surface_destroy (picture.surface);
    }
}

static void
test_hover_and_focus (void)
{
  g_autoptr (SendcoProvisionMap) map = make_map ();
  g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);
  SendcoRenderStyle style;
  SendcoGridHit hit;
  SendcoRect cell, line;
  Picture picture;
  int band = band_of (map, SENDCO_AREA_COMMUNICATION, 2);
  int reception = column_of (map, 0);

  sendco_render_style_init_light (&style);
  g_assert_true (sendco_provision_grid_get_cell_rect (grid, band, reception, &cell));
  g_assert_true (sendco_provision_grid_get_provision_rect (grid, band, reception, TALK_BOOST,
                                                           &line));

  /* Over the cell's foot: the cell is highlighted. */
  g_assert_true (sendco_provision_grid_hit_test (grid, cell.x + 10, cell.y + cell.height - 2, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_CELL);
  g_assert_true (sendco_provision_grid_set_hover (grid, &hit));
  g_assert_false (sendco_provision_grid_set_hover (grid, &hit));
  picture = draw_grid (grid, &style, "provision-grid-hover.png");
  assert_colour_at (&picture, cell.x + 3, cell.y + 3, &style.hover);
  cairo_surface_destroy (picture.surface);

  /* Over Talk Boost: its lines in every year are marked. */
  g_assert_true (sendco_provision_grid_hit_test (grid, line.x + 4, line.y + line.height / 2, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_PROVISION);
  g_assert_true (sendco_provision_grid_set_hover (grid, &hit));
  sendco_provision_grid_set_focus (grid, band, column_of (map, 3));
  picture = draw_grid (grid, &style, "provision-grid-focus.png");
  {
    SendcoRect year3_cell, year3_line;
    SendcoRgba plain, marked;

    g_assert_true (sendco_provision_grid_get_cell_rect (grid, band, column_of (map, 3),
                                                        &year3_cell));
    g_assert_true (sendco_provision_grid_get_provision_rect (grid, band, column_of (map, 3),
                                                             TALK_BOOST, &year3_line));
    /* the line's highlight, just inside its left end */
    pixel_at (&picture, year3_line.x + 1.2, year3_line.y + year3_line.height / 2, &marked);
    g_assert_cmpfloat (sendco_rgba_contrast (&marked, &style.surface), >, 1.05);
    g_assert_cmpfloat (marked.b, >, marked.r);
    /* the focus ring in the accent colour at the cell's edge */
    pixel_at (&picture, year3_cell.x + year3_cell.width / 2, year3_cell.y + 1.0, &plain);
    g_assert_cmpfloat (sendco_rgba_contrast (&plain, &style.accent), <, 1.6);
  }
  cairo_surface_destroy (picture.surface);

  g_assert_true (sendco_provision_grid_set_hover (grid, NULL));

  /* The cell whose pupils are listed is tinted. */
  sendco_provision_grid_set_focus (grid, -1, -1);
  sendco_provision_grid_set_selected (grid, band, reception);
  picture = draw_grid (grid, &style, NULL);
  assert_colour_at (&picture, cell.x + 3, cell.y + 3, &style.selected);
  cairo_surface_destroy (picture.surface);
}

static void
test_hit_testing (void)
{
  g_autoptr (SendcoProvisionMap) map = make_map ();
  g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);
  const SendcoGridMetrics *m = sendco_provision_grid_get_metrics (grid);
  SendcoGridHit hit;
  SendcoRect cell, line, rect;
  int band = band_of (map, SENDCO_AREA_COGNITION, 2);
  int year6 = column_of (map, 6);

  /* A point in a cell, away from its lines: that band and year. */
  g_assert_true (sendco_provision_grid_get_cell_rect (grid, band, year6, &cell));
  g_assert_true (sendco_provision_grid_hit_test (grid, cell.x + cell.width / 2,
                                                 cell.y + cell.height - 3, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_CELL);
  g_assert_cmpint (hit.band, ==, band);
  g_assert_cmpint (hit.column, ==, year6);
  g_assert_cmpint (hit.year_group, ==, 6);
  g_assert_cmpint (hit.area, ==, SENDCO_AREA_COGNITION);
  g_assert_cmpint (hit.provision_id, ==, 0);

  /* On Precision teaching's line in Year 6: its id, in that cell. */
  g_assert_true (sendco_provision_grid_get_provision_rect (grid, band, year6, PRECISION, &line));
  g_assert_true (sendco_provision_grid_hit_test (grid, line.x + line.width - 3,
                                                 line.y + line.height / 2, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_PROVISION);
  g_assert_cmpint (hit.provision_id, ==, PRECISION);
  g_assert_cmpint (hit.band, ==, band);
  g_assert_cmpint (hit.year_group, ==, 6);
  g_assert_false (sendco_provision_grid_get_provision_rect (grid, band, column_of (map, 0),
                                                            PRECISION, &line));

  /* The header, an area's heading, the label, the totals, the key. */
  g_assert_true (sendco_provision_grid_hit_test (grid, cell.x + 5, 5, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_HEADER);
  g_assert_cmpint (hit.year_group, ==, 6);
  g_assert_true (sendco_provision_grid_get_area_rect (grid, SENDCO_AREA_SEMH, &rect));
  g_assert_true (sendco_provision_grid_hit_test (grid, cell.x, rect.y + 3, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_AREA);
  g_assert_cmpint (hit.area, ==, SENDCO_AREA_SEMH);
  g_assert_true (sendco_provision_grid_hit_test (grid, 20, cell.y + 5, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_LABEL);
  g_assert_cmpint (hit.band, ==, band);
  g_assert_true (sendco_provision_grid_hit_test (grid, m->width - 5, cell.y + 5, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_ROW_TOTAL);
  sendco_provision_grid_get_totals_rect (grid, &rect);
  g_assert_true (sendco_provision_grid_hit_test (grid, cell.x + 5, rect.y + 5, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_COLUMN_TOTAL);
  g_assert_cmpint (hit.year_group, ==, 6);
  g_assert_true (sendco_provision_grid_hit_test (grid, m->width - 5, rect.y + 5, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_GRAND_TOTAL);
  g_assert_true (sendco_provision_grid_hit_test (grid, 30, m->legend_y + 20, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_LEGEND);
  g_assert_false (sendco_provision_grid_hit_test (grid, -1, 30, &hit));
  g_assert_false (sendco_provision_grid_hit_test (grid, m->width + 1, 30, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_NONE);
}

/* On screen at 1.5 times, scrolled: the header and first column stay put
 * while the cells move under them, and hit testing agrees. */
static void
test_view (void)
{
  g_autoptr (SendcoProvisionMap) map = make_map ();
  g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);
  const SendcoGridMetrics *m = sendco_provision_grid_get_metrics (grid);
  const double zoom = 1.5, sx = 120, sy = 90;
  const int width = 600, height = 320;
  SendcoRenderStyle style;
  SendcoGridHit hit;
  SendcoRect cell;
  cairo_surface_t *surface;
  cairo_t *cr;
  Picture picture;
  int band = band_of (map, SENDCO_AREA_COGNITION, 2);

  sendco_render_style_init_light (&style);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  sendco_provision_grid_draw_view (cr, grid, &style, width, height, sx, sy, zoom);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  save_png (surface, "provision-grid-view.png");
  picture = (Picture) { surface, width, height };

  /* The header is at the top though the view is scrolled down. */
  assert_colour_at (&picture, (m->first_width * zoom + 30) / SCALE, 3 / SCALE, &style.header);
  /* A cell is where its scrolled place says, and the hit test finds it. */
  g_assert_true (sendco_provision_grid_get_cell_rect (grid, band, 1, &cell));
  {
    double vx = (cell.x + cell.width / 2) * zoom - sx;
    double vy = (cell.y + cell.height - 3) * zoom - sy;

    g_assert_cmpfloat (vy, >, m->header_height * zoom);
    g_assert_true (sendco_provision_grid_hit_test_view (grid, vx, vy, sx, sy, zoom, &hit));
    g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_CELL);
    g_assert_cmpint (hit.band, ==, band);
    g_assert_cmpint (hit.column, ==, 1);
    /* the header above it, however far down the view is scrolled */
    g_assert_true (sendco_provision_grid_hit_test_view (grid, vx, 5, sx, sy, zoom, &hit));
    g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_HEADER);
    g_assert_cmpint (hit.column, ==, 1);
    /* the first column, however far across */
    g_assert_true (sendco_provision_grid_hit_test_view (grid, 20, vy, sx, sy, zoom, &hit));
    g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_LABEL);
    g_assert_cmpint (hit.band, ==, band);
    assert_colour_at (&picture, (m->first_width * zoom - 6) / SCALE, (vy) / SCALE,
                      &style.area_tint[SENDCO_AREA_COGNITION]);
  }
  cairo_surface_destroy (surface);

  /* Scrolled down to the key: the corner is still the header's. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  sendco_provision_grid_draw_view (cr, grid, &style, width, height, 0,
                                   m->full_height * zoom - height, zoom);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  save_png (surface, "provision-grid-view-key.png");
  picture = (Picture) { surface, width, height };
  assert_colour_at (&picture, 4 / SCALE, 4 / SCALE, &style.header);
  assert_colour_at (&picture, 4 / SCALE, (height - 3) / SCALE, &style.background);
  g_assert_true (sendco_provision_grid_hit_test_view (grid, 30, height - 40, 0,
                                                      m->full_height * zoom - height, zoom, &hit));
  g_assert_cmpint (hit.kind, ==, SENDCO_GRID_HIT_LEGEND);
  cairo_surface_destroy (surface);
}

static void
draw_pages (const SendcoProvisionGrid *grid, const SendcoGridPages *pages, double width,
            double height, const char *prefix, GPtrArray *pictures)
{
  SendcoRenderStyle style;

  sendco_render_style_init_light (&style);
  for (guint p = 0; p < sendco_grid_pages_get_n_pages (pages); p++)
    {
      Picture *picture = g_new0 (Picture, 1);
      g_autofree char *name = g_strdup_printf ("%s-%u.png", prefix, p + 1);
      cairo_t *cr;

      picture->width = (int) ceil (width * SCALE);
      picture->height = (int) ceil (height * SCALE);
      picture->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, picture->width,
                                                     picture->height);
      cr = cairo_create (picture->surface);
      cairo_scale (cr, SCALE, SCALE);
      sendco_provision_grid_draw_page (cr, grid, pages, p, &style, width, height);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (picture->surface);
      save_png (picture->surface, name);
      g_ptr_array_add (pictures, picture);
    }
}

static void
picture_free (Picture *picture)
{
  cairo_surface_destroy (picture->surface);
  g_free (picture);
}

#define A4_LONG  841.890
#define A4_SHORT 595.276
#define A3_LONG  1190.551

static void
test_pages_small (void)
{
  g_autoptr (SendcoProvisionMap) map = make_map ();
  g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);
  g_autoptr (SendcoGridPages) pages = sendco_provision_grid_paginate (grid, A4_LONG, A4_SHORT);
  g_autoptr (GPtrArray) pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) picture_free);
  SendcoGridPage page;

  /* Four year groups fit A4 across at full size; shrunk a little, the key
   * fits under them too: one page, all of it. */
  g_assert_cmpuint (sendco_grid_pages_get_n_pages (pages), ==, 1);
  g_assert_cmpfloat (sendco_grid_pages_get_scale (pages), <, 1.0);
  g_assert_cmpfloat (sendco_grid_pages_get_scale (pages), >=, 0.8);
  g_assert_true (sendco_grid_pages_get_page (pages, 0, &page));
  g_assert_cmpuint (page.first_column, ==, 0);
  g_assert_cmpuint (page.n_columns, ==, 4);
  g_assert_true (page.total_column);
  g_assert_cmpint (page.first_band, ==, 0);
  g_assert_cmpint (page.last_band, ==, 4);
  g_assert_true (page.totals_row);
  g_assert_true (page.legend);
  g_assert_false (sendco_grid_pages_get_page (pages, 1, &page));
  draw_pages (grid, pages, A4_LONG, A4_SHORT, "provision-page-small", pictures);
}

static void
test_pages_wide (void)
{
  g_autoptr (SendcoProvisionMap) map = make_wide_map (0);
  g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);
  const SendcoGridMetrics *m = sendco_provision_grid_get_metrics (grid);
  g_autoptr (SendcoGridPages) pages = sendco_provision_grid_paginate (grid, A4_LONG, A4_SHORT);
  g_autoptr (SendcoGridPages) a3 = sendco_provision_grid_paginate (grid, A3_LONG, A4_LONG);
  g_autoptr (GPtrArray) pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) picture_free);
  SendcoRenderStyle style;
  SendcoGridPage first, second;
  double scale, across;
  guint fit;

  sendco_render_style_init_light (&style);
  g_assert_cmpuint (m->n_columns, ==, 16);

  /* Too wide even at the smallest scale: the year groups split in two,
   * as many as fit on the first page, the rest with the totals. */
  scale = sendco_grid_pages_get_scale (pages);
  g_assert_cmpfloat_with_epsilon (scale, SENDCO_GRID_MIN_PAGE_SCALE, 1e-9);
  across = (A4_LONG - 2 * 28) / scale;
  fit = (guint) floor ((across - m->first_width) / m->column_width);
  g_assert_cmpuint (sendco_grid_pages_get_n_pages (pages), ==, 2);
  g_assert_true (sendco_grid_pages_get_page (pages, 0, &first));
  g_assert_true (sendco_grid_pages_get_page (pages, 1, &second));
  g_assert_cmpuint (first.first_column, ==, 0);
  g_assert_cmpuint (first.n_columns, ==, fit);
  g_assert_false (first.total_column);
  g_assert_false (first.legend);
  g_assert_cmpuint (second.first_column, ==, fit);
  g_assert_cmpuint (second.n_columns, ==, 16 - fit);
  g_assert_true (second.total_column);
  g_assert_true (second.legend);
  /* both pages carry every band */
  g_assert_cmpint (first.first_band, ==, 0);
  g_assert_cmpint (second.last_band, ==, (int) m->n_bands - 1);

  draw_pages (grid, pages, A4_LONG, A4_SHORT, "provision-page-wide", pictures);
  {
    Picture *page2 = g_ptr_array_index (pictures, 1);
    double top = 28 + 64, left = 28;
    double hx = left + (m->first_width + 2) * scale;

    /* The header and first column are repeated on the second page: the
     * header tint, the first year group's name, the areas' names. */
    assert_colour_at (page2, hx + 1, top + 2 * scale, &style.header);
    g_assert_cmpuint (ink_pixels (page2, hx + 4, top, m->column_width * scale - 8,
                                  m->header_height * scale, &style.header), >, 20);
    g_assert_cmpuint (ink_pixels (page2, left + 4, top + (m->header_height + 3) * scale, 60, 10,
                                  &style.area[SENDCO_AREA_COMMUNICATION]), >, 20);
    /* and the footer numbers it */
    g_assert_cmpuint (ink_pixels (page2, A4_LONG - 28 - 50, A4_SHORT - 28 - 12, 50, 12,
                                  &style.background), >, 20);
  }

  /* On A3 more fits across. */
  g_assert_cmpuint (sendco_grid_pages_get_n_pages (a3), ==, 2);
  g_assert_true (sendco_grid_pages_get_page (a3, 0, &first));
  g_assert_cmpuint (first.n_columns, >, fit);
}

static void
test_pages_tall (void)
{
  g_autoptr (SendcoProvisionMap) map = make_wide_map (15);
  g_autoptr (SendcoProvisionGrid) grid = sendco_provision_grid_new (map);
  const SendcoGridMetrics *m = sendco_provision_grid_get_metrics (grid);
  g_autoptr (SendcoGridPages) pages = sendco_provision_grid_paginate (grid, A4_LONG, A4_SHORT);
  g_autoptr (GPtrArray) pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) picture_free);
  guint n = sendco_grid_pages_get_n_pages (pages), chunks = 0, legends = 0;
  int next_band = 0;

  g_assert_cmpuint (m->n_bands, ==, 15);
  g_assert_cmpuint (n, >, 2);
  /* Down each run of year groups every band comes once, in order, never
   * split; the totals row ends each run; the key comes once, last. */
  for (guint p = 0; p < n; p++)
    {
      SendcoGridPage page;

      g_assert_true (sendco_grid_pages_get_page (pages, p, &page));
      if (page.first_band == 0)
        {
          g_assert_cmpint (next_band, ==, p == 0 ? 0 : (int) m->n_bands);
          next_band = 0;
          chunks++;
        }
      if (page.first_band >= 0)
        {
          g_assert_cmpint (page.first_band, ==, next_band);
          g_assert_cmpint (page.last_band, >=, page.first_band);
          next_band = page.last_band + 1;
        }
      if (page.totals_row)
        g_assert_cmpint (next_band, ==, (int) m->n_bands);
      legends += page.legend;
      if (page.legend)
        g_assert_cmpuint (p, ==, n - 1);
    }
  g_assert_cmpuint (chunks, ==, 2);
  g_assert_cmpuint (legends, ==, 1);
  draw_pages (grid, pages, A4_LONG, A4_SHORT, "provision-page-tall", pictures);
}

static void
assert_readable (const SendcoRenderStyle *style)
{
  g_assert_cmpfloat (sendco_rgba_contrast (&style->ink, &style->surface), >=, 7.0);
  g_assert_cmpfloat (sendco_rgba_contrast (&style->ink, &style->header), >=, 4.5);
  g_assert_cmpfloat (sendco_rgba_contrast (&style->ink, &style->total), >=, 4.5);
  g_assert_cmpfloat (sendco_rgba_contrast (&style->ink, &style->hover), >=, 4.5);
  g_assert_cmpfloat (sendco_rgba_contrast (&style->ink, &style->selected), >=, 4.5);
  g_assert_cmpfloat (sendco_rgba_contrast (&style->muted, &style->selected), >=, 3.0);
  g_assert_cmpfloat (sendco_rgba_contrast (&style->muted, &style->surface), >=, 4.5);
  for (guint a = 0; a < SENDCO_N_AREAS; a++)
    {
      g_assert_cmpfloat (sendco_rgba_contrast (&style->area_ink[a], &style->area[a]), >=, 4.5);
      g_assert_cmpfloat (sendco_rgba_contrast (&style->ink, &style->area_tint[a]), >=, 4.5);
      g_assert_cmpfloat (sendco_rgba_contrast (&style->muted, &style->area_tint[a]), >=, 4.5);
    }
  /* lines are visible but quiet */
  g_assert_cmpfloat (sendco_rgba_contrast (&style->line, &style->surface), >, 1.15);
  g_assert_cmpfloat (sendco_rgba_contrast (&style->line, &style->surface), <, 3.0);
}

static void
test_style (void)
{
  SendcoRenderStyle light, dark, from;
  SendcoRgba fg, bg, accent;

  sendco_render_style_init_light (&light);
  sendco_render_style_init_dark (&dark);
  g_assert_false (light.dark);
  g_assert_true (dark.dark);
  assert_readable (&light);
  assert_readable (&dark);
  g_assert_cmpfloat (sendco_rgba_luminance (&dark.surface), <, 0.05);

  /* Adwaita's light view: text is black at 80 % on white. */
  fg = (SendcoRgba) { 0, 0, 0, 0.8 };
  sendco_rgba_parse_hex (&bg, "#ffffff");
  sendco_rgba_parse_hex (&accent, "#1c71d8");
  sendco_render_style_from_colors (&from, &fg, &bg, &accent, FALSE);
  g_assert_cmpfloat_with_epsilon (from.ink.r, 0.2, 0.01);
  g_assert_cmpfloat (from.ink.a, ==, 1.0);
  assert_readable (&from);

  /* ...and its dark view. */
  sendco_rgba_parse_hex (&fg, "#ffffff");
  sendco_rgba_parse_hex (&bg, "#1e1e1e");
  sendco_rgba_parse_hex (&accent, "#78aeed");
  sendco_render_style_from_colors (&from, &fg, &bg, &accent, TRUE);
  g_assert_true (from.dark);
  assert_readable (&from);

  /* High contrast: black on white stays black on white. */
  fg = (SendcoRgba) { 0, 0, 0, 1 };
  sendco_rgba_parse_hex (&bg, "#ffffff");
  sendco_render_style_from_colors (&from, &fg, &bg, NULL, FALSE);
  g_assert_cmpfloat (sendco_rgba_contrast (&from.ink, &from.surface), >, 20);
  assert_readable (&from);
}

static void
test_cell_pupils (void)
{
  g_autoptr (SendcoProvisionMap) map = make_map ();
  g_autoptr (GPtrArray) reception = NULL, year3 = NULL, none = NULL;
  SendcoCellPupil *pupil;

  /* Talk Boost's band in Reception: Adams and Brown. */
  reception = sendco_provision_map_cell_pupils (map, band_of (map, SENDCO_AREA_COMMUNICATION, 2),
                                                0);
  g_assert_cmpuint (reception->len, ==, 2);
  pupil = g_ptr_array_index (reception, 0);
  g_assert_cmpstr (pupil->pupil->name, ==, "Adams, Sam");
  g_assert_cmpstr (pupil->provisions, ==, "Talk Boost");
  g_assert_cmpint (pupil->share, ==, 10000);

  year3 = sendco_provision_map_cell_pupils (map, band_of (map, SENDCO_AREA_COMMUNICATION, 3), 3);
  g_assert_cmpuint (year3->len, ==, 1);
  pupil = g_ptr_array_index (year3, 0);
  g_assert_cmpstr (pupil->pupil->name, ==, "Chen, Leo");
  g_assert_cmpint (pupil->share, ==, 150000);
  g_assert_true (pupil->pupil->over_threshold);

  none = sendco_provision_map_cell_pupils (map, 99, 3);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_empty (void)
{
  g_autoptr (SendcoProvisionMap) map = map_new ();
  g_autoptr (SendcoProvisionGrid) grid = NULL;
  g_autoptr (SendcoGridPages) pages = NULL;
  g_autoptr (GPtrArray) pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) picture_free);
  SendcoMapFilter filter;
  SendcoRenderStyle style;
  Picture picture;
  const SendcoGridMetrics *m;

  sendco_map_filter_init (&filter);
  sendco_provision_map_finish (map, &filter);
  grid = sendco_provision_grid_new (map);
  m = sendco_provision_grid_get_metrics (grid);
  g_assert_cmpuint (m->n_columns, ==, 0);
  g_assert_cmpfloat_with_epsilon (m->width, m->first_width + m->total_width, 1e-9);
  sendco_render_style_init_light (&style);
  picture = draw_grid (grid, &style, "provision-grid-empty.png");
  cairo_surface_destroy (picture.surface);
  pages = sendco_provision_grid_paginate (grid, A4_LONG, A4_SHORT);
  g_assert_cmpuint (sendco_grid_pages_get_n_pages (pages), ==, 1);
  draw_pages (grid, pages, A4_LONG, A4_SHORT, "provision-page-empty", pictures);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/provision-grid/map-totals", test_map_totals);
  g_test_add_func ("/render/provision-grid/layout-sizes", test_layout_sizes);
  g_test_add_func ("/render/provision-grid/pixels", test_pixels);
  g_test_add_func ("/render/provision-grid/hover-and-focus", test_hover_and_focus);
  g_test_add_func ("/render/provision-grid/hit-testing", test_hit_testing);
  g_test_add_func ("/render/provision-grid/view", test_view);
  g_test_add_func ("/render/provision-grid/pages-small", test_pages_small);
  g_test_add_func ("/render/provision-grid/pages-wide", test_pages_wide);
  g_test_add_func ("/render/provision-grid/pages-tall", test_pages_tall);
  g_test_add_func ("/render/provision-grid/style", test_style);
  g_test_add_func ("/render/provision-grid/cell-pupils", test_cell_pupils);
  g_test_add_func ("/render/provision-grid/empty", test_empty);

  return g_test_run ();
}
