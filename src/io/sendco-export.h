/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small things every export shares: the paper a printed or PDF map is laid
 * out on, how a long export says how far it has got, and the check that
 * the place chosen to save in can be written. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Paper for printed maps, always landscape. */
typedef enum
{
  SENDCO_PAPER_A4,
  SENDCO_PAPER_A3,
} SendcoPaper;

/* Landscape page sizes in points. */
#define SENDCO_PAPER_A4_LONG  841.890
#define SENDCO_PAPER_A4_SHORT 595.276
#define SENDCO_PAPER_A3_LONG  1190.551
#define SENDCO_PAPER_A3_SHORT 841.890

/* How far a long job has got: @fraction from 0 to 1, and what it is doing
 * now in words a SENDCO reads (or %NULL when nothing new). Called in the
 * thread that started the job. */
typedef void (*SendcoProgressFunc) (double      fraction,
                                    const char *message,
                                    gpointer    user_data);

char *sendco_export_target_problem (const char *path,
                                    GFileError *code);

static inline void
sendco_paper_size (SendcoPaper paper, double *width, double *height)
{
  *width = paper == SENDCO_PAPER_A3 ? SENDCO_PAPER_A3_LONG : SENDCO_PAPER_A4_LONG;
  *height = paper == SENDCO_PAPER_A3 ? SENDCO_PAPER_A3_SHORT : SENDCO_PAPER_A4_SHORT;
}

G_END_DECLS
