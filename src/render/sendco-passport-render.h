/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The five headings of a pupil passport, in the order the page shows them. */
typedef enum
{
  SENDCO_PASSPORT_ABOUT_ME,
  SENDCO_PASSPORT_IMPORTANT,
  SENDCO_PASSPORT_ADMIRE,
  SENDCO_PASSPORT_SUPPORT,
  SENDCO_PASSPORT_STRENGTHS,
  SENDCO_PASSPORT_N_SECTIONS,
} SendcoPassportSection;

/* Everything the one-page passport shows, as plain text. Every string is
 * non-NULL ("" when there is nothing to say). */
typedef struct
{
  char *name;                                  /* the name the pupil goes by */
  char *details;                               /* e.g. "Year 5 · 5A" */
  char *sections[SENDCO_PASSPORT_N_SECTIONS];
  char *school;                                /* the school's name, at the foot */
  char *date;                                  /* as printed at the foot, e.g. "Updated 01/11/2026" */
} SendcoPassportPage;

/* A4 portrait in points. */
#define SENDCO_PASSPORT_A4_WIDTH  595.276
#define SENDCO_PASSPORT_A4_HEIGHT 841.890

/* Where the drawing puts things, in the units of the width and height given
 * to sendco_passport_draw (for tests and for anyone placing things on top). */
typedef struct
{
  double x, y, width, height;
} SendcoPassportBox;

typedef struct
{
  SendcoPassportBox band;                                  /* the colour band with the name */
  SendcoPassportBox sections[SENDCO_PASSPORT_N_SECTIONS];  /* each section's box */
  SendcoPassportBox bodies[SENDCO_PASSPORT_N_SECTIONS];    /* where its text goes, below the heading */
  SendcoPassportBox footer;
  double            body_sizes[SENDCO_PASSPORT_N_SECTIONS];  /* each section's text size, in points */
  guint             truncated;   /* bit i set: section i did not fit and ends with "…" */
} SendcoPassportLayout;

SendcoPassportPage *sendco_passport_page_new           (void);
void                sendco_passport_page_free          (SendcoPassportPage    *page);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoPassportPage, sendco_passport_page_free)

const char         *sendco_passport_section_heading    (SendcoPassportSection  section);

void                sendco_passport_draw               (cairo_t                  *cr,
                                                        const SendcoPassportPage *page,
                                                        double                    width,
                                                        double                    height);
void                sendco_passport_draw_full          (cairo_t                  *cr,
                                                        const SendcoPassportPage *page,
                                                        double                    width,
                                                        double                    height,
                                                        SendcoPassportLayout     *layout);

G_END_DECLS
