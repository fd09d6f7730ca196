/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map grid: laid out once from a SendcoProvisionMap (rows by
 * area of need and wave, a column for each year group, totals on the right
 * and along the bottom, a key below), then drawn as often as needed, on
 * screen, on printed pages, into a PDF or a PNG. Units are points. */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "sendco-provision-map.h"
#include "sendco-render-style.h"

G_BEGIN_DECLS

typedef struct _SendcoProvisionGrid SendcoProvisionGrid;
typedef struct _SendcoGridPages SendcoGridPages;

typedef struct
{
  double x, y, width, height;
} SendcoRect;

typedef enum
{
  SENDCO_GRID_HIT_NONE,
  SENDCO_GRID_HIT_HEADER,         /* the row of year groups */
  SENDCO_GRID_HIT_AREA,           /* an area of need's heading band */
  SENDCO_GRID_HIT_LABEL,          /* a band's wave, in the first column */
  SENDCO_GRID_HIT_CELL,           /* a year group's cell of a band */
  SENDCO_GRID_HIT_PROVISION,      /* a provision's line in a cell */
  SENDCO_GRID_HIT_ROW_TOTAL,      /* a band's total, on the right */
  SENDCO_GRID_HIT_COLUMN_TOTAL,   /* a year group's total, along the bottom */
  SENDCO_GRID_HIT_GRAND_TOTAL,
  SENDCO_GRID_HIT_LEGEND,
} SendcoGridHitKind;

/* What a point of the grid is over. */
typedef struct
{
  SendcoGridHitKind kind;
  int               band;          /* index into map->rows, or -1 */
  int               column;        /* index into map->years, or -1 */
  int               year_group;    /* SENDCO_MAP_ALL_YEARS outside a year column */
  int               area;          /* a SendcoArea, or -1 */
  gint64            provision_id;  /* on a provision's line, else 0 */
  SendcoRect        rect;          /* the cell, or the provision's line, in grid units */
} SendcoGridHit;

typedef struct
{
  double first_width;     /* the area and wave column */
  double column_width;    /* each year group */
  double total_width;     /* the totals on the right */
  double header_height;
  double width;           /* first + years + total */
  double grid_height;     /* header to the totals row */
  double legend_y;        /* the key, below the grid */
  double legend_width;
  double legend_height;
  double full_width;      /* grid and key */
  double full_height;
  guint  n_columns;       /* year groups shown */
  guint  n_bands;
} SendcoGridMetrics;

/* Which part of the grid a printed page shows. */
typedef struct
{
  guint    first_column;  /* year groups [first_column, first_column + n_columns) */
  guint    n_columns;
  gboolean total_column;
  int      first_band;    /* bands shown, or -1 for none */
  int      last_band;
  gboolean totals_row;
  gboolean legend;
} SendcoGridPage;

/* The least the grid is shrunk to fit a page across before its year groups
 * are split over several pages. */
#define SENDCO_GRID_MIN_PAGE_SCALE 0.6

SendcoProvisionGrid     *sendco_provision_grid_new               (const SendcoProvisionMap  *map);
void                     sendco_provision_grid_free              (SendcoProvisionGrid       *grid);

const SendcoGridMetrics *sendco_provision_grid_get_metrics       (const SendcoProvisionGrid *grid);
gboolean                 sendco_provision_grid_get_cell_rect     (const SendcoProvisionGrid *grid,
                                                                  guint                      band,
                                                                  guint                      column,
                                                                  SendcoRect                *rect);
gboolean                 sendco_provision_grid_get_label_rect    (const SendcoProvisionGrid *grid,
                                                                  guint                      band,
                                                                  SendcoRect                *rect);
gboolean                 sendco_provision_grid_get_row_total_rect (const SendcoProvisionGrid *grid,
                                                                  guint                      band,
                                                                  SendcoRect                *rect);
gboolean                 sendco_provision_grid_get_area_rect     (const SendcoProvisionGrid *grid,
                                                                  SendcoArea                 area,
                                                                  SendcoRect                *rect);
gboolean                 sendco_provision_grid_get_provision_rect (const SendcoProvisionGrid *grid,
                                                                  guint                      band,
                                                                  guint                      column,
                                                                  gint64                     provision_id,
                                                                  SendcoRect                *rect);
void                     sendco_provision_grid_get_totals_rect   (const SendcoProvisionGrid *grid,
                                                                  SendcoRect                *rect);
void                     sendco_provision_grid_get_header_rect   (const SendcoProvisionGrid *grid,
                                                                  SendcoRect                *rect);

gboolean                 sendco_provision_grid_hit_test          (const SendcoProvisionGrid *grid,
                                                                  double                     x,
                                                                  double                     y,
                                                                  SendcoGridHit             *hit);

/* Hover and keyboard focus marks, drawn by the next draw. */
gboolean                 sendco_provision_grid_set_hover         (SendcoProvisionGrid       *grid,
                                                                  const SendcoGridHit       *hit);
void                     sendco_provision_grid_set_focus         (SendcoProvisionGrid       *grid,
                                                                  int                        band,
                                                                  int                        column);
void                     sendco_provision_grid_set_selected      (SendcoProvisionGrid       *grid,
                                                                  int                        band,
                                                                  int                        column);

void                     sendco_provision_grid_draw              (cairo_t                   *cr,
                                                                  const SendcoProvisionGrid *grid,
                                                                  const SendcoRenderStyle   *style,
                                                                  double                     width,
                                                                  double                     height);

/* On screen: @width by @height device units showing the grid at @scale,
 * scrolled by @scroll_x, @scroll_y device units, with the year-group header
 * and the first column held in place. Only what is visible is drawn. */
void                     sendco_provision_grid_draw_view         (cairo_t                   *cr,
                                                                  const SendcoProvisionGrid *grid,
                                                                  const SendcoRenderStyle   *style,
                                                                  double                     width,
                                                                  double                     height,
                                                                  double                     scroll_x,
                                                                  double                     scroll_y,
                                                                  double                     scale);
gboolean                 sendco_provision_grid_hit_test_view     (const SendcoProvisionGrid *grid,
                                                                  double                     x,
                                                                  double                     y,
                                                                  double                     scroll_x,
                                                                  double                     scroll_y,
                                                                  double                     scale,
                                                                  SendcoGridHit             *hit);

/* Printed pages of @width by @height points. */
SendcoGridPages         *sendco_provision_grid_paginate          (const SendcoProvisionGrid *grid,
                                                                  double                     width,
                                                                  double                     height);
guint                    sendco_grid_pages_get_n_pages           (const SendcoGridPages     *pages);
double                   sendco_grid_pages_get_scale             (const SendcoGridPages     *pages);
gboolean                 sendco_grid_pages_get_page              (const SendcoGridPages     *pages,
                                                                  guint                      page,
                                                                  SendcoGridPage            *info);
void                     sendco_grid_pages_free                  (SendcoGridPages           *pages);
void                     sendco_provision_grid_draw_page         (cairo_t                   *cr,
                                                                  const SendcoProvisionGrid *grid,
                                                                  const SendcoGridPages     *pages,
                                                                  guint                      page,
                                                                  const SendcoRenderStyle   *style,
                                                                  double                     width,
                                                                  double                     height);

/* "£45,210.00 on additional provision for 120 pupils · 3 pupils above
 * £6,000 · budget £50,000.00" */
char                    *sendco_provision_map_dup_summary        (const SendcoProvisionMap  *map);

/* A pupil in one cell: what they receive there and their share of its cost. */
typedef struct
{
  const SendcoMapPupil *pupil;
  char                 *provisions;   /* names, joined with ", " */
  gint64                share;        /* their share of the cell's cost */
} SendcoCellPupil;

GPtrArray               *sendco_provision_map_cell_pupils        (const SendcoProvisionMap  *map,
                                                                  guint                      band,
                                                                  int                        year_group);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoProvisionGrid, sendco_provision_grid_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoGridPages, sendco_grid_pages_free)

G_END_DECLS
