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

/* Adults: the forenames of the school's staff and visiting professionals
 * born in Britain from the 1960s to the 1990s, commonest first. Families
 * for which sendco_demo_family_has_adult_forenames() is FALSE use their
 * own lists, which span the generations. */
const char *const              *sendco_demo_adult_forenames    (gboolean        female,
                                                                guint          *n_names);
gboolean                        sendco_demo_family_has_adult_forenames (const SendcoDemoFamily *family);

/* The provision library: interventions and support as schools in England
 * run them. Names, descriptions and measures are marked N_(). */

/* Who delivers a provision */
typedef enum
{
  SENDCO_DEMO_BY_TA,
  SENDCO_DEMO_BY_HLTA,
  SENDCO_DEMO_BY_TEACHER,
  SENDCO_DEMO_BY_SENDCO,
  SENDCO_DEMO_BY_SALT,        /* speech and language therapist, bought in */
  SENDCO_DEMO_BY_EP,          /* educational psychologist, traded service */
  SENDCO_DEMO_BY_OT,          /* occupational therapist */
  SENDCO_DEMO_BY_THERAPIST,   /* play therapist in a primary, counsellor in a secondary */
  SENDCO_DEMO_N_DELIVERERS,
} SendcoDemoDeliverer;

/* How a provision runs through the year; a template allows one or more. */
typedef enum
{
  SENDCO_DEMO_RUN_YEAR  = 1 << 0,   /* from September to July */
  SENDCO_DEMO_RUN_BLOCK = 1 << 1,   /* a block of weeks, this term or an earlier one */
  SENDCO_DEMO_RUN_ON    = 1 << 2,   /* began a year or more ago and runs on */
} SendcoDemoRun;

typedef enum
{
  SENDCO_DEMO_CORE       = 1 << 0,  /* nearly every school of the phase runs it */
  SENDCO_DEMO_ALSO_N     = 1 << 1,  /* pupils not on the register can join: those of concern, a few others */
  SENDCO_DEMO_LICENCE    = 1 << 2,  /* the resource cost is a school licence, paid once */
  SENDCO_DEMO_ONE_TO_ONE = 1 << 3,  /* 1:1 support for a pupil with complex needs */
  SENDCO_DEMO_SHARED     = 1 << 4,  /* shared support in class for pupils with EHC plans */
} SendcoDemoProvisionFlags;

typedef struct
{
  const char          *name;
  const char          *area;           /* area of need key; NULL for support, from its pupils */
  int                  wave;           /* 1 universal, 2 targeted, 3 specialist */
  const char          *needs;          /* census codes it suits (primary or secondary need),
                                        * space-separated; "*" for any need */
  int                  first_year;     /* the year groups it is for */
  int                  last_year;
  SendcoDemoDeliverer  by;
  int                  group_min;      /* pupils in a group */
  int                  group_max;
  int                  sessions;       /* a week */
  int                  minutes_min;    /* a session, in steps of 5 */
  int                  minutes_max;
  guint                runs;           /* SendcoDemoRun */
  int                  block_weeks;    /* a block's length; 0 for 10 to 12 weeks */
  int                  resources_min;  /* pounds a year */
  int                  resources_max;
  const char          *measure;        /* entry and exit measure, or NULL */
  const char          *unit;
  gboolean             lower_is_better;
  guint                flags;          /* SendcoDemoProvisionFlags */
  guint                weight;         /* how often schools run it, 1 to 10 */
  const char          *description;
} SendcoDemoProvision;

const SendcoDemoProvision      *sendco_demo_provisions         (guint          *n_provisions);

G_END_DECLS
