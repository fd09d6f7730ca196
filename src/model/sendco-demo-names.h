/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For sendco-demo.c only: the tables the demo school draws its people,
 * places and words from. Names of people and places are data, never
 * translated; the words of plans and reviews are. */
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
const char *const              *sendco_demo_caseworkers        (guint *n_names);

/* The words of plans, reviews, meetings and passports. Unlike names, these
 * are marked N_(): translate each with _() when it is used. */

typedef enum
{
  SENDCO_DEMO_PRIMARY   = 1 << 0,   /* Reception to Year 6 */
  SENDCO_DEMO_SECONDARY = 1 << 1,   /* Year 7 and above */
  SENDCO_DEMO_ANY_AGE   = SENDCO_DEMO_PRIMARY | SENDCO_DEMO_SECONDARY,
} SendcoDemoAges;

/* An outcome of a support plan, with what success looks like, the
 * strategies and the provision that serve it. */
typedef struct
{
  const char    *area;        /* area of need key: communication, cognition, semh, sensory, other */
  const char    *needs;       /* NULL for any need in the area, else census codes, space-separated */
  SendcoDemoAges ages;
  const char    *outcome;
  const char    *success;
  const char    *strategies;
  const char    *provision;
} SendcoDemoOutcome;

/* A line of a pupil passport for pupils with a need in an area. */
typedef struct
{
  const char    *area;
  const char    *needs;
  SendcoDemoAges ages;
  const char    *text;
} SendcoDemoPhrase;

typedef enum
{
  SENDCO_DEMO_PROGRESS_ACHIEVED,
  SENDCO_DEMO_PROGRESS_PARTLY,
  SENDCO_DEMO_PROGRESS_NOT_YET,
  SENDCO_DEMO_ATTENDEES_PRIMARY,
  SENDCO_DEMO_ATTENDEES_SECONDARY,
  SENDCO_DEMO_ATTENDEES_LOOKED_AFTER,
  SENDCO_DEMO_PUPIL_VIEWS_PRIMARY,
  SENDCO_DEMO_PUPIL_VIEWS_SECONDARY,
  SENDCO_DEMO_PARENT_VIEWS,
  SENDCO_DEMO_NEXT_STEPS,
  SENDCO_DEMO_MEETING_WITH,
  SENDCO_DEMO_MEETING_WITH_LOOKED_AFTER,
  SENDCO_DEMO_MEETING_NOTES,
  SENDCO_DEMO_ABOUT_PRIMARY,
  SENDCO_DEMO_ABOUT_SECONDARY,
  SENDCO_DEMO_IMPORTANT,
  SENDCO_DEMO_ADMIRE,
  SENDCO_DEMO_STRENGTHS,
  SENDCO_DEMO_EXCEPTION_CHILD_AWAY,
  SENDCO_DEMO_EXCEPTION_SETTING_CLOSED,
  SENDCO_DEMO_EXCEPTION_CIRCUMSTANCES,
  SENDCO_DEMO_N_TEXTS,
} SendcoDemoText;

const SendcoDemoOutcome        *sendco_demo_outcomes           (guint          *n_outcomes);
const SendcoDemoPhrase         *sendco_demo_support_phrases    (guint          *n_phrases);
const char *const              *sendco_demo_texts              (SendcoDemoText  kind,
                                                                guint          *n_texts);

G_END_DECLS
