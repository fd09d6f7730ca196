/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For sendco-demo.c only: the tables the demo school draws its people and
 * places from. Names of people and places are data, never translated. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A family name, in the forms a boy and a girl carry (Kowalski, Kowalska). */
typedef struct
{
  const char *male;
  const char *female;
} SendcoDemoSurname;

/* Names that go together in one family's background; each list is in order
 * of how common the name is, commonest first. */
typedef struct
{
  const char *const       *female;
  guint                    n_female;
  const char *const       *male;
  guint                    n_male;
  const SendcoDemoSurname *surnames;
  guint                    n_surnames;
  guint                    weight;       /* share of pupils, per mille */
  guint                    eal_percent;  /* chance English is an additional language */
} SendcoDemoFamily;

typedef struct
{
  const char *legal;
  const char *preferred;
} SendcoDemoNickname;

typedef struct
{
  guint       code;    /* the DfE's three-digit LA number, as in UPNs */
  const char *name;
} SendcoDemoLocalAuthority;

const SendcoDemoFamily         *sendco_demo_families           (guint *n_families);
const char *const              *sendco_demo_unisex_forenames   (guint *n_names);
const SendcoDemoNickname       *sendco_demo_nicknames          (guint *n_nicknames);
const SendcoDemoLocalAuthority *sendco_demo_local_authorities  (guint *n_authorities);
const char *const              *sendco_demo_places             (guint *n_places);
const char *const              *sendco_demo_saints             (guint *n_saints);
const char *const              *sendco_demo_class_names        (guint  set,
                                                                guint *n_names);

G_END_DECLS
