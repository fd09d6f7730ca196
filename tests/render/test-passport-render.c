/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pupil passport drawn to an image: the colour band where it belongs,
 * text in every section's box, empty sections left as lines to write on,
 * long text shrunk and then cut short but never drawn past its box or off
 * the page. Each picture is saved beside the test to look at. */
#include "config.h"

#include <math.h>

#include "sendco-passport-render.h"

#define SCALE 2.0   /* pixels per point */

static const char *full_text[SENDCO_PASSPORT_N_SECTIONS] = {
  "I am nine and I live with my mum, my nan and my little brother Alfie. I love drawing "
  "dragons and I am in the school choir. I have autism and sometimes it takes me a bit "
  "longer to get ready for something new.",
  "My dog Biscuit.\nKnowing what is happening next: my visual timetable.\nHaving a quiet "
  "place to go when the classroom gets noisy.",
  "I am kind to younger children, I make people laugh and I always remember everyone’s "
  "birthday.",
  "Tell me about changes before they happen. Give me one instruction at a time and check "
  "I have understood. Let me use my ear defenders in assembly. If I look worried, offer me "
  "my calm card instead of asking lots of questions.",
  "Drawing, remembering facts about animals, times tables, and looking after the class "
  "plants.",
};

typedef struct
{
  cairo_surface_t *surface;
  int              width;
  int              height;
} Picture;

static SendcoPassportPage *
make_page (const char *name, const char *const *texts)
{
  SendcoPassportPage *page = sendco_passport_page_new ();

  g_free (page->name);
  page->name = g_strdup (name);
  g_free (page->details);
  page->details = g_strdup ("Year 5 · 5A");
  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    {
      g_free (page->sections[i]);
      page->sections[i] = g_strdup (texts[i] ? texts[i] : "");
    }
  g_free (page->school);
  page->school = g_strdup ("Oak Hill Primary");
  g_free (page->date);
  page->date = g_strdup ("Updated 01/11/2026");
  return page;
}

static Picture
draw (const SendcoPassportPage *page, SendcoPassportLayout *layout, const char *png)
{
  Picture picture;
  cairo_t *cr;

  picture.width = (int) ceil (SENDCO_PASSPORT_A4_WIDTH * SCALE);
  picture.height = (int) ceil (SENDCO_PASSPORT_A4_HEIGHT * SCALE);
  picture.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, picture.width, picture.height);
  cr = cairo_create (picture.surface);
  /* Something the drawing must paint over. */
  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  sendco_passport_draw_full (cr, page, picture.width, picture.height, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (picture.surface);

  if (png)
    {
      g_autofree char *path = g_build_filename (g_test_get_dir (G_TEST_BUILT), "render", png, NULL);
      g_autofree char *dir = g_path_get_dirname (path);

      g_mkdir_with_parents (dir, 0755);
      g_assert_cmpint (cairo_surface_write_to_png (picture.surface, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("Saved %s", path);
    }
  return picture;
}

static guint32
pixel (Picture *picture, double x, double y)
{
  int px = (int) x, py = (int) y;
  unsigned char *data = cairo_image_surface_get_data (picture->surface);
  int stride = cairo_image_surface_get_stride (picture->surface);

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, picture->width);
  g_assert_cmpint (py, <, picture->height);
  return *(guint32 *) (data + py * stride + px * 4) & 0xffffff;
}

static void
assert_colour (Picture *picture, double x, double y, guint32 expected)
{
  guint32 got = pixel (picture, x, y);
  int dr = (int) ((got >> 16) & 0xff) - (int) ((expected >> 16) & 0xff);
  int dg = (int) ((got >> 8) & 0xff) - (int) ((expected >> 8) & 0xff);
  int db = (int) (got & 0xff) - (int) (expected & 0xff);

  if (ABS (dr) > 3 || ABS (dg) > 3 || ABS (db) > 3)
    g_error ("The pixel at (%.0f, %.0f) is #%06x, not #%06x", x, y, got, expected);
}

static double
luminance (guint32 colour)
{
  return 0.299 * ((colour >> 16) & 0xff) + 0.587 * ((colour >> 8) & 0xff) + 0.114 * (colour & 0xff);
}

/* Pixels dark enough to be text, in a rectangle. */
static guint
count_dark (Picture *picture, double x, double y, double width, double height)
{
  guint n = 0;

  for (int py = (int) y; py < (int) (y + height); py++)
    for (int px = (int) x; px < (int) (x + width); px++)
      n += luminance (pixel (picture, px, py)) < 110;
  return n;
}

/* Pixels not white, in a rectangle. */
static guint
count_not_white (Picture *picture, double x, double y, double width, double height)
{
  guint n = 0;

  for (int py = (int) y; py < (int) (y + height); py++)
    for (int px = (int) x; px < (int) (x + width); px++)
      n += pixel (picture, px, py) != 0xffffff;
  return n;
}

/* The body of a section box: below its heading, inside its padding. */
static void
body_of (const SendcoPassportLayout *layout, guint section, double *x, double *y, double *width,
         double *height)
{
  const SendcoPassportBox *box = &layout->sections[section];
  const SendcoPassportBox *body = &layout->bodies[section];

  /* Inside the box, under the heading. */
  g_assert_cmpfloat (body->x, >, box->x);
  g_assert_cmpfloat (body->y, >, box->y + 20 * SCALE);
  g_assert_cmpfloat (body->x + body->width, <, box->x + box->width);
  g_assert_cmpfloat (body->y + body->height, <, box->y + box->height);
  *x = body->x;
  *y = body->y;
  *width = body->width;
  *height = body->height;
}

static void
assert_boxes_in_order (const SendcoPassportLayout *layout, Picture *picture)
{
  const SendcoPassportBox *s = layout->sections;

  /* Band, then the rows, then the footer, each clear of the next. */
  g_assert_cmpfloat (layout->band.y + layout->band.height, <, s[SENDCO_PASSPORT_ABOUT_ME].y);
  g_assert_cmpfloat (s[SENDCO_PASSPORT_ABOUT_ME].y + s[SENDCO_PASSPORT_ABOUT_ME].height, <,
                     s[SENDCO_PASSPORT_IMPORTANT].y);
  g_assert_cmpfloat (s[SENDCO_PASSPORT_IMPORTANT].y, ==, s[SENDCO_PASSPORT_ADMIRE].y);
  g_assert_cmpfloat (s[SENDCO_PASSPORT_IMPORTANT].x + s[SENDCO_PASSPORT_IMPORTANT].width, <,
                     s[SENDCO_PASSPORT_ADMIRE].x);
  g_assert_cmpfloat (s[SENDCO_PASSPORT_ADMIRE].y + s[SENDCO_PASSPORT_ADMIRE].height, <,
                     s[SENDCO_PASSPORT_SUPPORT].y);
  g_assert_cmpfloat (s[SENDCO_PASSPORT_SUPPORT].y + s[SENDCO_PASSPORT_SUPPORT].height, <,
                     s[SENDCO_PASSPORT_STRENGTHS].y);
  g_assert_cmpfloat (s[SENDCO_PASSPORT_STRENGTHS].y + s[SENDCO_PASSPORT_STRENGTHS].height, <,
                     layout->footer.y);
  g_assert_cmpfloat (layout->footer.y + layout->footer.height, <=, picture->height - 30 * SCALE);

  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    {
      g_assert_cmpfloat (s[i].x, >=, 30 * SCALE);
      g_assert_cmpfloat (s[i].x + s[i].width, <=, picture->width - 30 * SCALE);
      g_assert_cmpfloat (s[i].height, >, 60 * SCALE);
    }

  /* Nothing at all in the margins: whatever the text, it stayed on the page. */
  g_assert_cmpuint (count_not_white (picture, 0, 0, picture->width, 30 * SCALE), ==, 0);
  g_assert_cmpuint (count_not_white (picture, 0, picture->height - 30 * SCALE, picture->width,
                                     30 * SCALE), ==, 0);
  g_assert_cmpuint (count_not_white (picture, 0, 0, 30 * SCALE, picture->height), ==, 0);
  g_assert_cmpuint (count_not_white (picture, picture->width - 30 * SCALE, 0, 30 * SCALE,
                                     picture->height), ==, 0);

  /* And nothing between the last box and the footer line. */
  g_assert_cmpuint (count_not_white (picture, 0,
                                     s[SENDCO_PASSPORT_STRENGTHS].y + s[SENDCO_PASSPORT_STRENGTHS].height + 2,
                                     picture->width,
                                     layout->footer.y - 2 - (s[SENDCO_PASSPORT_STRENGTHS].y
                                                             + s[SENDCO_PASSPORT_STRENGTHS].height + 2)),
                    ==, 0);
}

static void
test_full_page (void)
{
  g_autoptr (SendcoPassportPage) page = make_page ("Amy Carter", full_text);
  SendcoPassportLayout layout;
  Picture picture = draw (page, &layout, "passport.png");

  /* The page is A4 at two pixels a point; the colour band spans the top. */
  g_assert_cmpint (picture.width, ==, 1191);
  g_assert_cmpint (picture.height, ==, 1684);
  g_assert_cmpfloat_with_epsilon (layout.band.x, 36 * SCALE, 0.1);
  g_assert_cmpfloat_with_epsilon (layout.band.y, 36 * SCALE, 0.1);
  g_assert_cmpfloat_with_epsilon (layout.band.width, (SENDCO_PASSPORT_A4_WIDTH - 72) * SCALE, 0.5);
  g_assert_cmpfloat_with_epsilon (layout.band.height, 100 * SCALE, 0.2);

  /* The band is the calm teal, edge to edge, where the name does not cover it. */
  assert_colour (&picture, layout.band.x + 20, layout.band.y + 6, 0x347a8c);
  assert_colour (&picture, layout.band.x + layout.band.width * 0.6, layout.band.y + layout.band.height - 5, 0x347a8c);
  assert_colour (&picture, layout.band.x + 4, layout.band.y + layout.band.height / 2, 0x347a8c);
  /* White around it: the page was painted over the magenta underneath. */
  assert_colour (&picture, layout.band.x - 4, layout.band.y + 40, 0xffffff);
  assert_colour (&picture, layout.band.x + 40, layout.band.y - 4, 0xffffff);
  /* The name is white text on the band. */
  {
    guint white = 0;

    for (double y = layout.band.y + 30 * SCALE; y < layout.band.y + 70 * SCALE; y++)
      for (double x = layout.band.x + 20 * SCALE; x < layout.band.x + 200 * SCALE; x++)
        white += luminance (pixel (&picture, x, y)) > 240;
    g_assert_cmpuint (white, >, 1500);
  }

  /* Everything fitted at the largest size: nothing cut. */
  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    g_assert_cmpfloat (layout.body_sizes[i], ==, 11.5);
  g_assert_cmpuint (layout.truncated, ==, 0);

  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    {
      const SendcoPassportBox *box = &layout.sections[i];
      double x, y, w, h;

      /* Each box is tinted (its colour shows inside the padding)... */
      g_assert_cmpuint (pixel (&picture, box->x + 6, box->y + box->height - 6), !=, 0xffffff);
      g_assert_cmpfloat (luminance (pixel (&picture, box->x + 6, box->y + box->height - 6)), >, 225);
      /* ...has its heading... */
      g_assert_cmpuint (count_dark (&picture, box->x + 22 * SCALE, box->y + 12 * SCALE,
                                    100 * SCALE, 14 * SCALE), >, 40);
      /* ...and its text below. */
      body_of (&layout, i, &x, &y, &w, &h);
      g_assert_cmpuint (count_dark (&picture, x, y, w, h), >, 300);
    }
  assert_boxes_in_order (&layout, &picture);

  /* The school's name at the foot, on the left; the date on the right. */
  g_assert_cmpuint (count_dark (&picture, layout.footer.x, layout.footer.y + 4,
                                layout.footer.width / 3, layout.footer.height), >, 0);
  g_assert_cmpuint (count_not_white (&picture, layout.footer.x + layout.footer.width * 0.75,
                                     layout.footer.y + 4, layout.footer.width / 4,
                                     layout.footer.height - 4), >, 50);

  cairo_surface_destroy (picture.surface);
}

static void
test_empty_sections (void)
{
  const char *texts[SENDCO_PASSPORT_N_SECTIONS] = { full_text[0], NULL, NULL, "  \n ", NULL };
  g_autoptr (SendcoPassportPage) page = make_page ("Jack Foster", texts);
  SendcoPassportLayout layout;
  Picture picture = draw (page, &layout, "passport-empty.png");

  g_assert_cmpuint (layout.truncated, ==, 0);
  for (guint i = 1; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    {
      const SendcoPassportBox *box = &layout.sections[i];
      double x, y, w, h;
      guint lines = 0;

      /* The heading is there, but no text: faint lines to write on instead. */
      g_assert_cmpuint (count_dark (&picture, box->x + 22 * SCALE, box->y + 12 * SCALE,
                                    90 * SCALE, 14 * SCALE), >, 40);
      body_of (&layout, i, &x, &y, &w, &h);
      g_assert_cmpuint (count_dark (&picture, x, y, w, h), ==, 0);
      for (double py = y; py < y + h; py++)
        lines += luminance (pixel (&picture, x + w / 2, py)) < luminance (pixel (&picture, box->x + 4, py)) - 8;
      g_assert_cmpuint (lines, >=, 2);
    }
  assert_boxes_in_order (&layout, &picture);
  cairo_surface_destroy (picture.surface);
}

static char *
repeat (const char *text, guint times)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    {
      if (i)
        g_string_append_c (out, ' ');
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

static void
test_long_text_shrinks (void)
{
  g_autofree char *longer = repeat (full_text[SENDCO_PASSPORT_SUPPORT], 9);
  const char *texts[SENDCO_PASSPORT_N_SECTIONS] = {
    full_text[0], full_text[1], full_text[2], longer, full_text[4],
  };
  g_autoptr (SendcoPassportPage) page = make_page ("Amy Carter", texts);
  SendcoPassportLayout layout;
  Picture picture = draw (page, &layout, "passport-long.png");

  /* Smaller text, the same size throughout, but all of it. */
  g_assert_cmpfloat (layout.body_sizes[SENDCO_PASSPORT_SUPPORT], <, 11.5);
  g_assert_cmpfloat (layout.body_sizes[SENDCO_PASSPORT_SUPPORT], >=, 9.5);
  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    g_assert_cmpfloat (layout.body_sizes[i], ==, layout.body_sizes[SENDCO_PASSPORT_SUPPORT]);
  g_assert_cmpuint (layout.truncated, ==, 0);
  /* The section with most to say got the most room. */
  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    if (i != SENDCO_PASSPORT_SUPPORT)
      g_assert_cmpfloat (layout.sections[SENDCO_PASSPORT_SUPPORT].height, >, layout.sections[i].height);
  assert_boxes_in_order (&layout, &picture);
  cairo_surface_destroy (picture.surface);
}

static void
test_overflow_is_cut (void)
{
  g_autofree char *huge = repeat (full_text[SENDCO_PASSPORT_SUPPORT], 40);
  g_autofree char *name = g_strdup ("Bartholomew-Maximilian Montgomery-Fotheringham-Worthington");
  const char *texts[SENDCO_PASSPORT_N_SECTIONS] = {
    full_text[0], huge, full_text[2], huge, full_text[4],
  };
  g_autoptr (SendcoPassportPage) page = make_page (name, texts);
  SendcoPassportLayout layout;
  Picture picture = draw (page, &layout, "passport-overflow.png");
  double x, y, w, h;

  /* The two long sections at the smallest size, cut short with "…"; the
   * short ones stay readable. */
  g_assert_cmpfloat (layout.body_sizes[SENDCO_PASSPORT_IMPORTANT], ==, 7.5);
  g_assert_cmpfloat (layout.body_sizes[SENDCO_PASSPORT_SUPPORT], ==, 7.5);
  g_assert_cmpfloat (layout.body_sizes[SENDCO_PASSPORT_ABOUT_ME], >=, 9.5);
  g_assert_cmpfloat (layout.body_sizes[SENDCO_PASSPORT_STRENGTHS], >=, 9.5);
  g_assert_cmpuint (layout.truncated, ==, (1u << SENDCO_PASSPORT_IMPORTANT) | (1u << SENDCO_PASSPORT_SUPPORT));
  /* The short sections still show all their text. */
  body_of (&layout, SENDCO_PASSPORT_ABOUT_ME, &x, &y, &w, &h);
  g_assert_cmpuint (count_dark (&picture, x, y, w, h), >, 300);
  body_of (&layout, SENDCO_PASSPORT_STRENGTHS, &x, &y, &w, &h);
  g_assert_cmpuint (count_dark (&picture, x, y, w, h), >, 200);

  /* The cut text stops inside its box: the last few points are clear. */
  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    {
      const SendcoPassportBox *box = &layout.sections[i];

      g_assert_cmpuint (count_dark (&picture, box->x + 2, box->y + box->height - 10 * SCALE,
                                    box->width - 4, 8 * SCALE), ==, 0);
    }
  assert_boxes_in_order (&layout, &picture);

  /* The long name stays inside the band. */
  g_assert_cmpuint (count_not_white (&picture, layout.band.x + layout.band.width + 1, layout.band.y,
                                     picture.width - layout.band.x - layout.band.width - 1,
                                     layout.band.height), ==, 0);
  cairo_surface_destroy (picture.surface);
}

static void
test_any_size (void)
{
  g_autoptr (SendcoPassportPage) page = make_page ("Amy Carter", full_text);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cairo_t *cr = cairo_create (surface);
  SendcoPassportLayout layout;

  /* At one pixel a point the boxes are where an A4 page in points has them. */
  sendco_passport_draw_full (cr, page, 595.276, 841.89, &layout);
  g_assert_cmpfloat_with_epsilon (layout.band.x, 36, 0.01);
  g_assert_cmpfloat_with_epsilon (layout.sections[SENDCO_PASSPORT_ABOUT_ME].y, 36 + 100 + 16, 0.01);
  g_assert_cmpfloat_with_epsilon (layout.footer.y + layout.footer.height, 841.89 - 36, 0.01);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* A squat page: less room, still all on it. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 600);
  cr = cairo_create (surface);
  sendco_passport_draw_full (cr, page, 595, 600, &layout);
  g_assert_cmpfloat (layout.sections[SENDCO_PASSPORT_STRENGTHS].y + layout.sections[SENDCO_PASSPORT_STRENGTHS].height,
                     <, layout.footer.y);
  g_assert_cmpfloat (layout.footer.y + layout.footer.height, <=, 600 - 35);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_headings (void)
{
  g_assert_cmpstr (sendco_passport_section_heading (SENDCO_PASSPORT_ABOUT_ME), ==, "About me");
  g_assert_cmpstr (sendco_passport_section_heading (SENDCO_PASSPORT_IMPORTANT), ==, "What’s important to me");
  g_assert_cmpstr (sendco_passport_section_heading (SENDCO_PASSPORT_ADMIRE), ==,
                   "What people like and admire about me");
  g_assert_cmpstr (sendco_passport_section_heading (SENDCO_PASSPORT_SUPPORT), ==, "How best to support me");
  g_assert_cmpstr (sendco_passport_section_heading (SENDCO_PASSPORT_STRENGTHS), ==, "My strengths");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/passport-render/headings", test_headings);
  g_test_add_func ("/passport-render/full-page", test_full_page);
  g_test_add_func ("/passport-render/empty-sections", test_empty_sections);
  g_test_add_func ("/passport-render/long-text-shrinks", test_long_text_shrinks);
  g_test_add_func ("/passport-render/overflow-is-cut", test_overflow_is_cut);
  g_test_add_func ("/passport-render/any-size", test_any_size);

  return g_test_run ();
}
