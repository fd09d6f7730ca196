/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sendco-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint       n_pupils;     /* 100 to 20,000 */
  guint32     seed;         /* same seed, same school */
  const char *phase;        /* NULL: primary up to 800 pupils, then secondary */
  guint       provisions;   /* the provision library: 10 to 1,000, or 0 for the phase's
                             * usual (about 30 in a primary, 60 in a secondary) */
} SendcoDemoOptions;

#define SENDCO_DEMO_DEFAULT_PUPILS 420
#define SENDCO_DEMO_MIN_PUPILS     100
#define SENDCO_DEMO_MAX_PUPILS     20000
#define SENDCO_DEMO_MIN_PROVISIONS 10
#define SENDCO_DEMO_MAX_PROVISIONS 1000

gboolean sendco_demo_generate (SendcoStore             *store,
                               const SendcoDemoOptions *options,
                               const GDate             *today,
                               GError                 **error);

G_END_DECLS
