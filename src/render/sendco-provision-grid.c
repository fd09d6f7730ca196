/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map grid. sendco_provision_grid_new lays the map out once:
 * every text becomes a PangoLayout measured with hint metrics off and
 * absolute sizes, so the same grid measures the same on screen, on paper and
 * in a PNG; every row, cell and provision line gets its place. Drawing then
 * only paints the rows and columns that meet the clip, which keeps a frame
 * of a large school's map quick. Hit testing uses the same places. */
#define G_LOG_DOMAIN "sendco-render"

#include "config.h"

#include "sendco-provision-grid.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sendco-costing.h"
#include "sendco-dates.h"

#define FONT_FAMILY    "Cantarell, DejaVu Sans, Sans"
#define TEXT_SIZE      9.5
#define SMALL_SIZE     8.0
#define HEADING_SIZE   10.5

#define FIRST_WIDTH    156.0
#define COLUMN_WIDTH   124.0
#define TOTAL_WIDTH    108.0
#define PAD_X          8.0
#define PAD_Y          7.0
#define STRIPE         4.0
#define ENTRY_GAP      3.0
#define COUNT_GAP      6.0
#define COST_GAP       5.0
#define MIN_ROW        44.0
#define LINE_WIDTH     0.75
#define RADIUS         3.0

#define LEGEND_GAP     20.0
#define LEGEND_LEFT    228.0
#define LEGEND_RIGHT   420.0
#define LEGEND_SPACING 20.0
#define SWATCH         11.0

/* Printed pages, in points. */
#define PAGE_MARGIN    28.0
#define TITLE_HEIGHT   64.0
#define FOOTER_HEIGHT  22.0

typedef enum
{
  ROW_AREA,
  ROW_BAND,
  ROW_TOTALS,
} RowKind;

typedef struct
{
  gint64       provision_id;
  PangoLayout *name;
  PangoLayout *count;       /* shared, owned by the grid */
  double       y;           /* from the top of the row */
  double       height;
} Entry;

typedef struct
{
  Entry       *entries;
  guint        n_entries;
  PangoLayout *pupils;      /* the totals row: "34 pupils" */
  PangoLayout *cost;        /* NULL in an empty cell */
} Cell;

typedef struct
{
  RowKind      kind;
  int          area;
  int          wave;
  int          band;        /* index into map->rows, or -1 */
  double       y;
  double       height;
  PangoLayout *label;       /* area name, wave, or "All provision" */
  PangoLayout *sublabel;
  PangoLayout *total_pupils;
  PangoLayout *total_cost;  /* for an area: its cost */
  Cell        *cells;       /* one per year group; NULL for an area */
} Row;

struct _SendcoProvisionGrid
{
  PangoContext         *context;
  PangoFontDescription *text_font;
  PangoFontDescription *bold_font;
  PangoFontDescription *small_font;
  PangoFontDescription *heading_font;
  PangoAttrList        *figures;      /* tabular figures */

  SendcoGridMetrics     metrics;
  int                   years[SENDCO_MAP_N_YEARS];

  PangoLayout          *header_first;
  PangoLayout          *header_total;
  PangoLayout          *header_years[SENDCO_MAP_N_YEARS];
  GArray               *rows;         /* Row */
  int                  *band_rows;    /* band -> index into rows */
  GHashTable           *counts;       /* pupil count -> PangoLayout */

  PangoLayout          *legend_title;
  PangoLayout          *legend_areas[SENDCO_N_AREAS];
  PangoLayout          *legend_notes;

  char                 *school_name;
  char                 *period_label;
  char                 *made_on;      /* dd/mm/yyyy */
  char                 *summary;

  SendcoGridHit         hover;
  int                   focus_band;
  int                   focus_column;
  int                   selected_band;
  int                   selected_column;
};

typedef struct
{
  guint    row_first;   /* grid rows [row_first, row_end) */
  guint    row_end;
  int      continued;   /* an area's heading row, repeated at the top, or -1 */
  gboolean legend;
} RowPage;

struct _SendcoGridPages
{
  double  scale;
  double  page_width;
  double  page_height;
  GArray *pages;   /* SendcoGridPage */
  GArray *rows;    /* RowPage: the grid rows of each page */
  guint   n_chunks;
};

/* Which columns and rows a drawing shows, and where. */
typedef struct
{
  guint  col_first;
  guint  col_end;
  gboolean total;
  guint  row_first;
  guint  row_end;
  double dy;          /* rows are drawn at their y minus this */
  double width;
} Slice;

enum
{
  PART_LABELS   = 1 << 0,   /* the first column */
  PART_CELLS    = 1 << 1,   /* year groups and totals */
  PART_HEADINGS = 1 << 2,   /* the areas' heading bands */
};

typedef struct
{
  cairo_t                   *cr;
  const SendcoProvisionGrid *grid;
  const SendcoRenderStyle   *style;
  gboolean                   snap;
  SendcoRgba                 hover_line;
} Draw;

/* Layouts */

static PangoFontDescription *
new_font (double size, PangoWeight weight)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  return font;
}

static PangoLayout *
new_layout (const SendcoProvisionGrid *grid, const PangoFontDescription *font, const char *text,
            double width, int lines, gboolean figures)
{
  PangoLayout *layout = pango_layout_new (grid->context);

  pango_layout_set_font_description (layout, font);
  if (figures)
    pango_layout_set_attributes (layout, grid->figures);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (lines > 0)
        {
          pango_layout_set_height (layout, -lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static char *
pupils_text (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pupil", "%u pupils", n), n);
}

static PangoLayout *
count_layout (SendcoProvisionGrid *grid, guint count)
{
  PangoLayout *layout = g_hash_table_lookup (grid->counts, GUINT_TO_POINTER (count));

  if (layout == NULL)
    {
      g_autofree char *text = g_strdup_printf ("%u", count);

      layout = new_layout (grid, grid->bold_font, text, -1, 0, TRUE);
      g_hash_table_insert (grid->counts, GUINT_TO_POINTER (count), layout);
    }
  return layout;
}

static void
clear_row (Row *row, guint n_columns)
{
  g_clear_object (&row->label);
  g_clear_object (&row->sublabel);
  g_clear_object (&row->total_pupils);
  g_clear_object (&row->total_cost);
  if (row->cells)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          Cell *cell = &row->cells[c];

          for (guint e = 0; e < cell->n_entries; e++)
            g_clear_object (&cell->entries[e].name);
          g_free (cell->entries);
          g_clear_object (&cell->pupils);
          g_clear_object (&cell->cost);
        }
      g_free (row->cells);
    }
}

/* The first column's label and the totals on the right: how tall they are. */
static double
label_height (const Row *row)
{
  double height = PAD_Y + layout_height (row->label);

  if (row->sublabel)
    height += 2 + layout_height (row->sublabel);
  return height + PAD_Y;
}

static double
total_height (const Row *row)
{
  return PAD_Y + layout_height (row->total_pupils) + 2 + layout_height (row->total_cost) + PAD_Y;
}

static void
lay_out_band (SendcoProvisionGrid *grid, const SendcoProvisionMap *map, Row *row)
{
  const SendcoMapRow *band = &g_array_index (map->rows, SendcoMapRow, row->band);
  guint n_columns = grid->metrics.n_columns;
  double count_width = 0, name_width, height;
  g_autofree char *provisions = NULL;
  g_autofree char *pupils = pupils_text (band->pupils);
  g_autofree char *cost = sendco_money_format (band->cost);

  row->label = new_layout (grid, grid->text_font, sendco_wave_name (band->wave),
                           FIRST_WIDTH - STRIPE - 2 * PAD_X, 0, FALSE);
  provisions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u provision", "%u provisions",
                                             band->n), band->n);
  row->sublabel = new_layout (grid, grid->small_font, provisions, FIRST_WIDTH - STRIPE - 2 * PAD_X,
                              0, FALSE);
  row->total_pupils = new_layout (grid, grid->text_font, pupils, -1, 0, TRUE);
  row->total_cost = new_layout (grid, grid->bold_font, cost, -1, 0, TRUE);
  height = MAX (MIN_ROW, MAX (label_height (row), total_height (row)));

  /* The widest count in the band keeps its names lined up. */
  for (guint i = band->first; i < band->first + band->n; i++)
    {
      const SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);

      for (guint c = 0; c < n_columns; c++)
        {
          guint n = p->pupils_by_year[SENDCO_MAP_YEAR_INDEX (grid->years[c])];

          if (n)
            count_width = MAX (count_width, layout_width (count_layout (grid, n)));
        }
    }
  name_width = COLUMN_WIDTH - 2 * PAD_X - count_width - COUNT_GAP;

  row->cells = g_new0 (Cell, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      Cell *cell = &row->cells[c];
      int y = SENDCO_MAP_YEAR_INDEX (grid->years[c]);
      double top = PAD_Y;

      cell->entries = g_new0 (Entry, band->n);
      for (guint i = band->first; i < band->first + band->n; i++)
        {
          const SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);
          Entry *entry;

          if (p->pupils_by_year[y] == 0)
            continue;
          entry = &cell->entries[cell->n_entries++];
          entry->provision_id = p->id;
          entry->name = new_layout (grid, grid->text_font, p->name, name_width, 2, FALSE);
          entry->count = count_layout (grid, p->pupils_by_year[y]);
          entry->y = top;
          entry->height = MAX (layout_height (entry->name), layout_height (entry->count));
          top += entry->height + ENTRY_GAP;
        }
      if (cell->n_entries > 0)
        {
          g_autofree char *text = sendco_money_format (band->cost_by_year[y]);

          cell->cost = new_layout (grid, grid->small_font, text, -1, 0, TRUE);
          top += COST_GAP - ENTRY_GAP + layout_height (cell->cost);
          height = MAX (height, top + PAD_Y);
        }
    }
  row->height = ceil (height);
}

static void
lay_out_totals (SendcoProvisionGrid *grid, const SendcoProvisionMap *map, Row *row)
{
  guint n_columns = grid->metrics.n_columns;
  g_autofree char *pupils = pupils_text (map->pupils_total);
  g_autofree char *cost = sendco_money_format (map->total);
  double height;

  row->label = new_layout (grid, grid->bold_font, _("All provision"), FIRST_WIDTH - 2 * PAD_X, 0,
                           FALSE);
  row->sublabel = new_layout (grid, grid->small_font, _("Each pupil counted once"),
                              FIRST_WIDTH - 2 * PAD_X, 0, FALSE);
  row->total_pupils = new_layout (grid, grid->bold_font, pupils, -1, 0, TRUE);
  row->total_cost = new_layout (grid, grid->bold_font, cost, -1, 0, TRUE);
  height = MAX (label_height (row), total_height (row));

  row->cells = g_new0 (Cell, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      int y = SENDCO_MAP_YEAR_INDEX (grid->years[c]);
      g_autofree char *year_pupils = pupils_text (map->pupils_by_year[y]);
      g_autofree char *year_cost = sendco_money_format (map->cost_by_year[y]);

      row->cells[c].pupils = new_layout (grid, grid->text_font, year_pupils, -1, 0, TRUE);
      row->cells[c].cost = new_layout (grid, grid->bold_font, year_cost, -1, 0, TRUE);
    }
  row->height = ceil (height);
}

static void
lay_out_legend (SendcoProvisionGrid *grid, const SendcoProvisionMap *map)
{
  g_autoptr (GString) notes = g_string_new (NULL);
  g_autofree char *threshold = sendco_money_format_whole (SENDCO_NOTIONAL_SEN_THRESHOLD);
  double left, right;

  grid->legend_title = new_layout (grid, grid->bold_font, _("Key"), -1, 0, FALSE);
  for (SendcoArea area = 0; area < SENDCO_N_AREAS; area++)
    grid->legend_areas[area] = new_layout (grid, grid->text_font, sendco_area_name (area),
                                           LEGEND_LEFT - SWATCH - 8, 0, FALSE);

  g_string_append (notes, _("Each cell lists the provisions running for that year group and how "
                            "many of its pupils receive each; the figure at the foot of the cell "
                            "is their cost."));
  g_string_append (notes, "\n");
  g_string_append (notes, _("Totals count each pupil once, however many provisions they receive."));
  g_string_append (notes, "\n");
  g_string_append_printf (notes, _("Costs are staff time at each member of staff’s hourly rate "
                                   "(on-costs included) plus resources and licences, for: %s."),
                          map->period_label ? map->period_label : "");
  g_string_append (notes, "\n");
  g_string_append (notes, _("Wave 1: quality-first teaching for all. Wave 2: targeted, "
                            "small-group interventions. Wave 3: specialist and individual "
                            "support."));
  if (map->over_threshold > 0)
    {
      g_string_append (notes, "\n");
      g_string_append_printf (notes,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u pupil’s additional provision costs more than the "
                                           "%s a year a school meets from its notional SEN "
                                           "budget.",
                                           "%u pupils’ additional provision costs more than the "
                                           "%s a year a school meets from its notional SEN "
                                           "budget.",
                                           map->over_threshold),
                              map->over_threshold, threshold);
    }
  grid->legend_notes = new_layout (grid, grid->small_font, notes->str, LEGEND_RIGHT, 0, FALSE);
  pango_layout_set_spacing (grid->legend_notes, 3 * PANGO_SCALE);

  left = layout_height (grid->legend_title) + 8;
  for (SendcoArea area = 0; area < SENDCO_N_AREAS; area++)
    left += MAX (SWATCH, layout_height (grid->legend_areas[area])) + 5;
  right = layout_height (grid->legend_title) + 8 + layout_height (grid->legend_notes);

  grid->metrics.legend_width = PAD_X + LEGEND_LEFT + LEGEND_SPACING + LEGEND_RIGHT;
  grid->metrics.legend_height = ceil (MAX (left, right));
}

/**
 * sendco_provision_grid_new:
 * @map: the snapshot to lay out; the grid keeps nothing of it
 *
 * Returns: (transfer full): the laid-out grid
 */
SendcoProvisionGrid *
sendco_provision_grid_new (const SendcoProvisionMap *map)
{
  SendcoProvisionGrid *grid;
  SendcoGridMetrics *m;
  cairo_font_options_t *options;
  double y;

  g_return_val_if_fail (map != NULL, NULL);

  grid = g_new0 (SendcoProvisionGrid, 1);
  m = &grid->metrics;
  grid->focus_band = -1;
  grid->focus_column = -1;
  grid->selected_band = -1;
  grid->selected_column = -1;
  grid->hover.kind = SENDCO_GRID_HIT_NONE;
  grid->hover.band = -1;

  /* The thread's own font map: a PDF can be laid out off the main thread. */
  grid->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (grid->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (grid->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (grid->context, FALSE);

  grid->text_font = new_font (TEXT_SIZE, PANGO_WEIGHT_NORMAL);
  grid->bold_font = new_font (TEXT_SIZE, PANGO_WEIGHT_BOLD);
  grid->small_font = new_font (SMALL_SIZE, PANGO_WEIGHT_NORMAL);
  grid->heading_font = new_font (HEADING_SIZE, PANGO_WEIGHT_BOLD);
  grid->figures = pango_attr_list_new ();
  pango_attr_list_insert (grid->figures, pango_attr_font_features_new ("tnum=1"));
  grid->counts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);

  grid->school_name = g_strdup (map->school_name ? map->school_name : "");
  grid->period_label = g_strdup (map->period_label ? map->period_label : "");
  grid->made_on = map->made_on && map->made_on[0] ? sendco_iso_to_uk (map->made_on) : g_strdup ("");
  grid->summary = sendco_provision_map_dup_summary (map);

  m->n_columns = map->n_years;
  m->n_bands = map->rows->len;
  memcpy (grid->years, map->years, sizeof grid->years);
  m->first_width = FIRST_WIDTH;
  m->column_width = COLUMN_WIDTH;
  m->total_width = TOTAL_WIDTH;
  m->width = FIRST_WIDTH + m->n_columns * COLUMN_WIDTH + TOTAL_WIDTH;

  /* The header row. */
  grid->header_first = new_layout (grid, grid->small_font, _("Area of need and wave"),
                                   FIRST_WIDTH - 2 * PAD_X, 0, FALSE);
  grid->header_total = new_layout (grid, grid->bold_font, _("Total"), -1, 0, FALSE);
  m->header_height = layout_height (grid->header_total);
  for (guint c = 0; c < m->n_columns; c++)
    {
      g_autofree char *label = sendco_year_group_label (map->years[c]);

      grid->header_years[c] = new_layout (grid, grid->bold_font, label, COLUMN_WIDTH - 2 * PAD_X,
                                          0, FALSE);
      m->header_height = MAX (m->header_height, layout_height (grid->header_years[c]));
    }
  m->header_height = ceil (MAX (m->header_height, layout_height (grid->header_first)) + 2 * 9.0);

  /* An area's heading, then its waves; the totals at the foot. */
  grid->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  grid->band_rows = g_new0 (int, MAX (1, m->n_bands));
  y = m->header_height;
  for (guint b = 0; b < m->n_bands; b++)
    {
      const SendcoMapRow *band = &g_array_index (map->rows, SendcoMapRow, b);
      Row row = { 0 };

      if (b == 0 || g_array_index (map->rows, SendcoMapRow, b - 1).area != band->area)
        {
          Row heading = { 0 };
          g_autofree char *cost = sendco_money_format (map->by_area[band->area]);

          heading.kind = ROW_AREA;
          heading.area = band->area;
          heading.band = -1;
          heading.label = new_layout (grid, grid->heading_font, sendco_area_name (band->area), -1,
                                      0, FALSE);
          heading.total_cost = new_layout (grid, grid->heading_font, cost, -1, 0, TRUE);
          heading.y = y;
          heading.height = ceil (layout_height (heading.label) + 2 * 6.0);
          y += heading.height;
          g_array_append_val (grid->rows, heading);
        }

      row.kind = ROW_BAND;
      row.area = band->area;
      row.wave = band->wave;
      row.band = (int) b;
      lay_out_band (grid, map, &row);
      row.y = y;
      y += row.height;
      grid->band_rows[b] = (int) grid->rows->len;
      g_array_append_val (grid->rows, row);
    }

  {
    Row totals = { 0 };

    totals.kind = ROW_TOTALS;
    totals.area = -1;
    totals.band = -1;
    lay_out_totals (grid, map, &totals);
    totals.y = y;
    y += totals.height;
    g_array_append_val (grid->rows, totals);
  }
  m->grid_height = y;

  lay_out_legend (grid, map);
  m->legend_y = y + LEGEND_GAP;
  m->full_width = MAX (m->width, m->legend_width);
  m->full_height = m->legend_y + m->legend_height;
  return grid;
}

void
sendco_provision_grid_free (SendcoProvisionGrid *grid)
{
  if (grid == NULL)
    return;

  for (guint r = 0; r < grid->rows->len; r++)
    clear_row (&g_array_index (grid->rows, Row, r), grid->metrics.n_columns);
  g_array_unref (grid->rows);
  g_free (grid->band_rows);
  g_hash_table_unref (grid->counts);
  g_clear_object (&grid->header_first);
  g_clear_object (&grid->header_total);
  for (guint c = 0; c < SENDCO_MAP_N_YEARS; c++)
    g_clear_object (&grid->header_years[c]);
  g_clear_object (&grid->legend_title);
  for (guint a = 0; a < SENDCO_N_AREAS; a++)
    g_clear_object (&grid->legend_areas[a]);
  g_clear_object (&grid->legend_notes);
  pango_font_description_free (grid->text_font);
  pango_font_description_free (grid->bold_font);
  pango_font_description_free (grid->small_font);
  pango_font_description_free (grid->heading_font);
  pango_attr_list_unref (grid->figures);
  g_object_unref (grid->context);
  g_free (grid->school_name);
  g_free (grid->period_label);
  g_free (grid->made_on);
  g_free (grid->summary);
  g_free (grid);
}

/* Geometry */

const SendcoGridMetrics *
sendco_provision_grid_get_metrics (const SendcoProvisionGrid *grid)
{
  g_return_val_if_fail (grid != NULL, NULL);
  return &grid->metrics;
}

static const Row *
row_at (const SendcoProvisionGrid *grid, guint index)
{
  return &g_array_index (grid->rows, Row, index);
}

static const Row *
band_row (const SendcoProvisionGrid *grid, guint band)
{
  if (band >= grid->metrics.n_bands)
    return NULL;
  return row_at (grid, (guint) grid->band_rows[band]);
}

static double
column_x (const SendcoProvisionGrid *grid, guint column)
{
  return FIRST_WIDTH + column * COLUMN_WIDTH;
}

static double
total_x (const SendcoProvisionGrid *grid)
{
  return FIRST_WIDTH + grid->metrics.n_columns * COLUMN_WIDTH;
}

gboolean
sendco_provision_grid_get_cell_rect (const SendcoProvisionGrid *grid, guint band, guint column,
                                     SendcoRect *rect)
{
  const Row *row;

  g_return_val_if_fail (grid != NULL && rect != NULL, FALSE);

  row = band_row (grid, band);
  if (row == NULL || column >= grid->metrics.n_columns)
    return FALSE;
  *rect = (SendcoRect) { column_x (grid, column), row->y, COLUMN_WIDTH, row->height };
  return TRUE;
}

gboolean
sendco_provision_grid_get_label_rect (const SendcoProvisionGrid *grid, guint band, SendcoRect *rect)
{
  const Row *row;

  g_return_val_if_fail (grid != NULL && rect != NULL, FALSE);

  row = band_row (grid, band);
  if (row == NULL)
    return FALSE;
  *rect = (SendcoRect) { 0, row->y, FIRST_WIDTH, row->height };
  return TRUE;
}

gboolean
sendco_provision_grid_get_row_total_rect (const SendcoProvisionGrid *grid, guint band,
                                          SendcoRect *rect)
{
  const Row *row;

  g_return_val_if_fail (grid != NULL && rect != NULL, FALSE);

  row = band_row (grid, band);
  if (row == NULL)
    return FALSE;
  *rect = (SendcoRect) { total_x (grid), row->y, TOTAL_WIDTH, row->height };
  return TRUE;
}

gboolean
sendco_provision_grid_get_area_rect (const SendcoProvisionGrid *grid, SendcoArea area,
                                     SendcoRect *rect)
{
  g_return_val_if_fail (grid != NULL && rect != NULL, FALSE);

  for (guint r = 0; r < grid->rows->len; r++)
    {
      const Row *row = row_at (grid, r);

      if (row->kind == ROW_AREA && row->area == (int) area)
        {
          *rect = (SendcoRect) { 0, row->y, grid->metrics.width, row->height };
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
sendco_provision_grid_get_provision_rect (const SendcoProvisionGrid *grid, guint band,
                                          guint column, gint64 provision_id, SendcoRect *rect)
{
  const Row *row;

  g_return_val_if_fail (grid != NULL && rect != NULL, FALSE);

  row = band_row (grid, band);
  if (row == NULL || column >= grid->metrics.n_columns)
    return FALSE;
  for (guint e = 0; e < row->cells[column].n_entries; e++)
    {
      const Entry *entry = &row->cells[column].entries[e];

      if (entry->provision_id == provision_id)
        {
          *rect = (SendcoRect) { column_x (grid, column) + PAD_X / 2, row->y + entry->y - 1.5,
                                 COLUMN_WIDTH - PAD_X, entry->height + 3 };
          return TRUE;
        }
    }
  return FALSE;
}

void
sendco_provision_grid_get_totals_rect (const SendcoProvisionGrid *grid, SendcoRect *rect)
{
  const Row *row;

  g_return_if_fail (grid != NULL && rect != NULL);

  row = row_at (grid, grid->rows->len - 1);
  *rect = (SendcoRect) { 0, row->y, grid->metrics.width, row->height };
}

void
sendco_provision_grid_get_header_rect (const SendcoProvisionGrid *grid, SendcoRect *rect)
{
  g_return_if_fail (grid != NULL && rect != NULL);

  *rect = (SendcoRect) { 0, 0, grid->metrics.width, grid->metrics.header_height };
}

/* The first row whose bottom is below @y (rows->len when none). */
static guint
first_row_below (const SendcoProvisionGrid *grid, double y)
{
  guint low = 0, high = grid->rows->len;

  while (low < high)
    {
      guint mid = (low + high) / 2;
      const Row *row = row_at (grid, mid);

      if (row->y + row->height <= y)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static void
clear_hit (SendcoGridHit *hit)
{
  hit->kind = SENDCO_GRID_HIT_NONE;
  hit->band = -1;
  hit->column = -1;
  hit->year_group = SENDCO_MAP_ALL_YEARS;
  hit->area = -1;
  hit->provision_id = 0;
  hit->rect = (SendcoRect) { 0, 0, 0, 0 };
}

/* Which column @x is in: -1 the first, n_columns the totals, or -2 outside. */
static int
column_at (const SendcoProvisionGrid *grid, double x)
{
  if (x < 0 || x >= grid->metrics.width)
    return -2;
  if (x < FIRST_WIDTH)
    return -1;
  if (x >= total_x (grid))
    return (int) grid->metrics.n_columns;
  return (int) ((x - FIRST_WIDTH) / COLUMN_WIDTH);
}

/**
 * sendco_provision_grid_hit_test:
 * @x: @y: a point, in grid units
 * @hit: (out): what is there
 *
 * Returns: %TRUE when the point is on something of the grid
 */
gboolean
sendco_provision_grid_hit_test (const SendcoProvisionGrid *grid, double x, double y,
                                SendcoGridHit *hit)
{
  const SendcoGridMetrics *m;
  const Row *row;
  guint r;
  int column;

  g_return_val_if_fail (grid != NULL && hit != NULL, FALSE);

  m = &grid->metrics;
  clear_hit (hit);

  if (y >= m->legend_y && y < m->full_height && x >= 0 && x < m->legend_width)
    {
      hit->kind = SENDCO_GRID_HIT_LEGEND;
      hit->rect = (SendcoRect) { 0, m->legend_y, m->legend_width, m->legend_height };
      return TRUE;
    }

  column = column_at (grid, x);
  if (column == -2 || y < 0 || y >= m->grid_height)
    return FALSE;
  if (column >= 0 && column < (int) m->n_columns)
    {
      hit->column = column;
      hit->year_group = grid->years[column];
    }

  if (y < m->header_height)
    {
      hit->kind = SENDCO_GRID_HIT_HEADER;
      hit->rect = (SendcoRect) { 0, 0, m->width, m->header_height };
      return TRUE;
    }

  r = first_row_below (grid, y);
  g_assert (r < grid->rows->len);
  row = row_at (grid, r);
  hit->area = row->area;
  hit->band = row->band;

  if (row->kind == ROW_AREA)
    {
      hit->kind = SENDCO_GRID_HIT_AREA;
      hit->column = -1;
      hit->year_group = SENDCO_MAP_ALL_YEARS;
      hit->rect = (SendcoRect) { 0, row->y, m->width, row->height };
      return TRUE;
    }

  if (column == -1)
    {
      hit->kind = row->kind == ROW_TOTALS ? SENDCO_GRID_HIT_COLUMN_TOTAL : SENDCO_GRID_HIT_LABEL;
      hit->rect = (SendcoRect) { 0, row->y, FIRST_WIDTH, row->height };
      return TRUE;
    }
  if (column == (int) m->n_columns)
    {
      hit->kind = row->kind == ROW_TOTALS ? SENDCO_GRID_HIT_GRAND_TOTAL : SENDCO_GRID_HIT_ROW_TOTAL;
      hit->rect = (SendcoRect) { total_x (grid), row->y, TOTAL_WIDTH, row->height };
      return TRUE;
    }

  hit->rect = (SendcoRect) { column_x (grid, column), row->y, COLUMN_WIDTH, row->height };
  if (row->kind == ROW_TOTALS)
    {
      hit->kind = SENDCO_GRID_HIT_COLUMN_TOTAL;
      return TRUE;
    }

  hit->kind = SENDCO_GRID_HIT_CELL;
  for (guint e = 0; e < row->cells[column].n_entries; e++)
    {
      const Entry *entry = &row->cells[column].entries[e];
      double top = row->y + entry->y - 1.5;

      if (y >= top && y < top + entry->height + 3)
        {
          hit->kind = SENDCO_GRID_HIT_PROVISION;
          hit->provision_id = entry->provision_id;
          hit->rect = (SendcoRect) { column_x (grid, column) + PAD_X / 2, top,
                                     COLUMN_WIDTH - PAD_X, entry->height + 3 };
          break;
        }
    }
  return TRUE;
}

/**
 * sendco_provision_grid_set_hover:
 * @hit: (nullable): what the pointer is over, or %NULL for nothing
 *
 * Returns: %TRUE when what is highlighted changed (and needs drawing)
 */
gboolean
sendco_provision_grid_set_hover (SendcoProvisionGrid *grid, const SendcoGridHit *hit)
{
  SendcoGridHit none;

  g_return_val_if_fail (grid != NULL, FALSE);

  if (hit == NULL)
    {
      clear_hit (&none);
      hit = &none;
    }
  if (hit->kind == grid->hover.kind && hit->band == grid->hover.band
      && hit->column == grid->hover.column && hit->provision_id == grid->hover.provision_id)
    return FALSE;
  grid->hover = *hit;
  return TRUE;
}

/* The cell with the keyboard focus ring, or -1, -1 for none. */
void
sendco_provision_grid_set_focus (SendcoProvisionGrid *grid, int band, int column)
{
  g_return_if_fail (grid != NULL);

  grid->focus_band = band;
  grid->focus_column = column;
}

/* The cell shown as chosen (its pupils listed beside the grid), or -1, -1. */
void
sendco_provision_grid_set_selected (SendcoProvisionGrid *grid, int band, int column)
{
  g_return_if_fail (grid != NULL);

  grid->selected_band = band;
  grid->selected_column = column;
}

/* Drawing */

/* Rounds a rectangle to whole device pixels, for crisp edges on screen. */
static void
snap_rect (const Draw *d, double *x, double *y, double *width, double *height)
{
  double x0 = *x, y0 = *y, x1 = *x + *width, y1 = *y + *height;

  if (!d->snap)
    return;
  cairo_user_to_device (d->cr, &x0, &y0);
  cairo_user_to_device (d->cr, &x1, &y1);
  x0 = round (x0);
  y0 = round (y0);
  x1 = round (x1);
  y1 = round (y1);
  cairo_device_to_user (d->cr, &x0, &y0);
  cairo_device_to_user (d->cr, &x1, &y1);
  *x = x0;
  *y = y0;
  *width = x1 - x0;
  *height = y1 - y0;
}

static void
fill_rect (const Draw *d, const SendcoRgba *colour, double x, double y, double width, double height)
{
  snap_rect (d, &x, &y, &width, &height);
  sendco_render_set_source (d->cr, colour);
  cairo_rectangle (d->cr, x, y, width, height);
  cairo_fill (d->cr);
}

/* A thin line: one device pixel on screen, LINE_WIDTH units elsewhere. */
static double
line_width (const Draw *d)
{
  double w = 1, h = 1;

  if (!d->snap)
    return LINE_WIDTH;
  cairo_device_to_user_distance (d->cr, &w, &h);
  return fabs (h);
}

static void
hline (const Draw *d, const SendcoRgba *colour, double x0, double x1, double y, double weight)
{
  double width = line_width (d) * weight;

  fill_rect (d, colour, x0, y - width / 2, x1 - x0, width);
}

static void
vline (const Draw *d, const SendcoRgba *colour, double x, double y0, double y1)
{
  double width = line_width (d);

  fill_rect (d, colour, x - width / 2, y0, width, y1 - y0);
}

static void
rounded_rect (cairo_t *cr, double x, double y, double width, double height, double radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
show (const Draw *d, PangoLayout *layout, const SendcoRgba *colour, double x, double y)
{
  sendco_render_set_source (d->cr, colour);
  cairo_move_to (d->cr, x, y);
  pango_cairo_show_layout (d->cr, layout);
}

static void
show_right (const Draw *d, PangoLayout *layout, const SendcoRgba *colour, double right, double y)
{
  show (d, layout, colour, right - layout_width (layout), y);
}

/* The x of year column @c in @slice, and of its totals column. */
static double
slice_column_x (const Slice *slice, guint c)
{
  return FIRST_WIDTH + (c - slice->col_first) * COLUMN_WIDTH;
}

static double
slice_total_x (const Slice *slice)
{
  return FIRST_WIDTH + (slice->col_end - slice->col_first) * COLUMN_WIDTH;
}

static double
slice_cells_right (const Slice *slice)
{
  return slice_total_x (slice) + (slice->total ? TOTAL_WIDTH : 0);
}

/* The user-space rectangle the clip leaves. */
static void
clip_box (cairo_t *cr, double *x0, double *y0, double *x1, double *y1)
{
  cairo_clip_extents (cr, x0, y0, x1, y1);
}

static void
visible_columns (const Slice *slice, double x0, double x1, guint *first, guint *end)
{
  double left = (x0 - FIRST_WIDTH) / COLUMN_WIDTH, right = (x1 - FIRST_WIDTH) / COLUMN_WIDTH;
  guint n = slice->col_end - slice->col_first;

  *first = slice->col_first + (guint) CLAMP (floor (left), 0, n);
  *end = slice->col_first + (guint) CLAMP (ceil (right), 0, n);
}

static void
draw_header (const Draw *d, const Slice *slice, guint parts)
{
  const SendcoProvisionGrid *grid = d->grid;
  const SendcoRenderStyle *style = d->style;
  double h = grid->metrics.header_height, x0, y0, x1, y1;
  double right = slice_cells_right (slice);
  guint first, end;

  clip_box (d->cr, &x0, &y0, &x1, &y1);
  if (y0 >= h)
    return;

  if (parts & PART_LABELS)
    {
      fill_rect (d, &style->header, 0, 0, FIRST_WIDTH, h);
      show (d, grid->header_first, &style->muted, PAD_X,
            h - 9.0 - layout_height (grid->header_first));
      vline (d, &style->strong_line, FIRST_WIDTH - line_width (d) / 2, 0, h);
      hline (d, &style->strong_line, 0, FIRST_WIDTH, h - line_width (d) * 0.75, 1.5);
    }
  if (parts & PART_CELLS)
    {
      fill_rect (d, &style->header, FIRST_WIDTH, 0, right - FIRST_WIDTH, h);
      visible_columns (slice, x0, x1, &first, &end);
      for (guint c = first; c < end; c++)
        {
          double x = slice_column_x (slice, c);
          PangoLayout *label = grid->header_years[c];

          show (d, label, &style->ink, x + PAD_X, h - 9.0 - layout_height (label));
          if (c > slice->col_first)
            vline (d, &style->line, x, 0, h);
        }
      if (slice->total)
        {
          double x = slice_total_x (slice);

          fill_rect (d, &style->total, x, 0, TOTAL_WIDTH, h);
          show_right (d, grid->header_total, &style->ink, x + TOTAL_WIDTH - PAD_X,
                      h - 9.0 - layout_height (grid->header_total));
          vline (d, &style->strong_line, x, 0, h);
        }
      hline (d, &style->strong_line, FIRST_WIDTH, right, h - line_width (d) * 0.75, 1.5);
    }
}

/* An area's heading band; @label replaces its name when not %NULL. */
static void
draw_heading (const Draw *d, const Row *row, PangoLayout *label, double y, double width,
              gboolean with_total)
{
  const SendcoRenderStyle *style = d->style;
  const SendcoRgba *fill = &style->area[row->area];
  const SendcoRgba *ink = &style->area_ink[row->area];
  double text_y;

  if (label == NULL)
    label = row->label;
  text_y = y + (row->height - layout_height (label)) / 2;
  fill_rect (d, fill, 0, y, width, row->height);
  show (d, label, ink, PAD_X + STRIPE, text_y);
  if (with_total && width - PAD_X - layout_width (row->total_cost)
                      > PAD_X + STRIPE + layout_width (label) + 12)
    show_right (d, row->total_cost, ink, width - PAD_X, text_y);
}

static void
draw_label (const Draw *d, const Row *row, double y)
{
  const SendcoRenderStyle *style = d->style;

  if (row->kind == ROW_TOTALS)
    {
      fill_rect (d, &style->total, 0, y, FIRST_WIDTH, row->height);
      show (d, row->label, &style->ink, PAD_X, y + PAD_Y);
      show (d, row->sublabel, &style->muted, PAD_X, y + PAD_Y + layout_height (row->label) + 2);
    }
  else
    {
      fill_rect (d, &style->area_tint[row->area], 0, y, FIRST_WIDTH, row->height);
      fill_rect (d, &style->area[row->area], 0, y, STRIPE, row->height);
      show (d, row->label, &style->ink, STRIPE + PAD_X, y + PAD_Y);
      show (d, row->sublabel, &style->muted, STRIPE + PAD_X,
            y + PAD_Y + layout_height (row->label) + 2);
    }
  vline (d, &style->strong_line, FIRST_WIDTH - line_width (d) / 2, y, y + row->height);
}

static void
draw_entry_highlight (const Draw *d, double x, double y, const Entry *entry)
{
  double rx = x + PAD_X / 2, ry = y + entry->y - 1.5;

  sendco_render_set_source (d->cr, &d->hover_line);
  rounded_rect (d->cr, rx, ry, COLUMN_WIDTH - PAD_X, entry->height + 3, RADIUS);
  cairo_fill (d->cr);
}

static void
draw_cell (const Draw *d, const Row *row, guint column, double x, double y)
{
  const SendcoProvisionGrid *grid = d->grid;
  const SendcoRenderStyle *style = d->style;
  const Cell *cell = &row->cells[column];
  gboolean hovered = grid->hover.band == row->band && grid->hover.column == (int) column
                     && (grid->hover.kind == SENDCO_GRID_HIT_CELL
                         || grid->hover.kind == SENDCO_GRID_HIT_PROVISION);

  if (row->kind == ROW_TOTALS)
    {
      fill_rect (d, &style->total, x, y, COLUMN_WIDTH, row->height);
      show_right (d, cell->pupils, &style->ink, x + COLUMN_WIDTH - PAD_X, y + PAD_Y);
      show_right (d, cell->cost, &style->ink, x + COLUMN_WIDTH - PAD_X,
                  y + PAD_Y + layout_height (cell->pupils) + 2);
      return;
    }

  if (row->band == grid->selected_band && (int) column == grid->selected_column)
    fill_rect (d, &style->selected, x, y, COLUMN_WIDTH, row->height);
  else
    fill_rect (d, hovered ? &style->hover : &style->surface, x, y, COLUMN_WIDTH, row->height);
  for (guint e = 0; e < cell->n_entries; e++)
    {
      const Entry *entry = &cell->entries[e];

      if (grid->hover.provision_id != 0 && grid->hover.provision_id == entry->provision_id)
        draw_entry_highlight (d, x, y, entry);
      show (d, entry->name, &style->ink, x + PAD_X, y + entry->y);
      show_right (d, entry->count, &style->ink, x + COLUMN_WIDTH - PAD_X, y + entry->y);
    }
  if (cell->cost)
    show_right (d, cell->cost, &style->muted, x + COLUMN_WIDTH - PAD_X,
                y + row->height - PAD_Y - layout_height (cell->cost));
}

static void
draw_row_total (const Draw *d, const Row *row, double x, double y)
{
  const SendcoRenderStyle *style = d->style;

  fill_rect (d, &style->total, x, y, TOTAL_WIDTH, row->height);
  show_right (d, row->total_pupils, &style->ink, x + TOTAL_WIDTH - PAD_X, y + PAD_Y);
  show_right (d, row->total_cost, &style->ink, x + TOTAL_WIDTH - PAD_X,
              y + PAD_Y + layout_height (row->total_pupils) + 2);
  vline (d, &style->strong_line, x, y, y + row->height);
}

static void
draw_focus (const Draw *d, double x, double y, double width, double height)
{
  double w = line_width (d) * 2;

  sendco_render_set_source (d->cr, &d->style->accent);
  cairo_set_line_width (d->cr, w);
  rounded_rect (d->cr, x + w, y + w, width - 2 * w, height - 2 * w, RADIUS);
  cairo_stroke (d->cr);
}

/* Rows of @slice that meet the clip, drawn at their y minus slice->dy. The
 * area headings are @heading_width wide (less than the slice when the view
 * scrolls them); their totals show when @heading_totals. */
static void
draw_rows (const Draw *d, const Slice *slice, guint parts, double heading_width,
           gboolean heading_totals)
{
  const SendcoProvisionGrid *grid = d->grid;
  const SendcoRenderStyle *style = d->style;
  double x0, y0, x1, y1, right = slice_cells_right (slice);
  guint first_col, end_col, r;

  clip_box (d->cr, &x0, &y0, &x1, &y1);
  visible_columns (slice, x0, x1, &first_col, &end_col);

  for (r = MAX (slice->row_first, first_row_below (grid, y0 + slice->dy)); r < slice->row_end; r++)
    {
      const Row *row = row_at (grid, r);
      double y = row->y - slice->dy;
      gboolean line_above;

      if (y >= y1)
        break;

      if (row->kind == ROW_AREA)
        {
          if (parts & PART_HEADINGS)
            draw_heading (d, row, NULL, y, heading_width, heading_totals);
          continue;
        }

      /* Each row draws the line along its top, over its own fill and the
       * row above: between waves, and above the totals. */
      line_above = r > 0 && row_at (grid, r - 1)->kind != ROW_AREA;
      if (parts & PART_LABELS)
        {
          draw_label (d, row, y);
          if (row->kind == ROW_TOTALS)
            hline (d, &style->strong_line, 0, FIRST_WIDTH, y, 1.5);
          else if (line_above)
            hline (d, &style->line, 0, FIRST_WIDTH, y, 1);
        }
      if (parts & PART_CELLS)
        {
          for (guint c = first_col; c < end_col; c++)
            {
              double x = slice_column_x (slice, c);

              draw_cell (d, row, c, x, y);
              if (c > slice->col_first)
                vline (d, &style->line, x, y, y + row->height);
              if (row->band >= 0 && row->band == grid->focus_band && (int) c == grid->focus_column)
                draw_focus (d, x, y, COLUMN_WIDTH, row->height);
            }
          if (slice->total && x1 > slice_total_x (slice))
            draw_row_total (d, row, slice_total_x (slice), y);
          if (row->kind == ROW_TOTALS)
            hline (d, &style->strong_line, FIRST_WIDTH, right, y, 1.5);
          else if (line_above)
            hline (d, &style->line, FIRST_WIDTH, right, y, 1);
        }
    }
}

static void
draw_legend (const Draw *d, double y)
{
  const SendcoProvisionGrid *grid = d->grid;
  const SendcoRenderStyle *style = d->style;
  double top, x0, y0, x1, y1;

  clip_box (d->cr, &x0, &y0, &x1, &y1);
  if (y1 <= y || y0 >= y + grid->metrics.legend_height)
    return;

  cairo_save (d->cr);
  cairo_translate (d->cr, PAD_X, 0);
  show (d, grid->legend_title, &style->ink, 0, y);
  top = y + layout_height (grid->legend_title) + 8;
  for (SendcoArea area = 0; area < SENDCO_N_AREAS; area++)
    {
      PangoLayout *name = grid->legend_areas[area];
      double h = layout_height (name);

      sendco_render_set_source (d->cr, &style->area[area]);
      rounded_rect (d->cr, 0, top + (h - SWATCH) / 2, SWATCH, SWATCH, 2);
      cairo_fill (d->cr);
      show (d, name, &style->ink, SWATCH + 8, top);
      top += MAX (SWATCH, h) + 5;
    }
  show (d, grid->legend_notes, &style->muted, LEGEND_LEFT + LEGEND_SPACING,
        y + layout_height (grid->legend_title) + 8);
  cairo_restore (d->cr);
}

static gboolean
target_is_raster (cairo_t *cr)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));

  return type == CAIRO_SURFACE_TYPE_IMAGE || type == CAIRO_SURFACE_TYPE_RECORDING
         || type == CAIRO_SURFACE_TYPE_XLIB || type == CAIRO_SURFACE_TYPE_XCB;
}

static void
draw_init (Draw *d, cairo_t *cr, const SendcoProvisionGrid *grid, const SendcoRenderStyle *style)
{
  d->cr = cr;
  d->grid = grid;
  d->style = style;
  d->snap = target_is_raster (cr);
  sendco_rgba_mix (&d->hover_line, &style->hover, &style->accent, style->dark ? 0.22 : 0.14);
}

static void
full_slice (const SendcoProvisionGrid *grid, Slice *slice)
{
  slice->col_first = 0;
  slice->col_end = grid->metrics.n_columns;
  slice->total = TRUE;
  slice->row_first = 0;
  slice->row_end = grid->rows->len;
  slice->dy = 0;
  slice->width = grid->metrics.width;
}

/**
 * sendco_provision_grid_draw:
 * @width: @height: the area to paint, in grid units; the grid is drawn at
 *   its own size from the top left, the rest is background
 *
 * Draws the whole grid and its key, as far as the clip shows.
 */
void
sendco_provision_grid_draw (cairo_t *cr, const SendcoProvisionGrid *grid,
                            const SendcoRenderStyle *style, double width, double height)
{
  g_return_if_fail (cr != NULL && grid != NULL && style != NULL);

  sendco_provision_grid_draw_view (cr, grid, style, width, height, 0, 0, 1.0);
}

void
sendco_provision_grid_draw_view (cairo_t *cr, const SendcoProvisionGrid *grid,
                                 const SendcoRenderStyle *style, double width, double height,
                                 double scroll_x, double scroll_y, double scale)
{
  const SendcoGridMetrics *m;
  double fx, hy, heading_width;
  Slice slice;
  Draw d;

  g_return_if_fail (cr != NULL && grid != NULL && style != NULL);
  g_return_if_fail (scale > 0);

  m = &grid->metrics;
  draw_init (&d, cr, grid, style);
  full_slice (grid, &slice);
  fx = FIRST_WIDTH * scale;
  hy = m->header_height * scale;
  heading_width = MIN (width / scale, m->width - scroll_x / scale);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  sendco_render_set_source (cr, &style->background);
  cairo_paint (cr);

  /* The cells, scrolling both ways. */
  cairo_save (cr);
  cairo_rectangle (cr, fx, hy, MAX (0, width - fx), MAX (0, height - hy));
  cairo_clip (cr);
  cairo_translate (cr, -scroll_x, -scroll_y);
  cairo_scale (cr, scale, scale);
  draw_rows (&d, &slice, PART_CELLS, 0, FALSE);
  cairo_restore (cr);

  /* The key, below. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, hy, width, MAX (0, height - hy));
  cairo_clip (cr);
  cairo_translate (cr, -scroll_x, -scroll_y);
  cairo_scale (cr, scale, scale);
  draw_legend (&d, m->legend_y);
  cairo_restore (cr);

  /* The first column, scrolling up and down only. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, hy, MIN (fx, width),
                   MAX (0, MIN (height, m->grid_height * scale - scroll_y) - hy));
  cairo_clip (cr);
  cairo_translate (cr, 0, -scroll_y);
  cairo_scale (cr, scale, scale);
  draw_rows (&d, &slice, PART_LABELS, 0, FALSE);
  cairo_restore (cr);

  /* The areas' headings span what is in view. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, hy, width, MAX (0, height - hy));
  cairo_clip (cr);
  cairo_translate (cr, 0, -scroll_y);
  cairo_scale (cr, scale, scale);
  draw_rows (&d, &slice, PART_HEADINGS, heading_width, TRUE);
  cairo_restore (cr);

  /* The year groups, scrolling across only, and the corner. */
  cairo_save (cr);
  cairo_rectangle (cr, fx, 0, MAX (0, width - fx), MIN (hy, height));
  cairo_clip (cr);
  cairo_translate (cr, -scroll_x, 0);
  cairo_scale (cr, scale, scale);
  draw_header (&d, &slice, PART_CELLS);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, MIN (fx, width), MIN (hy, height));
  cairo_clip (cr);
  cairo_scale (cr, scale, scale);
  draw_header (&d, &slice, PART_LABELS);
  cairo_restore (cr);

  cairo_restore (cr);
}

/**
 * sendco_provision_grid_hit_test_view:
 * @x: @y: a point of the view, in device units
 *
 * Hit testing for sendco_provision_grid_draw_view() with the same scroll
 * and scale: the header and first column stay where they are drawn.
 */
gboolean
sendco_provision_grid_hit_test_view (const SendcoProvisionGrid *grid, double x, double y,
                                     double scroll_x, double scroll_y, double scale,
                                     SendcoGridHit *hit)
{
  const SendcoGridMetrics *m;
  double gx, gy;

  g_return_val_if_fail (grid != NULL && hit != NULL && scale > 0, FALSE);

  m = &grid->metrics;
  gx = x < FIRST_WIDTH * scale ? x / scale : (x + scroll_x) / scale;
  gy = y < m->header_height * scale ? y / scale : (y + scroll_y) / scale;

  /* The key scrolls both ways, under the first column too. */
  if (gy >= m->legend_y)
    gx = (x + scroll_x) / scale;
  if (!sendco_provision_grid_hit_test (grid, gx, gy, hit))
    return FALSE;
  /* A heading spans the view. */
  if (hit->kind == SENDCO_GRID_HIT_AREA)
    hit->rect.width = MIN (hit->rect.width, m->width);
  return TRUE;
}

/* Pages */

/* The grid's rows split into pages of @available units under the header:
 * an area's heading stays with its first wave, no band is split. */
static GArray *
split_rows (const SendcoProvisionGrid *grid, double available)
{
  GArray *pages = g_array_new (FALSE, TRUE, sizeof (RowPage));
  const SendcoGridMetrics *m = &grid->metrics;
  RowPage page = { 0, 0, -1, FALSE };
  double used = m->header_height;
  int heading = -1;
  guint r = 0;

  while (r < grid->rows->len)
    {
      const Row *row = row_at (grid, r);
      guint unit_end = r + 1;
      double unit = row->height;

      if (row->kind == ROW_AREA)
        {
          heading = (int) r;
          if (unit_end < grid->rows->len)
            {
              unit += row_at (grid, unit_end)->height;
              unit_end++;
            }
        }
      if (used + unit > available && page.row_end > page.row_first)
        {
          g_array_append_val (pages, page);
          page.row_first = page.row_end = r;
          page.continued = -1;
          used = m->header_height;
          /* a page that starts within an area repeats its heading */
          if (row->kind == ROW_BAND && heading >= 0)
            {
              page.continued = heading;
              used += row_at (grid, (guint) heading)->height;
            }
        }
      used += unit;
      page.row_end = unit_end;
      r = unit_end;
    }

  if (used + LEGEND_GAP + m->legend_height <= available)
    page.legend = TRUE;
  g_array_append_val (pages, page);
  if (!page.legend)
    {
      RowPage legend = { grid->rows->len, grid->rows->len, -1, TRUE };

      g_array_append_val (pages, legend);
    }
  return pages;
}

/* The tallest thing that may not be split: a band with its area heading. */
static double
tallest_unit (const SendcoProvisionGrid *grid)
{
  double tallest = grid->metrics.legend_height, heading = 0;

  for (guint r = 0; r < grid->rows->len; r++)
    {
      const Row *row = row_at (grid, r);

      if (row->kind == ROW_AREA)
        heading = row->height;
      else
        tallest = MAX (tallest, heading + row->height);
    }
  return tallest + grid->metrics.header_height;
}

/* The pages at @scale. */
static SendcoGridPages *
paginate_at (const SendcoProvisionGrid *grid, double width, double height, double scale)
{
  const SendcoGridMetrics *m = &grid->metrics;
  SendcoGridPages *pages;
  g_autoptr (GArray) chunks = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  g_autoptr (GArray) row_pages = NULL;
  double content_width, content_height, across;
  guint c;

  content_width = width - 2 * PAGE_MARGIN;
  content_height = height - 2 * PAGE_MARGIN - TITLE_HEIGHT - FOOTER_HEIGHT;
  across = content_width / scale;

  /* Year groups in chunks that fit across; the totals column with the last. */
  c = 0;
  do
    {
      guint left = m->n_columns - c, take;
      guint chunk[2];

      if (FIRST_WIDTH + left * COLUMN_WIDTH + TOTAL_WIDTH <= across)
        take = left;
      else
        {
          take = (guint) MAX (1, floor ((across - FIRST_WIDTH) / COLUMN_WIDTH));
          take = MIN (take, left);
          if (take == left && left > 1)
            take = left - 1;   /* so the totals are not alone on a page */
        }
      chunk[0] = c;
      chunk[1] = c + take;
      g_array_append_vals (chunks, chunk, 1);
      c += take;
    }
  while (c < m->n_columns);

  row_pages = split_rows (grid, content_height / scale);

  pages = g_new0 (SendcoGridPages, 1);
  pages->scale = scale;
  pages->page_width = width;
  pages->page_height = height;
  pages->n_chunks = chunks->len;
  pages->pages = g_array_new (FALSE, TRUE, sizeof (SendcoGridPage));
  pages->rows = g_array_new (FALSE, TRUE, sizeof (RowPage));
  for (guint k = 0; k < chunks->len; k++)
    {
      guint *chunk = &g_array_index (chunks, guint, 2 * k);
      gboolean last_chunk = k + 1 == chunks->len;

      for (guint p = 0; p < row_pages->len; p++)
        {
          RowPage *rows = &g_array_index (row_pages, RowPage, p);
          SendcoGridPage page = { 0 };

          /* The key once, at the very end. */
          if (rows->legend && rows->row_first == rows->row_end && !last_chunk)
            continue;
          page.first_column = chunk[0];
          page.n_columns = chunk[1] - chunk[0];
          page.total_column = last_chunk;
          page.first_band = page.last_band = -1;
          for (guint r = rows->row_first; r < rows->row_end; r++)
            {
              const Row *row = row_at (grid, r);

              if (row->kind == ROW_BAND)
                {
                  if (page.first_band < 0)
                    page.first_band = row->band;
                  page.last_band = row->band;
                }
              else if (row->kind == ROW_TOTALS)
                page.totals_row = TRUE;
            }
          page.legend = rows->legend && last_chunk;
          g_array_append_val (pages->pages, page);
          g_array_append_val (pages->rows, *rows);
        }
    }
  return pages;
}

/**
 * sendco_provision_grid_paginate:
 * @width: @height: the printed page, in points
 *
 * The grid is shrunk to fit the page across, but not below
 * %SENDCO_GRID_MIN_PAGE_SCALE: wider than that, its year groups are split
 * over pages, each repeating the first column and the header. Rows are
 * never split within a band; the key comes last. When shrinking a little
 * more saves a page (the key on a page of its own, say), it is shrunk.
 *
 * Returns: (transfer full): the pages
 */
SendcoGridPages *
sendco_provision_grid_paginate (const SendcoProvisionGrid *grid, double width, double height)
{
  const SendcoGridMetrics *m;
  SendcoGridPages *best;
  double content_width, content_height, scale, floor_scale;

  g_return_val_if_fail (grid != NULL, NULL);
  g_return_val_if_fail (width > 2 * PAGE_MARGIN + FIRST_WIDTH
                        && height > 2 * PAGE_MARGIN + TITLE_HEIGHT + FOOTER_HEIGHT, NULL);

  m = &grid->metrics;
  content_width = width - 2 * PAGE_MARGIN;
  content_height = height - 2 * PAGE_MARGIN - TITLE_HEIGHT - FOOTER_HEIGHT;

  scale = MIN (1.0, content_width / m->full_width);
  scale = MAX (scale, SENDCO_GRID_MIN_PAGE_SCALE);
  /* every band must fit on a page, however small that makes it */
  scale = MIN (scale, content_height / tallest_unit (grid));

  best = paginate_at (grid, width, height, scale);
  floor_scale = MAX (SENDCO_GRID_MIN_PAGE_SCALE, scale * 0.8);
  for (double smaller = scale - 0.02; smaller >= floor_scale - 1e-9; smaller -= 0.02)
    {
      SendcoGridPages *pages = paginate_at (grid, width, height, smaller);

      if (pages->pages->len < best->pages->len)
        {
          sendco_grid_pages_free (best);
          best = pages;
        }
      else
        sendco_grid_pages_free (pages);
    }
  return best;
}

guint
sendco_grid_pages_get_n_pages (const SendcoGridPages *pages)
{
  g_return_val_if_fail (pages != NULL, 0);
  return pages->pages->len;
}

double
sendco_grid_pages_get_scale (const SendcoGridPages *pages)
{
  g_return_val_if_fail (pages != NULL, 1.0);
  return pages->scale;
}

gboolean
sendco_grid_pages_get_page (const SendcoGridPages *pages, guint page, SendcoGridPage *info)
{
  g_return_val_if_fail (pages != NULL && info != NULL, FALSE);

  if (page >= pages->pages->len)
    return FALSE;
  *info = g_array_index (pages->pages, SendcoGridPage, page);
  return TRUE;
}

void
sendco_grid_pages_free (SendcoGridPages *pages)
{
  if (pages == NULL)
    return;
  g_array_unref (pages->pages);
  g_array_unref (pages->rows);
  g_free (pages);
}

static char *
year_range (const SendcoProvisionGrid *grid, const SendcoGridPage *page)
{
  g_autofree char *from = NULL, *to = NULL;

  if (page->n_columns == 0)
    return g_strdup ("");
  from = sendco_year_group_label (grid->years[page->first_column]);
  if (page->n_columns == 1)
    /* Translators: the year groups a printed page of the provision map shows */
    return g_strdup_printf (_("Year groups: %s"), from);
  to = sendco_year_group_label (grid->years[page->first_column + page->n_columns - 1]);
  /* Translators: the year groups a printed page of the provision map shows */
  return g_strdup_printf (_("Year groups: %s to %s"), from, to);
}

static void
draw_title (const Draw *d, const SendcoGridPages *pages, const SendcoGridPage *page, double width)
{
  const SendcoProvisionGrid *grid = d->grid;
  const SendcoRenderStyle *style = d->style;
  g_autoptr (PangoFontDescription) title_font = new_font (16, PANGO_WEIGHT_BOLD);
  g_autoptr (PangoFontDescription) school_font = new_font (10.5, PANGO_WEIGHT_NORMAL);
  g_autoptr (PangoFontDescription) period_font = new_font (10.5, PANGO_WEIGHT_BOLD);
  g_autoptr (PangoFontDescription) small_font = new_font (9, PANGO_WEIGHT_NORMAL);
  g_autoptr (PangoLayout) school = new_layout (grid, school_font, grid->school_name,
                                               width * 0.6, 1, FALSE);
  g_autoptr (PangoLayout) title = new_layout (grid, title_font, _("Provision map"), -1, 0, FALSE);
  g_autoptr (PangoLayout) period = new_layout (grid, period_font, grid->period_label, -1, 0,
                                               FALSE);
  g_autofree char *made_text = g_strdup_printf (_("Made on %s"), grid->made_on);
  g_autoptr (PangoLayout) made = new_layout (grid, small_font, made_text, -1, 0, FALSE);
  g_autoptr (PangoLayout) summary = new_layout (grid, small_font, grid->summary, width * 0.7, 1,
                                                FALSE);
  double y = 0;

  show (d, school, &style->muted, 0, y);
  show_right (d, period, &style->ink, width, y);
  y += layout_height (school);
  show (d, title, &style->ink, 0, y);
  show_right (d, made, &style->muted, width, y + layout_height (title) - layout_height (made));
  y += layout_height (title) + 4;
  show (d, summary, &style->ink, 0, y);
  if (pages->n_chunks > 1)
    {
      g_autofree char *years = year_range (grid, page);
      g_autoptr (PangoLayout) range = new_layout (grid, small_font, years, -1, 0, FALSE);

      show_right (d, range, &style->ink, width, y);
    }
  hline (d, &style->strong_line, 0, width, TITLE_HEIGHT - 8, 1);
}

static void
draw_footer (const Draw *d, guint page, guint n_pages, double width)
{
  const SendcoProvisionGrid *grid = d->grid;
  const SendcoRenderStyle *style = d->style;
  g_autoptr (PangoFontDescription) font = new_font (8, PANGO_WEIGHT_NORMAL);
  /* Translators: the foot of each printed page: school, "Provision map", period */
  g_autofree char *left_text = g_strdup_printf (_("%s · Provision map · %s"), grid->school_name,
                                                grid->period_label);
  /* Translators: the foot of each printed page */
  g_autofree char *right_text = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  g_autoptr (PangoLayout) left = new_layout (grid, font, left_text, width * 0.75, 1, FALSE);
  g_autoptr (PangoLayout) right = new_layout (grid, font, right_text, -1, 0, FALSE);
  double y = FOOTER_HEIGHT - layout_height (right);

  hline (d, &style->line, 0, width, 4, 1);
  show (d, left, &style->muted, 0, y);
  show_right (d, right, &style->muted, width, y);
}

/**
 * sendco_provision_grid_draw_page:
 * @page: from 0
 * @width: @height: the page, in points (as paginated)
 *
 * One printed page: the title (school, "Provision map", the period, the
 * date the map was made), the page's part of the grid under a repeated
 * header, the key on the last page, and "Page n of m" at the foot.
 */
void
sendco_provision_grid_draw_page (cairo_t *cr, const SendcoProvisionGrid *grid,
                                 const SendcoGridPages *pages, guint page,
                                 const SendcoRenderStyle *style, double width, double height)
{
  SendcoGridPage info;
  const RowPage *rows;
  Slice slice = { 0 };
  double content_width, rows_height = 0;
  Draw d;

  g_return_if_fail (cr != NULL && grid != NULL && pages != NULL && style != NULL);
  g_return_if_fail (sendco_grid_pages_get_page (pages, page, &info));

  draw_init (&d, cr, grid, style);
  content_width = width - 2 * PAGE_MARGIN;

  cairo_save (cr);
  sendco_render_set_source (cr, &style->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_translate (cr, PAGE_MARGIN, PAGE_MARGIN);
  draw_title (&d, pages, &info, content_width);
  cairo_restore (cr);

  slice.col_first = info.first_column;
  slice.col_end = info.first_column + info.n_columns;
  slice.total = info.total_column;
  rows = &g_array_index (pages->rows, RowPage, page);
  slice.row_first = rows->row_first;
  slice.row_end = rows->row_end;
  slice.width = slice_cells_right (&slice);

  cairo_save (cr);
  cairo_translate (cr, PAGE_MARGIN, PAGE_MARGIN + TITLE_HEIGHT);
  cairo_scale (cr, pages->scale, pages->scale);
  cairo_rectangle (cr, 0, 0, MAX (slice.width, grid->metrics.legend_width),
                   (height - 2 * PAGE_MARGIN - TITLE_HEIGHT - FOOTER_HEIGHT) / pages->scale);
  cairo_clip (cr);
  if (slice.row_first < slice.row_end)
    {
      const Row *first = row_at (grid, slice.row_first);
      const Row *last = row_at (grid, slice.row_end - 1);

      slice.dy = first->y - grid->metrics.header_height;
      if (rows->continued >= 0)
        {
          const Row *heading = row_at (grid, (guint) rows->continued);
          /* Translators: an area of need's heading on a page that carries on from the page before */
          g_autofree char *text = g_strdup_printf (_("%s (continued)"),
                                                   sendco_area_name (heading->area));
          g_autoptr (PangoLayout) label = new_layout (grid, grid->heading_font, text, -1, 0,
                                                      FALSE);

          draw_heading (&d, heading, label, grid->metrics.header_height, slice.width, slice.total);
          slice.dy -= heading->height;
        }
      draw_rows (&d, &slice, PART_LABELS | PART_CELLS | PART_HEADINGS, slice.width,
                 slice.total);
      draw_header (&d, &slice, PART_LABELS | PART_CELLS);
      rows_height = last->y + last->height - slice.dy;
      /* the grid's outline */
      hline (&d, &style->strong_line, 0, slice.width, rows_height, 1);
    }
  if (info.legend)
    draw_legend (&d, rows_height > 0 ? rows_height + LEGEND_GAP : 0);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_translate (cr, PAGE_MARGIN, height - PAGE_MARGIN - FOOTER_HEIGHT);
  draw_footer (&d, page, sendco_grid_pages_get_n_pages (pages), content_width);
  cairo_restore (cr);

  cairo_restore (cr);
}

/* Words about the map */

/**
 * sendco_provision_map_dup_summary:
 *
 * Returns: (transfer full): the line a SENDCO quotes, e.g. "£45,210.00 on
 *   additional provision for 120 pupils · 3 pupils above £6,000 · budget
 *   £50,000.00"
 */
char *
sendco_provision_map_dup_summary (const SendcoProvisionMap *map)
{
  g_autofree char *total = NULL;
  GString *text;

  g_return_val_if_fail (map != NULL, NULL);

  total = sendco_money_format (map->total);
  text = g_string_new (NULL);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%s on additional provision for %u pupil",
                                       "%s on additional provision for %u pupils",
                                       map->pupils_total),
                          total, map->pupils_total);
  if (map->over_threshold > 0)
    {
      g_autofree char *threshold = sendco_money_format_whole (SENDCO_NOTIONAL_SEN_THRESHOLD);

      g_string_append (text, " · ");
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, "%u pupil above %s",
                                           "%u pupils above %s", map->over_threshold),
                              map->over_threshold, threshold);
    }
  if (map->budget > 0)
    {
      g_autofree char *budget = sendco_money_format (map->budget);

      g_string_append (text, " · ");
      /* Translators: the SEN budget figure the SENDCO entered */
      g_string_append_printf (text, _("budget %s"), budget);
    }
  return g_string_free (text, FALSE);
}

static void
cell_pupil_free (SendcoCellPupil *pupil)
{
  g_free (pupil->provisions);
  g_free (pupil);
}

static int
compare_cell_pupils (gconstpointer a, gconstpointer b)
{
  const SendcoCellPupil *p = *(SendcoCellPupil **) a, *q = *(SendcoCellPupil **) b;

  return g_utf8_collate (p->pupil->name, q->pupil->name);
}

/**
 * sendco_provision_map_cell_pupils:
 * @band: index into map->rows
 * @year_group: the cell's year group
 *
 * Returns: (transfer full) (element-type SendcoCellPupil): the pupils in
 *   that year group receiving the band's provisions, by name, each with
 *   what they receive there and their share of its cost
 */
GPtrArray *
sendco_provision_map_cell_pupils (const SendcoProvisionMap *map, guint band, int year_group)
{
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) found = g_hash_table_new (g_int64_hash, g_int64_equal);
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_pupil_free);
  const SendcoMapRow *row;

  g_return_val_if_fail (map != NULL, result);
  if (band >= map->rows->len)
    return result;

  for (guint i = 0; i < map->pupils->len; i++)
    {
      SendcoMapPupil *pupil = g_ptr_array_index (map->pupils, i);

      if (pupil->year_group == year_group)
        g_hash_table_insert (by_id, &pupil->id, pupil);
    }

  row = &g_array_index (map->rows, SendcoMapRow, band);
  for (guint i = row->first; i < row->first + row->n; i++)
    {
      const SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);

      for (guint j = 0; j < p->n_pupils; j++)
        {
          const SendcoMapPupil *pupil = g_hash_table_lookup (by_id, &p->pupil_ids[j]);
          SendcoCellPupil *entry;

          if (pupil == NULL)
            continue;
          entry = g_hash_table_lookup (found, &pupil->id);
          if (entry == NULL)
            {
              entry = g_new0 (SendcoCellPupil, 1);
              entry->pupil = pupil;
              entry->provisions = g_strdup (p->name);
              g_hash_table_insert (found, (gpointer) &pupil->id, entry);
              g_ptr_array_add (result, entry);
            }
          else
            {
              char *joined = g_strconcat (entry->provisions, ", ", p->name, NULL);

              g_free (entry->provisions);
              entry->provisions = joined;
            }
          entry->share += p->shares[j];
        }
    }
  g_ptr_array_sort (result, compare_cell_pupils);
  return result;
}
