/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The palette of the provision map and the charts. Each area of need has a
 * heading colour that white text reads on at WCAG AA (4.5:1) and a light
 * tint for its wave labels; the rest is quiet greys so the figures stand
 * out. Every colour is opaque, so a test can check the pixels it expects. */
#define G_LOG_DOMAIN "sendco-render"

#include "config.h"

#include "sendco-render-style.h"

#include <math.h>
#include <string.h>

/* Heading colours, from the GNOME palette, darkened where white text on
 * them needed it: blue, purple, green, orange and slate. */
static const char *const area_hex[SENDCO_N_AREAS] = {
  "#1a5fb4",   /* communication and interaction */
  "#813d9c",   /* cognition and learning */
  "#1d7a5a",   /* social, emotional and mental health */
  "#b84300",   /* sensory and/or physical */
  "#5e5c64",   /* other */
};

void
sendco_rgba_parse_hex (SendcoRgba *colour, const char *hex)
{
  guint value = 0;

  g_return_if_fail (colour != NULL);
  g_return_if_fail (hex != NULL && hex[0] == '#' && strlen (hex) == 7);

  for (guint i = 1; i < 7; i++)
    value = value * 16 + (guint) g_ascii_xdigit_value (hex[i]);
  colour->r = ((value >> 16) & 0xff) / 255.0;
  colour->g = ((value >> 8) & 0xff) / 255.0;
  colour->b = (value & 0xff) / 255.0;
  colour->a = 1.0;
}

/* @result = @from moved @amount (0 to 1) of the way to @to, opaque. */
void
sendco_rgba_mix (SendcoRgba *result, const SendcoRgba *from, const SendcoRgba *to, double amount)
{
  SendcoRgba mixed;

  amount = CLAMP (amount, 0.0, 1.0);
  mixed.r = from->r + (to->r - from->r) * amount;
  mixed.g = from->g + (to->g - from->g) * amount;
  mixed.b = from->b + (to->b - from->b) * amount;
  mixed.a = 1.0;
  *result = mixed;
}

static double
linear (double channel)
{
  return channel <= 0.03928 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* Relative luminance, as WCAG 2 defines it. */
double
sendco_rgba_luminance (const SendcoRgba *colour)
{
  return 0.2126 * linear (colour->r) + 0.7152 * linear (colour->g) + 0.0722 * linear (colour->b);
}

/* The WCAG contrast ratio, 1 to 21. */
double
sendco_rgba_contrast (const SendcoRgba *a, const SendcoRgba *b)
{
  double la = sendco_rgba_luminance (a), lb = sendco_rgba_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

void
sendco_render_set_source (cairo_t *cr, const SendcoRgba *colour)
{
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, colour->a);
}

static void
set_hex (SendcoRgba *colour, const char *hex)
{
  sendco_rgba_parse_hex (colour, hex);
}

/* Fills what depends only on the background, the ink and the accent. */
static void
derive (SendcoRenderStyle *style)
{
  SendcoRgba white;

  set_hex (&white, "#ffffff");
  for (guint i = 0; i < SENDCO_N_AREAS; i++)
    {
      set_hex (&style->area[i], area_hex[i]);
      style->area_ink[i] = white;
      sendco_rgba_mix (&style->area_tint[i], &style->surface, &style->area[i],
                       style->dark ? 0.24 : 0.10);
    }
  sendco_rgba_mix (&style->hover, &style->surface, &style->accent, style->dark ? 0.20 : 0.09);
  sendco_rgba_mix (&style->selected, &style->surface, &style->accent, style->dark ? 0.32 : 0.18);
}

/**
 * sendco_render_style_init_light:
 *
 * The light palette: also the one for paper, PDF and print.
 */
void
sendco_render_style_init_light (SendcoRenderStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = FALSE;
  set_hex (&style->background, "#ffffff");
  set_hex (&style->surface, "#ffffff");
  set_hex (&style->ink, "#232129");
  set_hex (&style->muted, "#5e5c64");
  set_hex (&style->line, "#dcdce0");
  set_hex (&style->strong_line, "#a9a8b0");
  set_hex (&style->header, "#f1f1f3");
  set_hex (&style->total, "#e9eef5");
  set_hex (&style->accent, "#1c71d8");
  derive (style);
}

void
sendco_render_style_init_dark (SendcoRenderStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = TRUE;
  set_hex (&style->background, "#1e1e1e");
  set_hex (&style->surface, "#1e1e1e");
  set_hex (&style->ink, "#f6f5f4");
  set_hex (&style->muted, "#b3b2b8");
  set_hex (&style->line, "#38383c");
  set_hex (&style->strong_line, "#5c5b62");
  set_hex (&style->header, "#2a2a2e");
  set_hex (&style->total, "#243040");
  set_hex (&style->accent, "#78aeed");
  derive (style);
}

/* @colour with its alpha painted over @under. */
static void
flatten (SendcoRgba *result, const SendcoRgba *colour, const SendcoRgba *under)
{
  sendco_rgba_mix (result, under, colour, colour->a);
}

/**
 * sendco_render_style_from_colors:
 * @foreground: the text colour the toolkit uses (it may be translucent)
 * @background: the view's background
 * @accent: (nullable): the accent colour, or %NULL for blue
 * @dark: whether the dark style is in use
 *
 * A palette that sits on the toolkit's own colours, so the grid follows
 * light, dark and high contrast: lines and tints are mixed from the
 * foreground and background, and the areas keep their own colours.
 */
void
sendco_render_style_from_colors (SendcoRenderStyle *style, const SendcoRgba *foreground,
                                 const SendcoRgba *background, const SendcoRgba *accent,
                                 gboolean dark)
{
  SendcoRgba bg, fg, blue;

  g_return_if_fail (style != NULL);
  g_return_if_fail (foreground != NULL && background != NULL);

  if (dark)
    sendco_render_style_init_dark (style);
  else
    sendco_render_style_init_light (style);

  bg = *background;
  bg.a = 1.0;
  flatten (&fg, foreground, &bg);

  style->background = bg;
  style->surface = bg;
  style->ink = fg;
  sendco_rgba_mix (&style->muted, &bg, &fg, 0.80);
  sendco_rgba_mix (&style->line, &bg, &fg, dark ? 0.17 : 0.14);
  sendco_rgba_mix (&style->strong_line, &bg, &fg, dark ? 0.34 : 0.36);
  sendco_rgba_mix (&style->header, &bg, &fg, dark ? 0.07 : 0.055);
  if (accent)
    flatten (&style->accent, accent, &bg);
  set_hex (&blue, dark ? "#78aeed" : "#3584e4");
  sendco_rgba_mix (&style->total, &bg, &blue, dark ? 0.16 : 0.10);
  derive (style);
}
