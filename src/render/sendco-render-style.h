/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The colours every grid and chart is drawn in: a calm light and dark
 * palette, one colour for each area of need, and a way for a widget to fill
 * the palette from the toolkit's own colours. Plain values; no GTK. */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "sendco-census.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b, a;
} SendcoRgba;

typedef struct
{
  gboolean   dark;
  SendcoRgba background;                  /* behind everything */
  SendcoRgba surface;                     /* a cell */
  SendcoRgba ink;                         /* text */
  SendcoRgba muted;                       /* quieter text: costs in cells, notes */
  SendcoRgba line;                        /* thin lines between cells */
  SendcoRgba strong_line;                 /* under the header, above the totals */
  SendcoRgba header;                      /* the year-group header row */
  SendcoRgba total;                       /* the totals row and column */
  SendcoRgba hover;                       /* the cell under the pointer */
  SendcoRgba selected;                    /* the cell whose pupils are listed */
  SendcoRgba accent;                      /* the keyboard focus ring, links */
  SendcoRgba area[SENDCO_N_AREAS];        /* an area's heading band */
  SendcoRgba area_ink[SENDCO_N_AREAS];    /* text on that band */
  SendcoRgba area_tint[SENDCO_N_AREAS];   /* the band's wave labels, lightly tinted */
} SendcoRenderStyle;

void     sendco_render_style_init_light   (SendcoRenderStyle *style);
void     sendco_render_style_init_dark    (SendcoRenderStyle *style);
void     sendco_render_style_from_colors  (SendcoRenderStyle *style,
                                           const SendcoRgba  *foreground,
                                           const SendcoRgba  *background,
                                           const SendcoRgba  *accent,
                                           gboolean           dark);

void     sendco_rgba_parse_hex            (SendcoRgba        *colour,
                                           const char        *hex);
void     sendco_rgba_mix                  (SendcoRgba        *result,
                                           const SendcoRgba  *from,
                                           const SendcoRgba  *to,
                                           double             amount);
double   sendco_rgba_luminance            (const SendcoRgba  *colour);
double   sendco_rgba_contrast             (const SendcoRgba  *a,
                                           const SendcoRgba  *b);
void     sendco_render_set_source         (cairo_t           *cr,
                                           const SendcoRgba  *colour);

G_END_DECLS
