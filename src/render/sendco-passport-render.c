/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pupil passport (one-page profile) drawn with Cairo and Pango: the
 * pupil's name in a calm colour band, the five sections in tinted boxes
 * that share out the page by how much each has to say, and the school and
 * date at the foot. Text that cannot fit even at the smallest size is cut
 * with an ellipsis; nothing is ever drawn off the page. The same call
 * paints the printed page, the PDF and the PNG a test looks at. */
#define G_LOG_DOMAIN "sendco-render"

#include "config.h"

#include "sendco-passport-render.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

/* The design is laid out on an A4 page in points, scaled to what is given. */
#define MARGIN        36.0
#define BAND_HEIGHT   100.0
#define BAND_GAP      16.0
#define GAP           12.0
#define PADDING       12.0
#define HEADING_GAP   6.0
#define FOOTER_HEIGHT 22.0
#define FOOTER_GAP    10.0
#define RADIUS        8.0

#define BODY_LARGEST  11.5
#define BODY_UNIFORM_SMALLEST 9.5
#define BODY_SMALLEST 7.5
#define MIN_LINES     2

#define FONT_FAMILY   "Cantarell, DejaVu Sans, Sans"

typedef struct
{
  double r, g, b;
} Colour;

static const Colour band_colour = { 0.204, 0.478, 0.549 };   /* #347a8c */
static const Colour ink = { 0.176, 0.192, 0.200 };
static const Colour muted = { 0.400, 0.420, 0.430 };

/* Each section's accent (its heading) and the tint of its box. */
static const struct
{
  Colour accent;
  Colour tint;
} section_colours[SENDCO_PASSPORT_N_SECTIONS] = {
  { { 0.106, 0.420, 0.471 }, { 0.918, 0.957, 0.961 } },   /* teal */
  { { 0.165, 0.365, 0.624 }, { 0.922, 0.945, 0.976 } },   /* blue */
  { { 0.416, 0.290, 0.612 }, { 0.945, 0.929, 0.973 } },   /* purple */
  { { 0.184, 0.478, 0.243 }, { 0.925, 0.961, 0.933 } },   /* green */
  { { 0.639, 0.353, 0.071 }, { 0.984, 0.949, 0.906 } },   /* amber */
};

/* The rows of boxes, top to bottom: a section, or two side by side. */
static const int rows[][2] = {
  { SENDCO_PASSPORT_ABOUT_ME, -1 },
  { SENDCO_PASSPORT_IMPORTANT, SENDCO_PASSPORT_ADMIRE },
  { SENDCO_PASSPORT_SUPPORT, -1 },
  { SENDCO_PASSPORT_STRENGTHS, -1 },
};
#define N_ROWS G_N_ELEMENTS (rows)

SendcoPassportPage *
sendco_passport_page_new (void)
{
  SendcoPassportPage *page = g_new0 (SendcoPassportPage, 1);

  page->name = g_strdup ("");
  page->details = g_strdup ("");
  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    page->sections[i] = g_strdup ("");
  page->school = g_strdup ("");
  page->date = g_strdup ("");
  return page;
}

void
sendco_passport_page_free (SendcoPassportPage *page)
{
  if (page == NULL)
    return;
  g_free (page->name);
  g_free (page->details);
  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    g_free (page->sections[i]);
  g_free (page->school);
  g_free (page->date);
  g_free (page);
}

/**
 * sendco_passport_section_heading:
 *
 * Returns: the heading of @section, translated
 */
const char *
sendco_passport_section_heading (SendcoPassportSection section)
{
  switch (section)
    {
    case SENDCO_PASSPORT_ABOUT_ME:
      return _("About me");
    case SENDCO_PASSPORT_IMPORTANT:
      return _("What’s important to me");
    case SENDCO_PASSPORT_ADMIRE:
      return _("What people like and admire about me");
    case SENDCO_PASSPORT_SUPPORT:
      return _("How best to support me");
    case SENDCO_PASSPORT_STRENGTHS:
      return _("My strengths");
    case SENDCO_PASSPORT_N_SECTIONS:
    default:
      g_return_val_if_reached ("");
    }
}

static gboolean
blank (const char *text)
{
  for (; text && *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static void
set_colour (cairo_t *cr, const Colour *colour, double alpha)
{
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, alpha);
}

static void
rounded_rectangle (cairo_t *cr, double x, double y, double width, double height, double radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static PangoLayout *
new_layout (PangoContext *context, const char *text, double size, PangoWeight weight,
            double width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* A body layout for @text; it is stripped of the blank lines around it. */
static PangoLayout *
body_layout (PangoContext *context, const char *text, double size, double width)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  PangoLayout *layout = new_layout (context, stripped, size, PANGO_WEIGHT_NORMAL, width);

  pango_layout_set_line_spacing (layout, 1.15);
  return layout;
}

static double
line_height (PangoContext *context, double size)
{
  g_autoptr (PangoLayout) layout = body_layout (context, "Ag\nAg", size, 100);
  g_autoptr (PangoLayout) one = body_layout (context, "Ag", size, 100);

  /* The step from one line to the next, with the spacing between them. */
  return layout_height (layout) - layout_height (one);
}

static double
section_width (guint row, double content_width)
{
  return rows[row][1] < 0 ? content_width : (content_width - GAP) / 2;
}

/* Headings wrap rather than lose words; the accent mark sits beside them. */
static PangoLayout *
heading_layout (PangoContext *context, const char *text, double width)
{
  return new_layout (context, text, 12.5, PANGO_WEIGHT_BOLD, width - 2 * PADDING - 10);
}

static double
heading_height (PangoContext *context, const char *text, double width)
{
  g_autoptr (PangoLayout) layout = heading_layout (context, text, width);

  return layout_height (layout);
}

/* The height of a section's box at body size @size: padding, heading and
 * its text, or room for a few lines when it is empty. */
static double
section_need (PangoContext *context, const SendcoPassportPage *page, int section, double width,
              double size)
{
  double heading = heading_height (context, sendco_passport_section_heading (section), width);
  double inner = width - 2 * PADDING;
  double lines = line_height (context, size);
  double body;

  if (blank (page->sections[section]))
    body = 3 * lines;
  else
    {
      g_autoptr (PangoLayout) layout = body_layout (context, page->sections[section], size, inner);

      body = MAX (layout_height (layout), MIN_LINES * lines);
    }
  return PADDING + heading + HEADING_GAP + body + PADDING;
}

static void
show_layout (cairo_t *cr, PangoLayout *layout, double x, double y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_band (cairo_t *cr, PangoContext *context, const SendcoPassportPage *page,
           const SendcoPassportBox *band)
{
  g_autofree char *kicker = g_utf8_strup (_("Pupil passport"), -1);
  double inner = band->width - 2 * 22 - 90;   /* leave the circles on the right alone */
  g_autoptr (PangoLayout) label = new_layout (context, kicker, 9, PANGO_WEIGHT_BOLD, inner);
  g_autoptr (PangoLayout) name = NULL;
  g_autoptr (PangoLayout) details = NULL;
  double size, y;

  cairo_save (cr);
  rounded_rectangle (cr, band->x, band->y, band->width, band->height, 12);
  set_colour (cr, &band_colour, 1);
  cairo_fill_preserve (cr);
  cairo_clip (cr);

  /* A few soft circles on the right: friendly, and quiet enough to print. */
  cairo_set_source_rgba (cr, 1, 1, 1, 0.10);
  cairo_arc (cr, band->x + band->width - 40, band->y + 18, 58, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.08);
  cairo_arc (cr, band->x + band->width - 112, band->y + band->height + 6, 42, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.12);
  cairo_arc (cr, band->x + band->width - 70, band->y + band->height - 26, 14, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);

  pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);

  /* The name on one line, as large as fits (and cut short past that). */
  for (size = 30; ; size -= 1)
    {
      PangoRectangle logical;

      g_clear_object (&name);
      name = new_layout (context, page->name, size, PANGO_WEIGHT_BOLD, -1);
      pango_layout_set_width (name, -1);
      pango_layout_get_extents (name, NULL, &logical);
      if (size <= 18 || (double) logical.width / PANGO_SCALE <= inner)
        break;
    }
  pango_layout_set_width (name, (int) (inner * PANGO_SCALE));
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);

  details = new_layout (context, page->details, 11, PANGO_WEIGHT_NORMAL, inner);
  pango_layout_set_ellipsize (details, PANGO_ELLIPSIZE_END);

  y = band->y + 16;
  cairo_set_source_rgba (cr, 1, 1, 1, 0.82);
  show_layout (cr, label, band->x + 22, y);
  y += layout_height (label) + 2;
  cairo_set_source_rgb (cr, 1, 1, 1);
  show_layout (cr, name, band->x + 22, y);
  y += layout_height (name) + 1;
  if (!blank (page->details))
    {
      cairo_set_source_rgba (cr, 1, 1, 1, 0.88);
      show_layout (cr, details, band->x + 22, y);
    }
}

static void
draw_ruled_lines (cairo_t *cr, const Colour *accent, double x, double y, double width,
                  double height, double step)
{
  cairo_save (cr);
  cairo_set_line_width (cr, 0.6);
  set_colour (cr, accent, 0.22);
  for (double line = y + step; line <= y + height + 0.01; line += step)
    {
      cairo_move_to (cr, x, line);
      cairo_line_to (cr, x + width, line);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Draws one section in @box; returns TRUE if its text had to be cut. */
static gboolean
draw_section (cairo_t *cr, PangoContext *context, const SendcoPassportPage *page, int section,
              const SendcoPassportBox *box, double size, SendcoPassportBox *body_box)
{
  const Colour *accent = &section_colours[section].accent;
  const Colour *tint = &section_colours[section].tint;
  double inner = box->width - 2 * PADDING;
  g_autoptr (PangoLayout) heading = heading_layout (context, sendco_passport_section_heading (section),
                                                    box->width);
  g_autoptr (PangoLayout) one_line = heading_layout (context, "Ag", box->width);
  double y, body_height;
  gboolean cut = FALSE;

  rounded_rectangle (cr, box->x, box->y, box->width, box->height, RADIUS);
  set_colour (cr, tint, 1);
  cairo_fill_preserve (cr);
  set_colour (cr, accent, 0.28);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);

  /* An accent mark before the heading's first line. */
  rounded_rectangle (cr, box->x + PADDING, box->y + PADDING + 2, 4, layout_height (one_line) - 4, 2);
  set_colour (cr, accent, 1);
  cairo_fill (cr);
  show_layout (cr, heading, box->x + PADDING + 10, box->y + PADDING);

  y = box->y + PADDING + layout_height (heading) + HEADING_GAP;
  body_height = box->y + box->height - PADDING - y;
  *body_box = (SendcoPassportBox) { box->x + PADDING, y, inner, MAX (body_height, 0) };
  if (body_height <= 0)
    return !blank (page->sections[section]);

  if (blank (page->sections[section]))
    {
      /* Room to write by hand. */
      draw_ruled_lines (cr, accent, box->x + PADDING, y - 2, inner, body_height,
                        MAX (line_height (context, size) * 1.35, 14));
      return FALSE;
    }

  {
    g_autoptr (PangoLayout) body = body_layout (context, page->sections[section], size, inner);

    if (layout_height (body) > body_height + 0.5)
      {
        double limit = body_height;

        /* Pango's limit lets a line's spacing hang over: tighten it until
         * what is shown really fits. */
        pango_layout_set_ellipsize (body, PANGO_ELLIPSIZE_END);
        do
          {
            pango_layout_set_height (body, (int) (limit * PANGO_SCALE));
            limit -= line_height (context, size) / 2;
          }
        while (layout_height (body) > body_height + 0.5 && limit > 0);
        cut = TRUE;
      }
    set_colour (cr, &ink, 1);
    show_layout (cr, body, box->x + PADDING, y);
  }
  return cut;
}

static void
draw_footer (cairo_t *cr, PangoContext *context, const SendcoPassportPage *page,
             const SendcoPassportBox *footer)
{
  g_autoptr (PangoLayout) date = new_layout (context, page->date, 9, PANGO_WEIGHT_NORMAL, footer->width / 2);
  g_autoptr (PangoLayout) school = NULL;
  PangoRectangle logical;
  double date_width;

  pango_layout_set_alignment (date, PANGO_ALIGN_RIGHT);
  pango_layout_set_ellipsize (date, PANGO_ELLIPSIZE_START);
  pango_layout_get_pixel_extents (date, NULL, &logical);
  date_width = blank (page->date) ? 0 : logical.width;

  school = new_layout (context, page->school, 9, PANGO_WEIGHT_BOLD,
                       MAX (footer->width - date_width - 24, 40));
  pango_layout_set_ellipsize (school, PANGO_ELLIPSIZE_END);

  cairo_set_line_width (cr, 0.6);
  set_colour (cr, &muted, 0.45);
  cairo_move_to (cr, footer->x, footer->y + 0.3);
  cairo_line_to (cr, footer->x + footer->width, footer->y + 0.3);
  cairo_stroke (cr);

  set_colour (cr, &muted, 1);
  show_layout (cr, school, footer->x, footer->y + 7);
  show_layout (cr, date, footer->x + footer->width / 2, footer->y + 7);
}

static double
row_need (PangoContext *context, const SendcoPassportPage *page, guint row, double content_width,
          const double *sizes)
{
  double need = 0;

  for (guint c = 0; c < 2 && rows[row][c] >= 0; c++)
    need = MAX (need, section_need (context, page, rows[row][c], section_width (row, content_width),
                                    sizes[rows[row][c]]));
  return need;
}

/* Shares @available out among rows needing @needs: rows that need no more
 * than an equal share get what they need, the rest split what is left. */
static void
share_out (const double *needs, double available, double *heights)
{
  gboolean settled[N_ROWS] = { FALSE };
  gboolean changed = TRUE;

  while (changed)
    {
      double left = available;
      guint open = 0;

      changed = FALSE;
      for (guint r = 0; r < N_ROWS; r++)
        {
          if (settled[r])
            left -= needs[r];
          else
            open++;
        }
      if (open == 0)
        break;
      for (guint r = 0; r < N_ROWS; r++)
        if (!settled[r] && needs[r] <= left / open)
          {
            settled[r] = TRUE;
            changed = TRUE;
          }
      if (!changed)
        for (guint r = 0; r < N_ROWS; r++)
          if (!settled[r])
            heights[r] = MAX (left / open, 0);
    }
  for (guint r = 0; r < N_ROWS; r++)
    if (settled[r])
      heights[r] = needs[r];
}

/**
 * sendco_passport_draw_full:
 * @width: @height: the page, in any unit: the design is an A4 page in
 *   points, scaled to @width
 * @layout: (out) (optional): where things went, in the units of @width
 *
 * Draws the passport. When the page is not A4-shaped the boxes grow or
 * shrink in height; the text never leaves its box.
 */
void
sendco_passport_draw_full (cairo_t *cr, const SendcoPassportPage *page, double width,
                           double height, SendcoPassportLayout *layout)
{
  PangoContext *context;
  cairo_font_options_t *options;
  SendcoPassportLayout placed = { 0 };
  double scale, page_height, content_width, top, bottom, available;
  double sizes[SENDCO_PASSPORT_N_SECTIONS];
  double needs[N_ROWS], heights[N_ROWS];
  gboolean fits = FALSE;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (page != NULL);
  g_return_if_fail (width > 0 && height > 0);

  scale = width / SENDCO_PASSPORT_A4_WIDTH;
  page_height = height / scale;

  cairo_save (cr);
  cairo_scale (cr, scale, scale);

  context = pango_cairo_create_context (cr);
  /* True points, in print and on screen alike. */
  pango_cairo_context_set_resolution (context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  /* A white page, whatever was under it. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, SENDCO_PASSPORT_A4_WIDTH, page_height);
  cairo_fill (cr);

  content_width = SENDCO_PASSPORT_A4_WIDTH - 2 * MARGIN;
  placed.band = (SendcoPassportBox) { MARGIN, MARGIN, content_width, BAND_HEIGHT };
  placed.footer = (SendcoPassportBox) { MARGIN, page_height - MARGIN - FOOTER_HEIGHT,
                                        content_width, FOOTER_HEIGHT };
  top = MARGIN + BAND_HEIGHT + BAND_GAP;
  bottom = placed.footer.y - FOOTER_GAP;
  available = bottom - top - GAP * (N_ROWS - 1);

  /* The largest text size, the same for every section, at which all fits... */
  for (double size = BODY_LARGEST; size >= BODY_UNIFORM_SMALLEST - 0.01; size -= 0.5)
    {
      double total = 0;

      for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
        sizes[i] = size;
      for (guint r = 0; r < N_ROWS; r++)
        {
          needs[r] = row_need (context, page, r, content_width, sizes);
          total += needs[r];
        }
      if (total <= available)
        {
          /* ...with the room to spare shared out evenly. */
          for (guint r = 0; r < N_ROWS; r++)
            heights[r] = needs[r] + (available - total) / N_ROWS;
          fits = TRUE;
          break;
        }
    }

  /* ...or the short sections get the room they need and the long ones share
   * the rest, each made smaller until it fits or, at the smallest, cut. */
  if (!fits)
    {
      share_out (needs, available, heights);
      for (guint r = 0; r < N_ROWS; r++)
        for (guint c = 0; c < 2 && rows[r][c] >= 0; c++)
          {
            int section = rows[r][c];
            double width_here = section_width (r, content_width);

            while (sizes[section] > BODY_SMALLEST + 0.01
                   && section_need (context, page, section, width_here, sizes[section]) > heights[r])
              sizes[section] -= 0.5;
          }
    }
  memcpy (placed.body_sizes, sizes, sizeof sizes);

  draw_band (cr, context, page, &placed.band);

  {
    double y = top;

    for (guint r = 0; r < N_ROWS; r++)
      {
        for (guint c = 0; c < 2 && rows[r][c] >= 0; c++)
          {
            int section = rows[r][c];
            double w = section_width (r, content_width);
            SendcoPassportBox *box = &placed.sections[section];

            *box = (SendcoPassportBox) { MARGIN + c * (w + GAP), y, w, MAX (heights[r], 0) };
            if (draw_section (cr, context, page, section, box, sizes[section],
                              &placed.bodies[section]))
              placed.truncated |= 1u << section;
          }
        y += heights[r] + GAP;
      }
  }

  draw_footer (cr, context, page, &placed.footer);
  g_object_unref (context);
  cairo_restore (cr);

  if (layout)
    {
      SendcoPassportBox *boxes[] = { &placed.band, &placed.footer };

      for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
        {
          boxes[i]->x *= scale;
          boxes[i]->y *= scale;
          boxes[i]->width *= scale;
          boxes[i]->height *= scale;
        }
      for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
        {
          SendcoPassportBox *both[] = { &placed.sections[i], &placed.bodies[i] };

          for (guint j = 0; j < G_N_ELEMENTS (both); j++)
            {
              both[j]->x *= scale;
              both[j]->y *= scale;
              both[j]->width *= scale;
              both[j]->height *= scale;
            }
        }
      *layout = placed;
    }
}

/**
 * sendco_passport_draw:
 *
 * Draws @page to fill @width by @height (an A4 page in points for print
 * and PDF; any size for a picture).
 */
void
sendco_passport_draw (cairo_t *cr, const SendcoPassportPage *page, double width, double height)
{
  sendco_passport_draw_full (cr, page, width, height, NULL);
}
