/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo school: a realistic school of any size, the same every time for
 * the same seed and the same day. It serves the first run, screenshots, tests
 * and benchmarks.
 *
 * The work is done in two halves. First each part of the school is planned in
 * memory (plan_*), drawing only from the context's GRand: the school, the
 * pupils, their SEN, history, flags, leavers, monitoring and reviews. Then
 * everything is written through SendcoStore's public API in one transaction
 * (write_*); the parts that hang on the pupils' record numbers (support
 * plans, reviews, parent meetings, passports, EHC plans, annual reviews and
 * requests) are worked out as they are written. Each part draws from its own
 * random stream (part_rand), so a later part can be added without changing
 * the pupils an existing seed gives: staff, the provision library and the
 * pupils' places on it came last. Every record passes the store's own
 * checks: nothing that has happened is dated after the day the school is
 * seen on. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-demo-names.h"
#include "sendco-demo.h"
#include "sendco-ehc.h"
#include "sendco-store-outcome-links.h"
#include "sendco-store-provision.h"
#include "sendco-upn.h"

#define MAX_PERIODS 5
#define N_FEEDERS   12

/* Days: when a new pupil's needs can first be seen, and how long an EHC
 * needs assessment takes (20 weeks) plus the time at SEN support before it. */
#define DAYS_BEFORE_IDENTIFIED 42
#define DAYS_FOR_EHC_PLAN      170

/* The random streams, one per part of the school. */
enum
{
  PART_SCHOOL = 1,
  PART_PUPILS = 2,
  PART_PLANS = 3,
  PART_EHC = 4,
  PART_STAFF = 5,
  PART_PROVISIONS = 6,
  PART_LINKS = 7,
};

typedef enum
{
  JOINED_RECEPTION,
  JOINED_YEAR_7,
  JOINED_SIXTH_FORM,
  JOINED_IN_YEAR,
} DemoJoined;

typedef struct
{
  SendcoSenStatus status;
  const char     *primary;     /* static census codes, NULL for none */
  const char     *secondary;
  guint32         start;       /* Julian day */
  const char     *reason;      /* untranslated, marked N_() */
} DemoPeriod;

typedef struct
{
  SendcoPupil     *pupil;
  int              year_group;
  DemoJoined       joined;
  guint32          start;        /* Julian day of the first day at this school */

  /* SEN now; the history ends with it */
  SendcoSenStatus  status;
  const char      *primary;
  const char      *secondary;
  DemoPeriod       periods[MAX_PERIODS];
  guint            n_periods;
  gboolean         former_sen;   /* was on the register, is not now */

  guint32          left_on;      /* Julian day, 0 while on roll */
  const char      *leave_reason;

  /* Written down as the later parts are, for the provision map */
  gboolean         ehc_requested; /* an EHC needs assessment under way */
  GArray          *open_outcomes; /* DemoOutcome: the open support plan's */
  guint            n_places;      /* places on provisions */
  guint            n_templates;   /* the kinds of provision they have a place on */
  const void      *templates[16];
} DemoPupil;

typedef struct
{
  gint64      id;
  const char *area;   /* interned */
} DemoOutcome;

typedef struct
{
  SendcoStore                    *store;
  GRand                          *rand;
  guint32                         seed;
  GDate                           today;
  guint32                         today_day;    /* Julian */
  int                             school_year;  /* the calendar year it began in */

  const char                     *phase;
  int                             first_year;
  int                             last_year;
  guint                           n_pupils;

  char                           *school_name;
  const SendcoDemoLocalAuthority *la;
  guint                           establishment;
  guint                           feeders[N_FEEDERS];
  int                             class_names;  /* primary class-name set, -1 for "3A" */
  const char                     *tutor_letters;
  GHashTable                     *next_serial;  /* LA, establishment, year -> serial */
  guint                           n_temporary;

  GPtrArray                      *pupils;       /* DemoPupil, in the order written */
  gboolean                        late_decision; /* one LA decision left well overdue */

  guint                           n_provisions; /* the library's size */
  GPtrArray                      *staff;        /* DemoStaff */
  GPtrArray                      *provisions;   /* DemoProvision */
} DemoContext;

static const char check_letters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

static void
demo_pupil_free (gpointer data)
{
  DemoPupil *dp = data;

  g_clear_object (&dp->pupil);
  g_clear_pointer (&dp->open_outcomes, g_array_unref);
  g_free (dp);
}

static void
context_clear (DemoContext *ctx)
{
  g_clear_pointer (&ctx->rand, g_rand_free);
  g_clear_pointer (&ctx->school_name, g_free);
  g_clear_pointer (&ctx->next_serial, g_hash_table_unref);
  g_clear_pointer (&ctx->pupils, g_ptr_array_unref);
  g_clear_pointer (&ctx->staff, g_ptr_array_unref);
  g_clear_pointer (&ctx->provisions, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoContext, context_clear)

/* Random choices */

/* Starts the random stream of one part of the school. */
static void
part_rand (DemoContext *ctx, guint32 part)
{
  guint32 seed[2] = { ctx->seed, part };

  g_clear_pointer (&ctx->rand, g_rand_free);
  ctx->rand = g_rand_new_with_seed_array (seed, G_N_ELEMENTS (seed));
}

/* 0 to @n - 1 */
static guint
pick (DemoContext *ctx, guint n)
{
  g_assert (n > 0 && n <= G_MAXINT32);
  return (guint) g_rand_int_range (ctx->rand, 0, (gint32) n);
}

static gboolean
chance (DemoContext *ctx, guint per_10000)
{
  return pick (ctx, 10000) < per_10000;
}

/* An index into a list in order of how common its names are: the first
 * comes up about three times as often as the last. */
static guint
pick_common (DemoContext *ctx, guint n)
{
  guint a = pick (ctx, n);

  if (chance (ctx, 5000))
    return a;
  return MIN (a, pick (ctx, n));
}

static guint
pick_weighted (DemoContext *ctx, const guint *weights, guint n)
{
  guint total = 0, r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  g_assert (total > 0);

  r = pick (ctx, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  g_assert_not_reached ();
}

static void
shuffle (DemoContext *ctx, guint *items, guint n)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = pick (ctx, i);
      guint swap = items[i - 1];

      items[i - 1] = items[j];
      items[j] = swap;
    }
}

/* @low to @high in steps of @step */
static int
pick_step (DemoContext *ctx, int low, int high, int step)
{
  return low + step * (int) pick (ctx, (guint) ((high - low) / step + 1));
}

/* Dates, as Julian day numbers while planning */

static guint32
julian (int year, GDateMonth month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static guint32
first_of_september (int year)
{
  return julian (year, G_DATE_SEPTEMBER, 1);
}

static char *
iso_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return sendco_date_to_iso (&date);
}

static int
school_year_of_day (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return sendco_school_year_of (&date);
}

/* Term time, near enough: not a weekend, the summer holiday or Christmas. */
static gboolean
is_school_day (const GDate *date)
{
  GDateMonth month = g_date_get_month (date);
  GDateDay day = g_date_get_day (date);

  switch (g_date_get_weekday (date))
    {
    case G_DATE_SATURDAY:
    case G_DATE_SUNDAY:
      return FALSE;
    case G_DATE_BAD_WEEKDAY:
    case G_DATE_MONDAY:
    case G_DATE_TUESDAY:
    case G_DATE_WEDNESDAY:
    case G_DATE_THURSDAY:
    case G_DATE_FRIDAY:
    default:
      break;
    }

  return !(month == G_DATE_AUGUST || (month == G_DATE_JULY && day > 21)
           || (month == G_DATE_DECEMBER && day > 19) || (month == G_DATE_JANUARY && day < 4));
}

/* A school day from @from to @to, when the range has one: the kind of day
 * things happen in a school. */
static guint32
random_day (DemoContext *ctx, guint32 from, guint32 to)
{
  guint32 day = from;
  GDate date;

  g_assert (from <= to);

  g_date_clear (&date, 1);
  for (guint attempt = 0; attempt < 16; attempt++)
    {
      day = from + pick (ctx, to - from + 1);
      g_date_set_julian (&date, day);
      if (is_school_day (&date))
        return day;
    }

  /* A range in the holidays: a weekday in it, at least. */
  for (guint32 d = day; d <= to; d++)
    {
      g_date_set_julian (&date, d);
      if (g_date_get_weekday (&date) < G_DATE_SATURDAY)
        return d;
    }
  for (guint32 d = day; d > from; d--)
    {
      g_date_set_julian (&date, d - 1);
      if (g_date_get_weekday (&date) < G_DATE_SATURDAY)
        return d - 1;
    }
  return day;
}

/* The pupil's year group on @day */
static int
year_group_on (DemoContext *ctx, const DemoPupil *dp, guint32 day)
{
  return dp->year_group - (ctx->school_year - school_year_of_day (day));
}

/* The school */

static const char *
choose_phase (const SendcoDemoOptions *options)
{
  if (options->phase != NULL)
    return options->phase;
  if (options->n_pupils <= 800)
    return "primary";
  if (options->n_pupils <= 3000)
    return "secondary";
  return "all-through";
}

static void
plan_school (DemoContext *ctx)
{
  /* By phase: primary, secondary, all-through */
  static const char *const primary_places[] = {
    " Primary School", " Primary School", " Primary School", " Primary Academy",
    " Community Primary School", NULL,
  };
  static const char *const secondary_places[] = {
    " Academy", " Academy", " High School", " School", " Community College", NULL,
  };
  static const char *const through_places[] = {
    " All-Through School", " Academy", " School", NULL,
  };
  static const char *const primary_saints[] = {
    " Catholic Primary School", " Church of England Primary School", NULL,
  };
  static const char *const secondary_saints[] = {
    " Catholic High School", " Church of England Academy", NULL,
  };
  static const char *const through_saints[] = {
    " Catholic School", " Church of England Academy", NULL,
  };
  static const char *const *const place_suffixes[] = {
    primary_places, secondary_places, through_places,
  };
  static const char *const *const saint_suffixes[] = {
    primary_saints, secondary_saints, through_saints,
  };
  static const char *const tutor_letters[] = {
    "FHKLMPRSTW", "BCDGHJKLMNPRSTW", "AEGHJLMNPRSTVW",
  };
  guint phase = g_str_equal (ctx->phase, "primary") ? 0
                : g_str_equal (ctx->phase, "secondary") ? 1 : 2;
  const char *const *suffixes, *const *names;
  guint n_names, n_authorities;
  const SendcoDemoLocalAuthority *authorities;

  part_rand (ctx, PART_SCHOOL);

  if (chance (ctx, 2500))
    {
      names = sendco_demo_saints (&n_names);
      suffixes = saint_suffixes[phase];
    }
  else
    {
      names = sendco_demo_places (&n_names);
      suffixes = place_suffixes[phase];
    }
  ctx->school_name = g_strconcat (names[pick (ctx, n_names)],
                                  suffixes[pick (ctx, g_strv_length ((char **) suffixes))],
                                  NULL);

  authorities = sendco_demo_local_authorities (&n_authorities);
  ctx->la = &authorities[pick (ctx, n_authorities)];

  /* Establishment numbers: primaries 2xxx, secondaries 4xxx. */
  if (g_str_equal (ctx->phase, "primary"))
    ctx->establishment = 2000 + pick (ctx, 900);
  else
    ctx->establishment = 4000 + pick (ctx, 700);
  for (guint i = 0; i < N_FEEDERS; i++)
    ctx->feeders[i] = 2000 + pick (ctx, 900);

  ctx->class_names = chance (ctx, 5000) ? (int) pick (ctx, 2) : -1;
  ctx->tutor_letters = tutor_letters[pick (ctx, G_N_ELEMENTS (tutor_letters))];
}

/* Pupils: year groups and forms */

/* Spreads the pupils evenly over the year groups; a sixth form year is
 * about 60% of a lower one. */
static void
plan_year_sizes (DemoContext *ctx, guint *sizes)
{
  guint n_years = (guint) (ctx->last_year - ctx->first_year + 1);
  guint total_weight = 0, given = 0;

  for (int year = ctx->first_year; year <= ctx->last_year; year++)
    total_weight += year >= 12 ? 6 : 10;

  for (guint i = 0; i < n_years; i++)
    {
      guint weight = ctx->first_year + (int) i >= 12 ? 6 : 10;

      sizes[i] = (guint) ((guint64) ctx->n_pupils * weight / total_weight);
      given += sizes[i];
    }
  for (guint i = 0; given < ctx->n_pupils; i = (i + 1) % n_years)
    {
      sizes[i]++;
      given++;
    }
}

/* "RA", "3B", "10H"; past the end of the letters, "10H2". */
static char *
form_with_letter (int year, const char *letters, guint index)
{
  guint n_letters = (guint) strlen (letters);
  char letter = letters[index % n_letters];
  guint round = index / n_letters;
  g_autofree char *prefix = year == 0 ? g_strdup ("R") : g_strdup_printf ("%d", year);

  if (round == 0)
    return g_strdup_printf ("%s%c", prefix, letter);
  return g_strdup_printf ("%s%c%u", prefix, letter, round + 1);
}

/* The forms of each year group: classes of up to 30 in a primary (the infant
 * class size limit), tutor groups of about 29, sixth form groups of about 22. */
static GPtrArray *
plan_forms (DemoContext *ctx, const guint *sizes)
{
  GPtrArray *years = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint n_class_names = 0, used_class_names = 0, n_primary_classes = 0;
  const char *const *class_names = NULL;

  for (int year = ctx->first_year; year <= MIN (ctx->last_year, 6); year++)
    n_primary_classes += MAX (1, (sizes[year - ctx->first_year] + 29) / 30);
  if (ctx->class_names >= 0)
    class_names = sendco_demo_class_names ((guint) ctx->class_names, &n_class_names);
  if (n_primary_classes > n_class_names)
    class_names = NULL;

  for (int year = ctx->first_year; year <= ctx->last_year; year++)
    {
      guint size = sizes[year - ctx->first_year];
      guint per_form = year <= 6 ? 30 : year <= 11 ? 29 : 22;
      guint n_forms = MAX (1, (size + per_form - 1) / per_form);
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; i < n_forms; i++)
        {
          if (year <= 6 && class_names != NULL)
            g_strv_builder_add (builder, class_names[used_class_names++]);
          else
            {
              g_autofree char *form =
                form_with_letter (year, year <= 6 ? "ABCDEFGHJKLMNPRSTUVWY" : ctx->tutor_letters,
                                  i);

              g_strv_builder_add (builder, form);
            }
        }
      g_ptr_array_add (years, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }

  return years;
}

/* Pupils: who they are */

static const SendcoDemoFamily *
pick_family (DemoContext *ctx)
{
  guint n_families, total = 0, r;
  const SendcoDemoFamily *families = sendco_demo_families (&n_families);

  for (guint i = 0; i < n_families; i++)
    total += families[i].weight;
  r = pick (ctx, total);
  for (guint i = 0; i < n_families; i++)
    {
      if (r < families[i].weight)
        return &families[i];
      r -= families[i].weight;
    }
  g_assert_not_reached ();
}

static const char *
pick_nickname (DemoContext *ctx, const char *legal)
{
  guint n_nicknames, n_found = 0;
  const SendcoDemoNickname *nicknames = sendco_demo_nicknames (&n_nicknames);
  const char *found[4];

  for (guint i = 0; i < n_nicknames && n_found < G_N_ELEMENTS (found); i++)
    if (g_str_equal (nicknames[i].legal, legal))
      found[n_found++] = nicknames[i].preferred;

  /* Three in ten of those with a usual short form use it: about one pupil
   * in twenty goes by another name. */
  if (n_found == 0 || !chance (ctx, 3000))
    return NULL;
  return found[pick (ctx, n_found)];
}

/* The forenames of a family: its own, and now and then, as in a mixed or a
 * settled family, a British forename with another surname or the other way
 * round. The first family is the British one. */
static const SendcoDemoFamily *
pick_forenames (DemoContext *ctx, const SendcoDemoFamily *family)
{
  guint n_families;
  const SendcoDemoFamily *families = sendco_demo_families (&n_families);

  if (family != &families[0])
    return chance (ctx, 1500) ? &families[0] : family;
  return chance (ctx, 300) ? &families[1 + pick (ctx, n_families - 1)] : family;
}

static void
plan_identity (DemoContext *ctx, DemoPupil *dp)
{
  const SendcoDemoFamily *family = pick_family (ctx);
  const SendcoDemoFamily *forenames = pick_forenames (ctx, family);
  const SendcoDemoSurname *surname = &family->surnames[pick_common (ctx, family->n_surnames)];
  guint gender = pick (ctx, 10000);
  const char *forename, *nickname;
  gboolean female;

  if (gender < 30)
    {
      guint n_unisex;
      const char *const *unisex = sendco_demo_unisex_forenames (&n_unisex);

      sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_GENDER, "X");
      forename = unisex[pick (ctx, n_unisex)];
      female = chance (ctx, 5000);
    }
  else
    {
      female = gender < 30 + 4900;
      sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_GENDER, female ? "F" : "M");
      if (female)
        forename = forenames->female[pick_common (ctx, forenames->n_female)];
      else
        forename = forenames->male[pick_common (ctx, forenames->n_male)];
    }

  sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_LEGAL_FORENAME, forename);
  sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_LEGAL_SURNAME,
                         female ? surname->female : surname->male);

  nickname = pick_nickname (ctx, forename);
  if (nickname)
    sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_PREFERRED_FORENAME, nickname);

  /* A few go by a step-parent's name. */
  if (chance (ctx, 40))
    {
      const SendcoDemoSurname *other = &family->surnames[pick (ctx, family->n_surnames)];

      if (other != surname)
        sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_PREFERRED_SURNAME,
                               female ? other->female : other->male);
    }

  sendco_pupil_set_eal (dp->pupil, chance (ctx, family->eal_percent * 100));
}

static void
plan_date_of_birth (DemoContext *ctx, DemoPupil *dp)
{
  GDate earliest, latest;
  guint32 first, last;
  g_autofree char *iso = NULL;

  g_date_clear (&earliest, 1);
  g_date_clear (&latest, 1);
  sendco_dob_range_for_year (dp->year_group, ctx->school_year, &earliest, &latest);
  first = g_date_get_julian (&earliest);
  last = g_date_get_julian (&latest);

  iso = iso_of (first + pick (ctx, last - first + 1));
  sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_DATE_OF_BIRTH, iso);
}

/* When the pupil started here: in Reception, Year 7 or the sixth form with
 * their year, or part way through, from another school. */
static void
plan_start (DemoContext *ctx, DemoPupil *dp)
{
  int year = dp->year_group;

  if (ctx->first_year >= 7)
    {
      if (year >= 12 && chance (ctx, 2500))
        {
          dp->joined = JOINED_SIXTH_FORM;
          dp->start = first_of_september (ctx->school_year - (year - 12));
        }
      else
        {
          dp->joined = JOINED_YEAR_7;
          dp->start = first_of_september (ctx->school_year - (year - 7));
        }
    }
  else if (year >= 12 && chance (ctx, 1500))
    {
      dp->joined = JOINED_SIXTH_FORM;
      dp->start = first_of_september (ctx->school_year - (year - 12));
    }
  else if (year >= 7 && chance (ctx, 1000))
    {
      dp->joined = JOINED_YEAR_7;
      dp->start = first_of_september (ctx->school_year - (year - 7));
    }
  else
    {
      dp->joined = JOINED_RECEPTION;
      dp->start = first_of_september (ctx->school_year - year);
    }

  if (dp->start + 20 <= ctx->today_day && chance (ctx, 900))
    {
      dp->joined = JOINED_IN_YEAR;
      dp->start = random_day (ctx, dp->start + 20, ctx->today_day);
    }
}

/* A permanent UPN, unique by construction: serials run on per LA,
 * establishment and year of allocation, and move to the next establishment
 * number when they pass 999. */
static char *
allocate_upn (DemoContext *ctx, guint la, guint establishment, guint year)
{
  for (;;)
    {
      gpointer key = GUINT_TO_POINTER (la * 1000000 + establishment * 100 + year);
      gpointer value = NULL;
      guint serial;

      if (g_hash_table_lookup_extended (ctx->next_serial, key, NULL, &value))
        serial = GPOINTER_TO_UINT (value);
      else
        serial = 1 + pick (ctx, 40);

      if (serial > 999)
        {
          establishment = establishment >= 9999 ? 1000 : establishment + 1;
          continue;
        }

      g_hash_table_insert (ctx->next_serial, key,
                           GUINT_TO_POINTER (serial + 1 + (chance (ctx, 3000) ? 1 : 0)));
      return sendco_upn_build (la, establishment, year, serial);
    }
}

/* A temporary UPN, for a new arrival whose permanent one has not come: a
 * letter from the check table in position 13. */
static char *
temporary_upn (DemoContext *ctx)
{
  guint n = ctx->n_temporary++;
  char upn[SENDCO_UPN_LENGTH + 1];

  g_assert (n < 23 * 100);
  g_snprintf (upn, sizeof upn, "?%03u%04u%02u%02u%c", ctx->la->code, ctx->establishment,
              (guint) ctx->school_year % 100, n / 23, check_letters[n % 23]);
  upn[0] = sendco_upn_check_letter (upn);
  return g_strdup (upn);
}

static void
plan_upn (DemoContext *ctx, DemoPupil *dp)
{
  guint year = (guint) (ctx->school_year - dp->year_group) % 100;
  guint la = ctx->la->code, establishment = ctx->establishment;
  g_autofree char *upn = NULL;

  if (dp->joined == JOINED_IN_YEAR && chance (ctx, 600))
    upn = temporary_upn (ctx);
  else if (dp->joined == JOINED_IN_YEAR && chance (ctx, 3000))
    {
      /* New to England: the UPN was allocated here, when they arrived. */
      year = (guint) school_year_of_day (dp->start) % 100;
      upn = allocate_upn (ctx, la, establishment, year);
    }
  else if (dp->joined == JOINED_RECEPTION)
    upn = allocate_upn (ctx, la, establishment, year);
  else
    {
      /* Allocated by the primary school they started at, usually one nearby. */
      if (chance (ctx, 1000))
        {
          guint n_authorities;
          const SendcoDemoLocalAuthority *authorities =
            sendco_demo_local_authorities (&n_authorities);

          la = authorities[pick (ctx, n_authorities)].code;
          establishment = 2000 + pick (ctx, 900);
        }
      else
        establishment = ctx->feeders[pick (ctx, N_FEEDERS)];
      upn = allocate_upn (ctx, la, establishment, year);
    }

  sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_UPN, upn);
}

static void
plan_pupils (DemoContext *ctx)
{
  guint n_years = (guint) (ctx->last_year - ctx->first_year + 1);
  g_autofree guint *sizes = g_new0 (guint, n_years);
  g_autoptr (GPtrArray) forms = NULL;

  plan_year_sizes (ctx, sizes);
  forms = plan_forms (ctx, sizes);

  for (guint i = 0; i < n_years; i++)
    {
      const char *const *year_forms = g_ptr_array_index (forms, i);
      guint n_forms = g_strv_length ((char **) year_forms);

      for (guint j = 0; j < sizes[i]; j++)
        {
          DemoPupil *dp = g_new0 (DemoPupil, 1);

          dp->pupil = sendco_pupil_new ();
          dp->year_group = ctx->first_year + (int) i;
          dp->status = SENDCO_SEN_N;
          sendco_pupil_set_year_group (dp->pupil, dp->year_group);
          sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_FORM, year_forms[j % n_forms]);

          plan_identity (ctx, dp);
          plan_date_of_birth (ctx, dp);
          plan_start (ctx, dp);
          plan_upn (ctx, dp);

          g_ptr_array_add (ctx->pupils, dp);
        }
    }
}

/* Choosing some of the pupils */

typedef guint (*DemoWeightFunc) (DemoContext *ctx, DemoPupil *dp);

/* Chooses up to @quota pupils, each with a chance in proportion to its
 * weight (0 to 100; 0 never). Returns them in the order chosen. */
static GPtrArray *
choose_pupils (DemoContext *ctx, guint quota, DemoWeightFunc weight)
{
  GPtrArray *chosen = g_ptr_array_new ();
  guint n = ctx->pupils->len;
  g_autofree guint *order = g_new (guint, n);
  g_autofree guint8 *taken = g_new0 (guint8, n);
  gboolean any = TRUE;

  for (guint i = 0; i < n; i++)
    order[i] = i;
  shuffle (ctx, order, n);

  while (chosen->len < quota && any)
    {
      any = FALSE;
      for (guint i = 0; i < n && chosen->len < quota; i++)
        {
          DemoPupil *dp;
          guint w;

          if (taken[order[i]])
            continue;
          dp = g_ptr_array_index (ctx->pupils, order[i]);
          w = weight (ctx, dp);
          if (w == 0)
            continue;
          any = TRUE;
          if (pick (ctx, 100) < w)
            {
              taken[order[i]] = TRUE;
              g_ptr_array_add (chosen, dp);
            }
        }
    }

  return chosen;
}

/* SEN: who, and which needs */

static gboolean
is_male (DemoPupil *dp)
{
  return g_str_equal (sendco_pupil_get_text (dp->pupil, SENDCO_PUPIL_GENDER), "M");
}

/* Boys are about twice as likely as girls to be at SEN support and three
 * times at EHC plan; few are identified in Reception; EHC plans build up
 * with age and fall away in the sixth form. */
static guint
sen_support_weight (DemoContext *ctx, DemoPupil *dp)
{
  static const guint by_year[] = { 40, 70, 85, 100, 100, 100, 100, 95, 95, 95, 85, 85, 50, 50 };
  guint w = by_year[CLAMP (dp->year_group, 0, 13)];

  if (dp->status != SENDCO_SEN_N)
    return 0;
  return is_male (dp) ? w : w * 6 / 10;
}

static guint
ehc_plan_weight (DemoContext *ctx, DemoPupil *dp)
{
  static const guint by_year[] = { 50, 60, 70, 85, 85, 85, 85, 100, 100, 100, 100, 100, 70, 70 };
  guint w = by_year[CLAMP (dp->year_group, 0, 13)];

  if (dp->status != SENDCO_SEN_N)
    return 0;
  return MAX (1, is_male (dp) ? w : w * 4 / 10);
}

/* National shares of primary need, per mille, at SEN support and at EHC plan. */
static const struct
{
  const char *code;
  guint       sen_support;
  guint       ehc_plan;
  guint       primary_age;    /* per cent, in Reception to Year 6 */
  guint       secondary_age;  /* per cent, in Year 7 and above */
} need_shares[] = {
  { "SLCN", 240, 180, 130, 50 },
  { "SEMH", 200, 150, 90, 125 },
  { "MLD", 140, 60, 100, 110 },
  { "SPLD", 130, 30, 70, 160 },
  { "ASD", 100, 340, 100, 100 },
  { "NSA", 50, 0, 100, 100 },
  { "OTH", 40, 30, 100, 100 },
  { "PD", 30, 50, 100, 100 },
  { "HI", 20, 20, 100, 100 },
  { "VI", 15, 15, 100, 100 },
  { "SLD", 10, 80, 100, 100 },
  { "MSI", 5, 5, 100, 100 },
  { "PMLD", 0, 30, 100, 100 },
};

/* A need allowed at @status, not @exclude; a secondary need is never NSA. */
static const char *
pick_need (DemoContext *ctx, SendcoSenStatus status, int year_group, const char *exclude,
           gboolean secondary)
{
  guint weights[G_N_ELEMENTS (need_shares)];

  for (guint i = 0; i < G_N_ELEMENTS (need_shares); i++)
    {
      const char *code = need_shares[i].code;
      guint share = status == SENDCO_SEN_E ? need_shares[i].ehc_plan
                                           : need_shares[i].sen_support;

      /* As a secondary need, the rare and severe needs still come up sometimes. */
      if (secondary && share == 0)
        share = 10;
      if (!sendco_need_allowed (status, code) || g_strcmp0 (code, exclude) == 0
          || (secondary && g_str_equal (code, "NSA")))
        weights[i] = 0;
      else
        weights[i] = share * (year_group <= 6 ? need_shares[i].primary_age
                                              : need_shares[i].secondary_age);
    }

  return need_shares[pick_weighted (ctx, weights, G_N_ELEMENTS (weights))].code;
}

/* What the need looked like before it was fully understood, or NULL. */
static const char *
earlier_need (DemoContext *ctx, const char *need)
{
  static const struct
  {
    const char *need;
    const char *before[2];
  } earlier[] = {
    { "ASD", { "SLCN", "SEMH" } }, { "SPLD", { "NSA", "MLD" } }, { "MLD", { "SLCN", "NSA" } },
    { "SEMH", { "NSA", "SLCN" } }, { "SLCN", { "NSA", "NSA" } }, { "SLD", { "MLD", "SLCN" } },
    { "PMLD", { "SLD", "SLD" } }, { "PD", { "OTH", "OTH" } }, { "HI", { "SLCN", "SLCN" } },
    { "VI", { "OTH", "OTH" } }, { "MSI", { "HI", "VI" } }, { "OTH", { "NSA", "NSA" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (earlier); i++)
    if (g_str_equal (earlier[i].need, need))
      return earlier[i].before[pick (ctx, 2)];
  return NULL;
}

static void
plan_sen_statuses (DemoContext *ctx)
{
  guint n = ctx->pupils->len;
  /* About 13% at SEN support and 3% with an EHC plan, a little different
   * from school to school. */
  guint per_mille_e = 26 + pick (ctx, 9);
  guint per_mille_k = 122 + pick (ctx, 17);
  g_autoptr (GPtrArray) ehc = NULL;
  g_autoptr (GPtrArray) support = NULL;

  ehc = choose_pupils (ctx, (n * per_mille_e + 500) / 1000, ehc_plan_weight);
  for (guint i = 0; i < ehc->len; i++)
    ((DemoPupil *) g_ptr_array_index (ehc, i))->status = SENDCO_SEN_E;

  support = choose_pupils (ctx, (n * per_mille_k + 500) / 1000, sen_support_weight);
  for (guint i = 0; i < support->len; i++)
    ((DemoPupil *) g_ptr_array_index (support, i))->status = SENDCO_SEN_K;

  /* Needs in record order, so they do not depend on the order chosen. */
  for (guint i = 0; i < n; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);

      if (dp->status == SENDCO_SEN_N)
        continue;
      dp->primary = pick_need (ctx, dp->status, dp->year_group, NULL, FALSE);
      if (!g_str_equal (dp->primary, "NSA") && chance (ctx, 3300))
        dp->secondary = pick_need (ctx, dp->status, dp->year_group, dp->primary, TRUE);
    }
}

/* SEN history */

static const struct
{
  const char *code;
  const char *identified;
  const char *changed;
} need_reasons[] = {
  { "SLCN", N_("Referred to speech and language therapy; SEN support started"),
    N_("Speech and language therapy assessment completed") },
  { "ASD", N_("Referred for an autism assessment; SEN support started"),
    N_("Autism diagnosis from the community paediatrician") },
  { "SPLD", N_("Dyslexia screening showed specific difficulties"),
    N_("Dyslexia confirmed by a specialist teacher assessment") },
  { "MLD", N_("Attainment well below age-related expectations despite targeted support"),
    N_("Educational psychologist assessment identified broader learning needs") },
  { "SLD", N_("Significant learning needs identified with the educational psychologist"),
    N_("Primary need updated after educational psychologist assessment") },
  { "PMLD", N_("Profound needs identified with health professionals"),
    N_("Primary need updated after a multi-agency review") },
  { "SEMH", N_("Concerns about anxiety and behaviour; SEN support started"),
    N_("Needs reviewed: emotional wellbeing is now the main barrier to learning") },
  { "HI", N_("Hearing loss reported by audiology"),
    N_("Hearing loss confirmed by audiology") },
  { "VI", N_("Advice received from the sensory support service"),
    N_("Vision impairment confirmed by the sensory support service") },
  { "MSI", N_("Advice received from the sensory support service"),
    N_("Multi-sensory impairment confirmed by the sensory support service") },
  { "PD", N_("Occupational therapy report received; SEN support started"),
    N_("Physiotherapy assessment completed") },
  { "OTH", N_("Medical needs affecting learning; SEN support started"),
    N_("Medical diagnosis received; primary need updated") },
  { "NSA", N_("Class teacher concerns; assessment not yet complete"),
    N_("Needs still being assessed") },
};

static const char *
identified_reason (DemoContext *ctx, const DemoPupil *dp, const char *need, guint32 day)
{
  static const char *const general[] = {
    N_("Concerns raised by class teacher and parents; added to SEN support"),
    N_("Identified at a pupil progress meeting"),
    N_("Assessed by the SENDCO after concerns from staff"),
  };
  int year = year_group_on (ctx, dp, day);
  gboolean learning = g_str_equal (need, "SLCN") || g_str_equal (need, "ASD")
                      || g_str_equal (need, "SPLD") || g_str_equal (need, "MLD")
                      || g_str_equal (need, "SEMH") || g_str_equal (need, "NSA");

  if (year == 1 && (g_str_equal (need, "SPLD") || g_str_equal (need, "SLCN")
                    || g_str_equal (need, "MLD")) && chance (ctx, 6000))
    return N_("Identified through phonics screening");
  if (year == 0 && learning && chance (ctx, 3000))
    return N_("Needs identified through the Reception baseline and early observations");
  if (learning && chance (ctx, 4000))
    return general[pick (ctx, G_N_ELEMENTS (general))];

  for (guint i = 0; i < G_N_ELEMENTS (need_reasons); i++)
    if (g_str_equal (need_reasons[i].code, need))
      return need_reasons[i].identified;
  g_assert_not_reached ();
}

static const char *
changed_reason (const char *need)
{
  for (guint i = 0; i < G_N_ELEMENTS (need_reasons); i++)
    if (g_str_equal (need_reasons[i].code, need))
      return need_reasons[i].changed;
  g_assert_not_reached ();
}

static const char *
start_reason (const DemoPupil *dp, SendcoSenStatus status)
{
  switch (status)
    {
    case SENDCO_SEN_K:
      switch (dp->joined)
        {
        case JOINED_RECEPTION: return N_("Needs identified at nursery; SEN support from entry");
        case JOINED_YEAR_7: return N_("SEN support continued from primary school");
        case JOINED_SIXTH_FORM:
        case JOINED_IN_YEAR:
        default:
          return N_("SEN support continued from previous school");
        }
    case SENDCO_SEN_E:
      switch (dp->joined)
        {
        case JOINED_RECEPTION: return N_("EHC plan issued before starting school");
        case JOINED_YEAR_7: return N_("EHC plan transferred from primary school");
        case JOINED_SIXTH_FORM:
        case JOINED_IN_YEAR:
        default:
          return N_("EHC plan transferred from previous school");
        }
    case SENDCO_SEN_N:
    case SENDCO_SEN_INVALID:
    default:
      switch (dp->joined)
        {
        case JOINED_RECEPTION: return N_("Started in Reception");
        case JOINED_YEAR_7: return N_("Joined in Year 7");
        case JOINED_SIXTH_FORM: return N_("Joined the sixth form");
        case JOINED_IN_YEAR:
        default:
          return N_("Joined from another school");
        }
    }
}

static void
add_period (DemoPupil *dp, SendcoSenStatus status, const char *primary, const char *secondary,
            guint32 start, const char *reason)
{
  DemoPeriod *period;

  g_assert (dp->n_periods < MAX_PERIODS);
  g_assert (dp->n_periods > 0 ? start > dp->periods[dp->n_periods - 1].start
                              : start == dp->start);

  period = &dp->periods[dp->n_periods++];
  period->status = status;
  period->primary = primary;
  period->secondary = secondary;
  period->start = start;
  period->reason = reason;
}

/* Chance, per 10,000, that a pupil came with their SEN already known. */
static guint
came_with_sen (const DemoPupil *dp, SendcoSenStatus status)
{
  switch (dp->joined)
    {
    case JOINED_RECEPTION: return status == SENDCO_SEN_E ? 2500 : 500;
    case JOINED_YEAR_7:
    case JOINED_SIXTH_FORM: return status == SENDCO_SEN_E ? 4500 : 5500;
    case JOINED_IN_YEAR:
    default:
      return status == SENDCO_SEN_E ? 5000 : 4000;
    }
}

/* A pupil who was at SEN support, made progress and came off the register. */
static void
plan_former_sen (DemoContext *ctx, DemoPupil *dp)
{
  static const char *const removed[] = {
    N_("Made good progress; no longer needs SEN support"),
    N_("Needs met by quality-first teaching; removed from the register"),
    N_("Targets met; removed from the SEN register after review"),
  };
  guint32 on, off;
  const char *need = pick_need (ctx, SENDCO_SEN_K, dp->year_group, NULL, FALSE);

  if (!g_str_equal (need, "SPLD") && !g_str_equal (need, "SEMH") && !g_str_equal (need, "MLD")
      && !g_str_equal (need, "NSA"))
    need = "SLCN";

  on = random_day (ctx, dp->start + 60, ctx->today_day - 200);
  off = random_day (ctx, on + 150, ctx->today_day - 20);
  add_period (dp, SENDCO_SEN_K, need, NULL, on, identified_reason (ctx, dp, need, on));
  add_period (dp, SENDCO_SEN_N, NULL, NULL, off, removed[pick (ctx, G_N_ELEMENTS (removed))]);
  dp->former_sen = TRUE;
}

static void
plan_sen_support_history (DemoContext *ctx, DemoPupil *dp)
{
  guint32 start = dp->start, today = ctx->today_day;
  const char *before = chance (ctx, 1500) ? earlier_need (ctx, dp->primary) : NULL;
  gboolean came_with = chance (ctx, came_with_sen (dp, SENDCO_SEN_K))
                       || today < start + DAYS_BEFORE_IDENTIFIED;

  if (came_with)
    {
      if (before && today >= start + 120)
        {
          guint32 changed = random_day (ctx, start + 90, today);

          add_period (dp, SENDCO_SEN_K, before, NULL, start, start_reason (dp, SENDCO_SEN_K));
          add_period (dp, SENDCO_SEN_K, dp->primary, dp->secondary, changed,
                      changed_reason (dp->primary));
        }
      else
        add_period (dp, SENDCO_SEN_K, dp->primary, dp->secondary, start,
                    start_reason (dp, SENDCO_SEN_K));
      return;
    }

  add_period (dp, SENDCO_SEN_N, NULL, NULL, start, start_reason (dp, SENDCO_SEN_N));
  if (before && today >= start + DAYS_BEFORE_IDENTIFIED + 120)
    {
      guint32 on = random_day (ctx, start + DAYS_BEFORE_IDENTIFIED, today - 90);
      guint32 changed = random_day (ctx, on + 60, today);

      add_period (dp, SENDCO_SEN_K, before, NULL, on, identified_reason (ctx, dp, before, on));
      add_period (dp, SENDCO_SEN_K, dp->primary, dp->secondary, changed,
                  changed_reason (dp->primary));
    }
  else
    {
      guint32 on = random_day (ctx, start + DAYS_BEFORE_IDENTIFIED, today);

      add_period (dp, SENDCO_SEN_K, dp->primary, dp->secondary, on,
                  identified_reason (ctx, dp, dp->primary, on));
    }
}

/* Most pupils with a plan were at SEN support first; some came with one. */
static void
plan_ehc_plan_history (DemoContext *ctx, DemoPupil *dp)
{
  static const char *const issued[] = {
    N_("EHC plan issued by the local authority"),
    N_("Final EHC plan issued after needs assessment"),
  };
  guint32 start = dp->start, today = ctx->today_day, on;
  const char *support_need = dp->primary;
  gboolean came_with = chance (ctx, came_with_sen (dp, SENDCO_SEN_E))
                       || today < start + DAYS_BEFORE_IDENTIFIED + DAYS_FOR_EHC_PLAN;

  if (chance (ctx, 3000))
    support_need = earlier_need (ctx, dp->primary);
  if (support_need == NULL)
    support_need = dp->primary;

  if (came_with)
    {
      add_period (dp, SENDCO_SEN_E, dp->primary, dp->secondary, start,
                  start_reason (dp, SENDCO_SEN_E));
      return;
    }

  if (dp->joined != JOINED_RECEPTION && chance (ctx, 5000))
    {
      on = start;
      add_period (dp, SENDCO_SEN_K, support_need, NULL, start, start_reason (dp, SENDCO_SEN_K));
    }
  else
    {
      on = random_day (ctx, start + DAYS_BEFORE_IDENTIFIED, today - DAYS_FOR_EHC_PLAN);
      add_period (dp, SENDCO_SEN_N, NULL, NULL, start, start_reason (dp, SENDCO_SEN_N));
      add_period (dp, SENDCO_SEN_K, support_need, NULL, on,
                  identified_reason (ctx, dp, support_need, on));
    }

  add_period (dp, SENDCO_SEN_E, dp->primary, dp->secondary,
              random_day (ctx, on + DAYS_FOR_EHC_PLAN, today),
              issued[pick (ctx, G_N_ELEMENTS (issued))]);
}

static void
plan_histories (DemoContext *ctx)
{
  for (guint i = 0; i < ctx->pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);

      switch (dp->status)
        {
        case SENDCO_SEN_K:
          plan_sen_support_history (ctx, dp);
          break;
        case SENDCO_SEN_E:
          plan_ehc_plan_history (ctx, dp);
          break;
        case SENDCO_SEN_N:
        case SENDCO_SEN_INVALID:
        default:
          add_period (dp, SENDCO_SEN_N, NULL, NULL, dp->start, start_reason (dp, SENDCO_SEN_N));
          if (ctx->today_day >= dp->start + 400 && chance (ctx, 250))
            plan_former_sen (ctx, dp);
          break;
        }
    }
}

/* The start of the pupil's current run on the register, or 0 at N. */
static guint32
on_register_since (const DemoPupil *dp)
{
  guint32 since = 0;

  for (guint i = dp->n_periods; i > 0 && dp->periods[i - 1].status != SENDCO_SEN_N; i--)
    since = dp->periods[i - 1].start;
  return since;
}

static guint32
last_change (const DemoPupil *dp)
{
  return dp->periods[dp->n_periods - 1].start;
}

/* Flags, leavers, monitoring and reviews */

static guint
looked_after_weight (DemoContext *ctx, DemoPupil *dp)
{
  /* More than half of looked-after children have SEN. */
  return dp->status != SENDCO_SEN_N ? 100 : 12;
}

static void
plan_flags (DemoContext *ctx)
{
  guint n = ctx->pupils->len;
  g_autoptr (GPtrArray) looked_after = NULL;

  for (guint i = 0; i < n; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);
      gboolean sen = dp->status != SENDCO_SEN_N || dp->former_sen;

      /* About 24% overall; about 40% of pupils with SEN. */
      sendco_pupil_set_fsm (dp->pupil, chance (ctx, sen ? 4000 : 2100));
    }

  looked_after = choose_pupils (ctx, MAX (1, (n * 7 + 500) / 1000), looked_after_weight);
  for (guint i = 0; i < looked_after->len; i++)
    sendco_pupil_set_lac (((DemoPupil *) g_ptr_array_index (looked_after, i))->pupil, TRUE);
}

/* A leaver left within the last year, after their last SEN change. */
static guint32
earliest_leaving_day (DemoContext *ctx, const DemoPupil *dp)
{
  guint32 earliest = MAX (dp->start + 20, last_change (dp) + 14);

  return MAX (earliest, ctx->today_day - 365);
}

static guint
leaver_weight (DemoContext *ctx, DemoPupil *dp)
{
  return earliest_leaving_day (ctx, dp) <= ctx->today_day ? 100 : 0;
}

static void
plan_leavers (DemoContext *ctx)
{
  static const char *const reasons[] = {
    N_("Moved to another school"), N_("Moved out of the area"), N_("Elective home education"),
    N_("Moved abroad"), N_("Moved to an independent school"),
  };
  static const guint reason_weights[] = { 45, 30, 12, 8, 5 };
  g_autoptr (GPtrArray) leavers = NULL;

  leavers = choose_pupils (ctx, MAX (1, (ctx->pupils->len + 50) / 100), leaver_weight);
  for (guint i = 0; i < leavers->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (leavers, i);

      dp->left_on = random_day (ctx, earliest_leaving_day (ctx, dp), ctx->today_day);
      if (dp->status == SENDCO_SEN_E && chance (ctx, 3000))
        dp->leave_reason = N_("Moved to a special school");
      else
        dp->leave_reason = reasons[pick_weighted (ctx, reason_weights,
                                                  G_N_ELEMENTS (reason_weights))];
    }
}

/* Pupils of concern who are not on the register: about 3% of those at N. */
static void
plan_monitoring (DemoContext *ctx)
{
  static const char *const young[] = {
    N_("Parent raised concerns about reading"), N_("Slow progress in phonics"),
    N_("Speech sounds: awaiting advice from the school nurse"),
    N_("Finding it hard to settle and separate from parent"),
    N_("Fine motor skills and pencil grip"),
  };
  static const char *const any[] = {
    N_("Parent raised concerns about reading"),
    N_("Class teacher concerned about attention in lessons"),
    N_("Friendship difficulties and low mood"), N_("Maths: struggling with number facts"),
    N_("Attendance dropping; weekly check-ins with the pastoral lead"),
    N_("Anxiety before tests reported by parent"),
    N_("Recently arrived; settling in and learning English"),
    N_("Handwriting slow and hard to read"),
  };

  for (guint i = 0; i < ctx->pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);
      guint32 since;
      const char *note;
      g_autofree char *iso = NULL;

      if (dp->status != SENDCO_SEN_N || dp->left_on != 0
          || !chance (ctx, dp->former_sen ? 3500 : 260))
        continue;

      since = random_day (ctx, MAX (last_change (dp), ctx->today_day - 240), ctx->today_day);
      if (dp->former_sen)
        note = N_("Previously on SEN support; monitoring progress");
      else if (dp->year_group <= 2)
        note = young[pick (ctx, G_N_ELEMENTS (young))];
      else
        note = any[pick (ctx, G_N_ELEMENTS (any))];

      iso = iso_of (since);
      sendco_pupil_set_monitoring (dp->pupil, TRUE);
      sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_MONITORING_SINCE, iso);
      sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_MONITORING_NOTE, _(note));
    }
}

/* Most pupils on the register were reviewed this term (within about 14
 * weeks); about one in ten is overdue, last reviewed more than a term ago;
 * the newest have not had a review yet. */
static void
plan_reviews (DemoContext *ctx)
{
  for (guint i = 0; i < ctx->pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);
      guint32 since = on_register_since (dp), end, reviewed;
      g_autofree char *iso = NULL;

      if (since == 0)
        continue;
      end = dp->left_on ? dp->left_on : ctx->today_day;
      if (end < since + DAYS_BEFORE_IDENTIFIED)
        continue;

      if (end >= since + 14 + 130 && chance (ctx, 1000))
        reviewed = random_day (ctx, MAX (since + 14, end - 300), end - 130);
      else
        reviewed = random_day (ctx, MAX (since + 14, end - 98), end);

      iso = iso_of (reviewed);
      sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_LAST_REVIEWED, iso);
    }
}

/* Writing */

static char *
demo_reason (const char *reason)
{
  return g_strconcat ("demo:", _(reason), NULL);
}

static gboolean
write_school (DemoContext *ctx, GError **error)
{
  g_autoptr (SendcoSchool) school = sendco_school_new (ctx->school_name, ctx->la->name,
                                                       ctx->phase);

  sendco_school_set_is_demo (school, TRUE);
  return sendco_store_set_school (ctx->store, school, error);
}

static gboolean
write_pupil (DemoContext *ctx, DemoPupil *dp, GError **error)
{
  const DemoPeriod *first = &dp->periods[0];
  g_autofree char *since = iso_of (first->start);
  g_autofree char *reason = demo_reason (first->reason);
  gint64 id;

  sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_SEN_STATUS,
                         sendco_sen_status_code (first->status));
  sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_PRIMARY_NEED, first->primary);
  sendco_pupil_set_text (dp->pupil, SENDCO_PUPIL_SECONDARY_NEED, first->secondary);
  if (!sendco_store_insert_pupil (ctx->store, dp->pupil, since, reason, error))
    return FALSE;
  id = sendco_pupil_get_id (dp->pupil);

  for (guint i = 1; i < dp->n_periods; i++)
    {
      const DemoPeriod *period = &dp->periods[i];
      g_autofree char *effective = iso_of (period->start);
      g_autofree char *why = demo_reason (period->reason);

      if (!sendco_store_change_sen_status (ctx->store, id, sendco_sen_status_code (period->status),
                                           period->primary, period->secondary, effective, why,
                                           error))
        return FALSE;
    }

  if (dp->left_on)
    {
      g_autofree char *left_on = iso_of (dp->left_on);

      if (!sendco_store_archive_pupil (ctx->store, id, left_on, _(dp->leave_reason), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_pupils (DemoContext *ctx, GError **error)
{
  for (guint i = 0; i < ctx->pupils->len; i++)
    if (!write_pupil (ctx, g_ptr_array_index (ctx->pupils, i), error))
      return FALSE;
  return TRUE;
}

/* The graduated approach: support plans, reviews, parent meetings and
 * passports. Planned and written together, once the pupils have their
 * record numbers, from the PART_PLANS stream. Every date is on or before
 * the day the school is seen on: what is planned ahead is only ever a
 * review date. */

#define MAX_CYCLES 4

static guint32
day_of_iso (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (iso == NULL || !sendco_date_from_iso (iso, &date))
    return 0;
  return g_date_get_julian (&date);
}

static guint32
months_after (guint32 day, guint months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_add_months (&date, months);
  return g_date_get_julian (&date);
}

static guint32
months_before (guint32 day, guint months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_subtract_months (&date, months);
  return g_date_get_julian (&date);
}

/* One of a list of texts, translated */
static const char *
pick_text (DemoContext *ctx, SendcoDemoText kind)
{
  guint n;
  const char *const *texts = sendco_demo_texts (kind, &n);

  return _(texts[pick (ctx, n)]);
}

/* @count different texts from a list, as one paragraph */
static char *
join_texts (DemoContext *ctx, const char *first, SendcoDemoText kind, guint count)
{
  guint n, order[16];
  const char *const *texts = sendco_demo_texts (kind, &n);
  GString *out = g_string_new (first);

  g_assert (n <= G_N_ELEMENTS (order));
  for (guint i = 0; i < n; i++)
    order[i] = i;
  shuffle (ctx, order, n);
  for (guint i = 0; i < MIN (count, n); i++)
    {
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append (out, _(texts[order[i]]));
    }
  return g_string_free (out, FALSE);
}

static const char *
need_area_key (const char *code)
{
  const SendcoNeedType *type = sendco_need_type_lookup (code);

  return sendco_area_key (type ? type->area : SENDCO_AREA_OTHER);
}

/* Whether @code is one of the space-separated @needs (NULL: any) */
static gboolean
need_listed (const char *needs, const char *code)
{
  gsize len = strlen (code);

  if (needs == NULL)
    return TRUE;
  for (const char *p = needs; (p = strstr (p, code)) != NULL; p += len)
    if ((p == needs || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
      return TRUE;
  return FALSE;
}

static SendcoDemoAges
pupil_ages (const DemoPupil *dp)
{
  return dp->year_group <= 6 ? SENDCO_DEMO_PRIMARY : SENDCO_DEMO_SECONDARY;
}

/* An outcome for @need (NULL: one that suits every need in its area) at
 * the pupil's age that the pupil has not had yet (@used has a bit per
 * outcome), or -1. */
static int
pick_outcome (DemoContext *ctx, const DemoPupil *dp, const char *need, guint64 *used)
{
  guint n, n_candidates = 0, candidates[64];
  const SendcoDemoOutcome *bank = sendco_demo_outcomes (&n);
  const char *area = need_area_key (need ? need : dp->primary);
  guint index;

  g_assert (n <= 64);
  for (guint i = 0; i < n; i++)
    if (!(*used & (G_GUINT64_CONSTANT (1) << i)) && (bank[i].ages & pupil_ages (dp))
        && (need ? g_str_equal (bank[i].area, area) && need_listed (bank[i].needs, need)
                 : bank[i].needs == NULL))
      candidates[n_candidates++] = i;

  /* General ones of the primary need's area before those of another */
  if (need == NULL)
    {
      guint same = 0;

      for (guint i = 0; i < n_candidates; i++)
        if (g_str_equal (bank[candidates[i]].area, area))
          candidates[same++] = candidates[i];
      if (same > 0)
        n_candidates = same;
    }
  if (n_candidates == 0)
    return -1;

  index = candidates[pick (ctx, n_candidates)];
  *used |= G_GUINT64_CONSTANT (1) << index;
  return (int) index;
}

static SendcoOutcome *
outcome_from_bank (guint index)
{
  guint n;
  const SendcoDemoOutcome *o = &sendco_demo_outcomes (&n)[index];
  SendcoOutcome *outcome = sendco_outcome_new ();

  sendco_record_set (&outcome->area, o->area);
  sendco_record_set (&outcome->outcome, _(o->outcome));
  sendco_record_set (&outcome->success, _(o->success));
  sendco_record_set (&outcome->strategies, _(o->strategies));
  sendco_record_set (&outcome->provision, _(o->provision));
  return outcome;
}

/* New outcomes up to @target: the first for the primary need, then now and
 * then one for the secondary need; when the pupil has had every outcome
 * for their needs, general ones from the same area, then any area. */
static void
add_new_outcomes (DemoContext *ctx, const DemoPupil *dp, SendcoSupportPlan *plan, guint target,
                  guint64 *used)
{
  while (plan->outcomes->len < target)
    {
      const char *need = dp->primary;
      int index;

      if (dp->secondary && plan->outcomes->len > 0
          && chance (ctx, plan->outcomes->len == 1 ? 7000 : 3000))
        need = dp->secondary;
      index = pick_outcome (ctx, dp, need, used);
      if (index < 0 && need != dp->primary)
        index = pick_outcome (ctx, dp, dp->primary, used);
      if (index < 0)
        index = pick_outcome (ctx, dp, NULL, used);
      if (index < 0)
        return;
      g_ptr_array_add (plan->outcomes, outcome_from_bank ((guint) index));
    }
}

/* When the pupil's support plans were reviewed, oldest first: the last on
 * the day the register says (so the two agree), up to two earlier ones a
 * term apart; and when the first cycle started. FALSE for a pupil with no
 * support plan written down (about one in eight). */
static gboolean
plan_cycles (DemoContext *ctx, const DemoPupil *dp, guint32 *reviews, guint *n_reviews,
             guint32 *first_start)
{
  guint32 since = on_register_since (dp), end = dp->left_on ? dp->left_on : ctx->today_day;
  guint32 last = day_of_iso (sendco_pupil_get_text (dp->pupil, SENDCO_PUPIL_LAST_REVIEWED));

  *n_reviews = 0;
  if (since == 0 || end < since + 7 || !chance (ctx, dp->status == SENDCO_SEN_K ? 8800 : 8000))
    return FALSE;

  if (last >= since + 14 && last <= end)
    {
      guint32 found[MAX_CYCLES - 1];
      guint n = 0, span;

      found[n++] = last;
      while (n < G_N_ELEMENTS (found) && found[n - 1] >= since + 35 + 98 && chance (ctx, 7000))
        {
          found[n] = random_day (ctx, found[n - 1] - 98, found[n - 1] - 63);
          n++;
        }
      for (guint i = 0; i < n; i++)
        reviews[i] = found[n - 1 - i];
      *n_reviews = n;

      /* The first cycle kept ran about a term before its review: soon
       * after the pupil joined the register, or a term before that review
       * for a pupil on it longer than Sendco has kept their plans. */
      if (reviews[0] >= since + 98 + 28)
        *first_start = random_day (ctx, reviews[0] - 98, reviews[0] - 63);
      else
        {
          span = reviews[0] >= since + 56 ? 28 : reviews[0] >= since + 28 ? reviews[0] - since - 28 : 0;
          *first_start = random_day (ctx, since, since + span);
        }
    }
  else
    *first_start = random_day (ctx, since, since + MIN (21, end - since));
  return TRUE;
}

static SendcoDemoText
attendees_for (const DemoPupil *dp)
{
  if (sendco_pupil_get_lac (dp->pupil))
    return SENDCO_DEMO_ATTENDEES_LOOKED_AFTER;
  return dp->year_group <= 6 ? SENDCO_DEMO_ATTENDEES_PRIMARY : SENDCO_DEMO_ATTENDEES_SECONDARY;
}

/* The cycles, each saved, then reviewed on its day; unfinished outcomes
 * are carried over into the next, and new ones added. The last is open. */
static gboolean
write_support_plan (DemoContext *ctx, DemoPupil *dp, const guint32 *reviews,
                    guint n_reviews, guint32 first_start, GError **error)
{
  static const char *const progress_keys[] = { "achieved", "partly", "not-yet" };
  static const SendcoDemoText progress_notes[] = {
    SENDCO_DEMO_PROGRESS_ACHIEVED, SENDCO_DEMO_PROGRESS_PARTLY, SENDCO_DEMO_PROGRESS_NOT_YET,
  };
  static const guint progress_weights[] = { 35, 45, 20 };
  g_autoptr (SendcoSupportPlan) plan = sendco_support_plan_new ();
  gint64 id = sendco_pupil_get_id (dp->pupil);
  guint32 start = first_start;
  guint64 used = 0;

  plan->pupil_id = id;
  add_new_outcomes (ctx, dp, plan, 2 + pick (ctx, 3), &used);

  for (guint c = 0;; c++)
    {
      g_autoptr (SendcoPlanReview) review = NULL;
      g_autoptr (SendcoSupportPlan) next = NULL;
      g_autofree char *start_iso = iso_of (start), *review_iso = NULL, *held = NULL;
      guint32 review_on;

      /* A term ahead; a review is held on the day planned or a few days late. */
      if (c < n_reviews)
        review_on = MAX (start, reviews[c] - pick (ctx, 8));
      else
        review_on = random_day (ctx, start + 70, start + 98);
      review_iso = iso_of (review_on);
      sendco_record_set (&plan->start_date, start_iso);
      sendco_record_set (&plan->review_date, review_iso);
      if (!sendco_store_save_support_plan (ctx->store, plan, error))
        return FALSE;
      if (c == n_reviews)
        {
          /* The open plan's outcomes, for the provisions that serve them */
          dp->open_outcomes = g_array_sized_new (FALSE, FALSE, sizeof (DemoOutcome),
                                                 plan->outcomes->len);
          for (guint i = 0; i < plan->outcomes->len; i++)
            {
              SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);
              DemoOutcome kept = { outcome->id, g_intern_string (outcome->area) };

              g_array_append_val (dp->open_outcomes, kept);
            }
          return TRUE;
        }

      for (guint i = 0; i < plan->outcomes->len; i++)
        {
          SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);
          guint p = pick_weighted (ctx, progress_weights, G_N_ELEMENTS (progress_weights));

          sendco_record_set (&outcome->progress, progress_keys[p]);
          sendco_record_set (&outcome->progress_note,
                             chance (ctx, 7000) ? pick_text (ctx, progress_notes[p]) : "");
        }
      review = sendco_plan_review_new ();
      held = iso_of (reviews[c]);
      sendco_record_set (&review->held_on, held);
      sendco_record_set (&review->attendees, pick_text (ctx, attendees_for (dp)));
      sendco_record_set (&review->pupil_views,
                         pick_text (ctx, dp->year_group <= 6 ? SENDCO_DEMO_PUPIL_VIEWS_PRIMARY
                                                             : SENDCO_DEMO_PUPIL_VIEWS_SECONDARY));
      sendco_record_set (&review->parent_views, pick_text (ctx, SENDCO_DEMO_PARENT_VIEWS));
      sendco_record_set (&review->next_steps, pick_text (ctx, SENDCO_DEMO_NEXT_STEPS));
      if (!sendco_store_hold_plan_review (ctx->store, plan, review, NULL, NULL, error))
        return FALSE;

      /* The next cycle starts on the day of the review. */
      next = sendco_support_plan_new ();
      next->pupil_id = id;
      for (guint i = 0; i < plan->outcomes->len; i++)
        {
          SendcoOutcome *outcome = g_ptr_array_index (plan->outcomes, i);
          SendcoOutcome *carried;

          if (g_str_equal (outcome->progress, "achieved"))
            continue;
          carried = sendco_outcome_copy (outcome);
          carried->carried_from = outcome->id;
          carried->id = 0;
          sendco_record_set (&carried->progress, "");
          sendco_record_set (&carried->progress_note, "");
          g_ptr_array_add (next->outcomes, carried);
        }
      add_new_outcomes (ctx, dp, next, MAX (next->outcomes->len, 2 + pick (ctx, 3)), &used);
      g_clear_pointer (&plan, sendco_support_plan_free);
      plan = g_steal_pointer (&next);
      start = reviews[c];
    }
}

/* A meeting with @usual, the parent or carer who usually comes, or now
 * and then someone else. */
static gboolean
add_meeting (DemoContext *ctx, const DemoPupil *dp, guint32 day, const char *usual, const char *notes,
             GError **error)
{
  g_autoptr (SendcoParentMeeting) meeting = sendco_parent_meeting_new ();
  g_autofree char *iso = iso_of (day);

  meeting->pupil_id = sendco_pupil_get_id (dp->pupil);
  sendco_record_set (&meeting->held_on, iso);
  sendco_record_set (&meeting->with_whom,
                     chance (ctx, 7500) ? usual
                                        : pick_text (ctx, sendco_pupil_get_lac (dp->pupil)
                                                            ? SENDCO_DEMO_MEETING_WITH_LOOKED_AFTER
                                                            : SENDCO_DEMO_MEETING_WITH));
  sendco_record_set (&meeting->notes, notes ? notes : pick_text (ctx, SENDCO_DEMO_MEETING_NOTES));
  return sendco_store_add_parent_meeting (ctx->store, meeting, error);
}

/* Last school year and this one, term by term while on the register: most
 * terms one meeting, often on the day of a plan review; some none, a few
 * two. So this year's count runs from 0 to 3. */
static gboolean
write_parent_meetings (DemoContext *ctx, const DemoPupil *dp, const guint32 *reviews,
                       guint n_reviews, GError **error)
{
  guint32 since = on_register_since (dp), end = dp->left_on ? dp->left_on : ctx->today_day;
  const char *usual = pick_text (ctx, sendco_pupil_get_lac (dp->pupil)
                                        ? SENDCO_DEMO_MEETING_WITH_LOOKED_AFTER
                                        : SENDCO_DEMO_MEETING_WITH);

  for (int year = ctx->school_year - 1; year <= ctx->school_year; year++)
    {
      guint held = 0;
      const guint32 terms[3][2] = {
        { julian (year, G_DATE_SEPTEMBER, 3), julian (year, G_DATE_DECEMBER, 18) },
        { julian (year + 1, G_DATE_JANUARY, 5), julian (year + 1, G_DATE_MARCH, 31) },
        { julian (year + 1, G_DATE_APRIL, 15), julian (year + 1, G_DATE_JULY, 20) },
      };

      for (guint t = 0; t < G_N_ELEMENTS (terms); t++)
        {
          guint32 from = MAX (terms[t][0], since), to = MIN (terms[t][1], end), review_day = 0;

          if (from > to || held >= 3)
            continue;
          for (guint r = 0; r < n_reviews; r++)
            if (reviews[r] >= from && reviews[r] <= to)
              review_day = reviews[r];

          if (review_day && chance (ctx, 7500))
            {
              if (!add_meeting (ctx, dp, review_day, usual,
                                _("Support plan review: went through the outcomes together."), error))
                return FALSE;
              held++;
            }
          else if (chance (ctx, 6000))
            {
              if (!add_meeting (ctx, dp, random_day (ctx, from, to), usual, NULL, error))
                return FALSE;
              held++;
            }
          /* now and then another, up to the three a year the Code expects */
          if (held < 3 && chance (ctx, 1200))
            {
              if (!add_meeting (ctx, dp, random_day (ctx, from, to), usual, NULL, error))
                return FALSE;
              held++;
            }
        }
    }
  return TRUE;
}

/* "How best to support me": one line for each need, and one for everyone. */
static char *
passport_support (DemoContext *ctx, const DemoPupil *dp)
{
  const char *needs[2] = { dp->primary, dp->secondary };
  GString *out = g_string_new (NULL);
  guint n;
  const SendcoDemoPhrase *phrases = sendco_demo_support_phrases (&n);

  for (guint k = 0; k < G_N_ELEMENTS (needs); k++)
    {
      guint candidates[64], n_candidates = 0;

      if (needs[k] == NULL)
        continue;
      g_assert (n <= G_N_ELEMENTS (candidates));
      for (guint i = 0; i < n; i++)
        if (g_str_equal (phrases[i].area, need_area_key (needs[k])) && (phrases[i].ages & pupil_ages (dp))
            && need_listed (phrases[i].needs, needs[k]))
          candidates[n_candidates++] = i;
      if (n_candidates == 0)
        continue;
      g_string_append (out, _(phrases[candidates[pick (ctx, n_candidates)]].text));
      g_string_append_c (out, ' ');
    }
  g_string_append (out, _("Praise me when I try hard, not only when I get things right."));
  return g_string_free (out, FALSE);
}

/* A one-page profile in the pupil's own words. */
static gboolean
write_passport (DemoContext *ctx, const DemoPupil *dp, GError **error)
{
  g_autoptr (SendcoPassport) passport = sendco_passport_new ();
  g_autofree char *year = sendco_year_group_label (dp->year_group);
  g_autofree char *name = g_strdup_printf (_("My name is %s and I am in %s."),
                                           sendco_pupil_get_forename (dp->pupil), year);

  passport->pupil_id = sendco_pupil_get_id (dp->pupil);
  g_free (passport->about_me);
  passport->about_me = join_texts (ctx, name, dp->year_group <= 6 ? SENDCO_DEMO_ABOUT_PRIMARY
                                                                  : SENDCO_DEMO_ABOUT_SECONDARY, 2);
  g_free (passport->important);
  passport->important = join_texts (ctx, "", SENDCO_DEMO_IMPORTANT, 2);
  g_free (passport->admire);
  passport->admire = join_texts (ctx, "", SENDCO_DEMO_ADMIRE, 2);
  g_free (passport->support);
  passport->support = passport_support (ctx, dp);
  g_free (passport->strengths);
  passport->strengths = join_texts (ctx, "", SENDCO_DEMO_STRENGTHS, 1 + pick (ctx, 2));
  return sendco_store_save_passport (ctx->store, passport, error);
}

static gboolean
write_graduated_approach (DemoContext *ctx, GError **error)
{
  part_rand (ctx, PART_PLANS);

  for (guint i = 0; i < ctx->pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);
      guint32 reviews[MAX_CYCLES];
      guint n_reviews = 0;
      guint32 first_start = 0;

      if (dp->status == SENDCO_SEN_N)
        continue;
      if (plan_cycles (ctx, dp, reviews, &n_reviews, &first_start)
          && !write_support_plan (ctx, dp, reviews, n_reviews, first_start, error))
        return FALSE;
      if (!write_parent_meetings (ctx, dp, reviews, n_reviews, error))
        return FALSE;
      if (dp->left_on == 0 && chance (ctx, 5000) && !write_passport (ctx, dp, error))
        return FALSE;
    }
  return TRUE;
}

/* EHC plans, their annual reviews and needs assessment requests, from the
 * PART_EHC stream. Every pupil with an EHC plan has a plan record, issued
 * the day their SEN status became E (or before they came, for those who
 * came with one); reviews each year after, the last few kept as records
 * with the date each step was done, the next one planned with the steps
 * done so far. Requests for EHC needs assessments at every stage are for
 * pupils at SEN support, and the plans issued lately have theirs. */

#define MAX_MEETINGS 24
#define KEPT_REVIEWS 3

typedef struct
{
  guint32 planned;
  guint32 held;      /* 0: not held yet */
} DemoMeeting;

/* @date set to @day when it is on or before @limit; the step is then done. */
static gboolean
set_step (char **date, guint32 day, guint32 limit)
{
  g_autofree char *iso = NULL;

  if (day == 0 || day > limit)
    return FALSE;
  iso = iso_of (day);
  sendco_record_set (date, iso);
  return TRUE;
}

static void
review_steps (DemoContext *ctx, SendcoAnnualReview *a, const DemoMeeting *m, guint32 limit,
              gboolean transfer)
{
  guint32 planned = m->planned, held = m->held, decided = 0, notice = 0;
  g_autofree char *meeting_on = iso_of (planned);

  sendco_record_set (&a->meeting_on, meeting_on);

  /* Before the meeting: views from 8 weeks, invitations 3 to 6 weeks and
   * papers 2 weeks before, now and then late; for a meeting still to come,
   * done if the day has come, usually. */
  if (held || chance (ctx, 8500))
    set_step (&a->views_gathered_on, planned - 49 - pick (ctx, 15), limit);
  if (held || chance (ctx, 8000))
    set_step (&a->invitations_sent_on,
              chance (ctx, 800) ? planned - 7 - pick (ctx, 7) : planned - 21 - pick (ctx, 22), limit);
  if (held || chance (ctx, 8000))
    set_step (&a->papers_circulated_on,
              chance (ctx, 1000) ? planned - 3 - pick (ctx, 10) : planned - 14 - pick (ctx, 3), limit);
  if (held == 0)
    return;
  set_step (&a->meeting_held_on, held, limit);

  /* After: the report within 2 weeks, the LA's decision within 4, mostly;
   * once in the school, an LA decision well overdue. */
  if (!set_step (&a->report_sent_on,
                 chance (ctx, 1000) ? held + 15 + pick (ctx, 14) : held + 3 + pick (ctx, 12), limit))
    return;
  if (!ctx->late_decision && limit == ctx->today_day && limit >= held + 35 && limit <= held + 90)
    {
      ctx->late_decision = TRUE;
      return;
    }
  decided = chance (ctx, 1500) ? held + 29 + pick (ctx, 40) : held + 14 + pick (ctx, 15);
  if (!set_step (&a->la_decision_on, decided, limit))
    return;
  sendco_record_set (&a->la_decision, transfer || chance (ctx, 4000) ? "amend" : "maintain");
  if (!g_str_equal (a->la_decision, "amend"))
    return;
  notice = decided + pick (ctx, 8);
  if (!set_step (&a->amendment_notice_on, notice, limit))
    return;
  set_step (&a->amended_plan_on,
            chance (ctx, 1000) ? notice + 57 + pick (ctx, 30) : notice + 28 + pick (ctx, 29), limit);
}

/* The review meetings from the plan's issue on: held each year, now and
 * then late; before a phase or post-16 transfer, brought forward into the
 * autumn term. The last may be planned, not held; or, now and then, a
 * review due lately was not planned at all. Returns how many. */
static guint
plan_meetings (DemoContext *ctx, const DemoPupil *dp, guint32 issued, guint32 transfer_deadline,
               DemoMeeting *meetings)
{
  guint32 end = dp->left_on ? dp->left_on : ctx->today_day, prev = issued;
  guint n = 0;

  while (n < MAX_MEETINGS)
    {
      guint32 due = months_after (prev, 12), planned;

      if (dp->left_on == 0 && due <= ctx->today_day && due + 90 > ctx->today_day && chance (ctx, 800))
        break;

      if (transfer_deadline && due > transfer_deadline - 28
          && prev < first_of_september (ctx->school_year) - 60)
        planned = random_day (ctx, julian (ctx->school_year, G_DATE_OCTOBER, 1),
                              julian (ctx->school_year, G_DATE_DECEMBER, 11));
      else if (chance (ctx, 600))
        planned = random_day (ctx, due + 7, due + 42);
      else
        planned = random_day (ctx, due - 42, due - 7);

      if (planned > end)
        {
          if (dp->left_on == 0 && planned <= ctx->today_day + 70)
            meetings[n++] = (DemoMeeting) { planned, 0 };
          break;
        }
      meetings[n].planned = planned;
      meetings[n].held = chance (ctx, 800) ? MIN (end, planned + 1 + pick (ctx, 10)) : planned;
      prev = meetings[n].held;
      n++;
    }
  return n;
}

static gboolean
write_ehc_plan (DemoContext *ctx, const DemoPupil *dp, const char *caseworker, GError **error)
{
  g_autoptr (SendcoEhcPlan) plan = sendco_ehc_plan_new ();
  DemoMeeting meetings[MAX_MEETINGS];
  guint32 e_start = dp->periods[dp->n_periods - 1].start, issued = e_start, deadline = 0;
  guint32 limit = dp->left_on ? dp->left_on : ctx->today_day;
  SendcoTransfer transfer = SENDCO_TRANSFER_NONE;
  guint n, first_kept;
  g_autofree char *issued_iso = NULL;

  g_assert (dp->status == SENDCO_SEN_E && dp->periods[dp->n_periods - 1].status == SENDCO_SEN_E);

  /* Those who came with a plan had it issued before, from the age of two. */
  if (dp->periods[0].status == SENDCO_SEN_E)
    {
      guint32 earliest = day_of_iso (sendco_pupil_get_text (dp->pupil, SENDCO_PUPIL_DATE_OF_BIRTH)) + 730;

      if (e_start > earliest + 30)
        issued = MAX (earliest, e_start - 30 - pick (ctx, 700));
    }

  /* Transfers in the coming year */
  if (dp->left_on == 0)
    {
      if (dp->year_group == 6 && g_str_equal (ctx->phase, "primary"))
        transfer = SENDCO_TRANSFER_PHASE;
      else if (dp->year_group == 11)
        transfer = SENDCO_TRANSFER_POST16;
      else if (dp->year_group == 13 && chance (ctx, 3500))
        transfer = SENDCO_TRANSFER_POST16_MOVE;
    }
  if (transfer == SENDCO_TRANSFER_PHASE)
    deadline = julian (ctx->school_year + 1, G_DATE_FEBRUARY, 15);
  else if (transfer == SENDCO_TRANSFER_POST16)
    deadline = julian (ctx->school_year + 1, G_DATE_MARCH, 31);
  else if (transfer == SENDCO_TRANSFER_POST16_MOVE)
    {
      guint32 move = julian (ctx->school_year + 1, G_DATE_SEPTEMBER, 1);
      g_autofree char *move_iso = iso_of (move);

      deadline = months_before (move, 5);
      sendco_record_set (&plan->post16_move_on, move_iso);
    }

  n = plan_meetings (ctx, dp, issued, transfer == SENDCO_TRANSFER_POST16_MOVE ? 0 : deadline, meetings);

  /* The last few are kept as records, from when the pupil was here; the one
   * before them is the plan's "last review"; now and then none are kept. */
  first_kept = n > KEPT_REVIEWS ? n - KEPT_REVIEWS : 0;
  while (first_kept < n && meetings[first_kept].planned < dp->start)
    first_kept++;
  if (chance (ctx, 1500))
    while (first_kept < n && meetings[first_kept].held)
      first_kept++;

  plan->pupil_id = sendco_pupil_get_id (dp->pupil);
  issued_iso = iso_of (issued);
  sendco_record_set (&plan->local_authority, ctx->la->name);
  sendco_record_set (&plan->caseworker, caseworker);
  sendco_record_set (&plan->issued_on, issued_iso);
  if (first_kept > 0)
    {
      g_autofree char *last = iso_of (meetings[first_kept - 1].held);

      sendco_record_set (&plan->last_review_on, last);
    }
  sendco_record_set (&plan->transfer, sendco_transfer_key (transfer));
  if (transfer == SENDCO_TRANSFER_PHASE || transfer == SENDCO_TRANSFER_POST16)
    plan->transfer_year = ctx->school_year + 1;
  if (!sendco_store_save_ehc_plan (ctx->store, plan, error))
    return FALSE;

  for (guint i = first_kept; i < n; i++)
    {
      g_autoptr (SendcoAnnualReview) review = sendco_annual_review_new ();

      review->plan_id = plan->id;
      review_steps (ctx, review, &meetings[i], limit, transfer != SENDCO_TRANSFER_NONE);
      if (!sendco_store_save_annual_review (ctx->store, review, error))
        return FALSE;
    }
  return TRUE;
}

typedef enum
{
  STAGE_RECEIVED,       /* just received */
  STAGE_DECISION_LATE,  /* the 6 weeks have passed with no decision */
  STAGE_ASSESSING,      /* decided to assess; advice coming in */
  STAGE_DRAFT,          /* the draft plan is with the parents */
  STAGE_PAST_20_WEEKS,  /* no final plan after 20 weeks, an exception recorded */
  STAGE_NOT_ASSESSED,   /* the LA decided not to assess */
  STAGE_NOT_ISSUING,    /* assessed, and no plan to be issued */
  N_STAGES,
} DemoStage;

static gboolean
save_request (DemoContext *ctx, gint64 pupil_id, guint32 received, guint32 decided,
              const char *decision, guint32 advice, guint32 draft, guint32 final_plan,
              guint32 not_issuing, GError **error)
{
  g_autoptr (SendcoEhcRequest) r = sendco_ehc_request_new ();
  guint32 today = ctx->today_day;

  r->pupil_id = pupil_id;
  set_step (&r->received_on, received, today);
  if (set_step (&r->decision_on, decided, today))
    sendco_record_set (&r->decision, decision);
  set_step (&r->advice_on, advice, today);
  set_step (&r->draft_sent_on, draft, today);
  set_step (&r->final_plan_on, final_plan, today);
  set_step (&r->not_issuing_on, not_issuing, today);

  /* Past 20 weeks with no final plan: the reason, when the law allows one */
  if (final_plan == 0 && not_issuing == 0 && g_strcmp0 (decision, "assess") == 0
      && today > received + 140)
    {
      static const char *const exceptions[] = { "child-away", "setting-closed", "exceptional-circumstances" };
      static const SendcoDemoText notes[] = {
        SENDCO_DEMO_EXCEPTION_CHILD_AWAY, SENDCO_DEMO_EXCEPTION_SETTING_CLOSED,
        SENDCO_DEMO_EXCEPTION_CIRCUMSTANCES,
      };
      guint e = pick (ctx, G_N_ELEMENTS (exceptions));

      sendco_record_set (&r->exception, exceptions[e]);
      sendco_record_set (&r->exception_note, pick_text (ctx, notes[e]));
    }
  return sendco_store_save_ehc_request (ctx->store, r, error);
}

/* The request that led to a plan issued here lately: received 18 to 21
 * weeks before (once in a while later than the law allows), each step in
 * turn, the final plan the day the plan was issued. */
static gboolean
write_completed_request (DemoContext *ctx, const DemoPupil *dp, GError **error)
{
  guint32 issued = dp->periods[dp->n_periods - 1].start;
  guint32 support = on_register_since (dp);
  guint32 received = issued - 126 - pick (ctx, chance (ctx, 2000) ? 40 : 22);
  guint32 decided, advice, draft;

  if (dp->periods[0].status == SENDCO_SEN_E || issued + 730 < ctx->today_day)
    return TRUE;
  received = MAX (received, support + 14);
  if (issued < received + 100)
    return TRUE;

  decided = received + 35 + pick (ctx, 8);
  advice = received + 70 + pick (ctx, 20);
  draft = MAX (advice + 1, issued - 15 - pick (ctx, 15));
  return save_request (ctx, sendco_pupil_get_id (dp->pupil), received, decided, "assess", advice,
                       draft, issued, 0, error);
}

/* Requests for pupils at SEN support, at least one at every stage. */
static gboolean
write_open_requests (DemoContext *ctx, GError **error)
{
  static const DemoStage extra_stages[] = {
    STAGE_RECEIVED, STAGE_ASSESSING, STAGE_DRAFT, STAGE_NOT_ASSESSED,
  };
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) stages = g_array_new (FALSE, FALSE, sizeof (DemoStage));
  guint32 today = ctx->today_day;

  for (guint i = 0; i < ctx->pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);

      if (dp->status == SENDCO_SEN_K && dp->left_on == 0)
        g_array_append_val (candidates, i);
    }
  shuffle (ctx, (guint *) (gpointer) candidates->data, candidates->len);

  for (DemoStage stage = 0; stage < N_STAGES; stage++)
    g_array_append_val (stages, stage);
  for (guint i = 0; i < candidates->len / 40; i++)
    g_array_append_val (stages, extra_stages[pick (ctx, G_N_ELEMENTS (extra_stages))]);

  for (guint s = 0; s < stages->len; s++)
    {
      DemoStage stage = g_array_index (stages, DemoStage, s);
      guint32 received = 0, decided = 0, advice = 0, draft = 0, not_issuing = 0;
      const char *decision = "assess";
      DemoPupil *dp = NULL;

      switch (stage)
        {
        case STAGE_RECEIVED:
          received = random_day (ctx, today - 20, today - 1);
          decided = 0;
          break;
        case STAGE_DECISION_LATE:
          received = random_day (ctx, today - 62, today - 45);
          decided = 0;
          break;
        case STAGE_ASSESSING:
          received = random_day (ctx, today - 100, today - 50);
          decided = received + 28 + pick (ctx, 15);
          advice = received + 70 + pick (ctx, 14);
          break;
        case STAGE_DRAFT:
          received = random_day (ctx, today - 130, today - 105);
          decided = received + 30 + pick (ctx, 12);
          advice = received + 70 + pick (ctx, 14);
          draft = random_day (ctx, MAX (advice + 7, today - 14), today - 1);
          break;
        case STAGE_PAST_20_WEEKS:
          received = random_day (ctx, today - 185, today - 150);
          decided = received + 35 + pick (ctx, 8);
          advice = received + 75 + pick (ctx, 15);
          draft = chance (ctx, 5000) ? received + 120 + pick (ctx, 20) : 0;
          break;
        case STAGE_NOT_ASSESSED:
          received = random_day (ctx, today - 200, today - 45);
          decided = received + 30 + pick (ctx, 13);
          decision = "not-assess";
          break;
        case STAGE_NOT_ISSUING:
          received = random_day (ctx, today - 260, today - 120);
          decided = received + 35 + pick (ctx, 8);
          advice = received + 75 + pick (ctx, 10);
          not_issuing = received + 100 + pick (ctx, 12);
          break;
        case N_STAGES:
        default:
          g_assert_not_reached ();
        }

      /* The first pupil still free who has been at SEN support a while */
      for (guint c = 0; c < candidates->len && dp == NULL; c++)
        {
          guint index = g_array_index (candidates, guint, c);
          DemoPupil *candidate;

          if (index == G_MAXUINT)
            continue;
          candidate = g_ptr_array_index (ctx->pupils, index);
          if (on_register_since (candidate) + 60 <= received)
            {
              dp = candidate;
              g_array_index (candidates, guint, c) = G_MAXUINT;
            }
        }
      if (dp == NULL)
        continue;

      if (!save_request (ctx, sendco_pupil_get_id (dp->pupil), received, decided,
                         decided ? decision : NULL, advice, draft, 0, not_issuing, error))
        return FALSE;
      if (stage == STAGE_ASSESSING || stage == STAGE_DRAFT || stage == STAGE_PAST_20_WEEKS)
        dp->ehc_requested = TRUE;
    }
  return TRUE;
}

static gboolean
write_ehc (DemoContext *ctx, GError **error)
{
  guint n_caseworkers, team[3];
  const char *const *caseworkers = sendco_demo_caseworkers (&n_caseworkers);
  guint order[32];

  part_rand (ctx, PART_EHC);

  /* The school's caseworkers at the LA */
  g_assert (n_caseworkers <= G_N_ELEMENTS (order));
  for (guint i = 0; i < n_caseworkers; i++)
    order[i] = i;
  shuffle (ctx, order, n_caseworkers);
  memcpy (team, order, sizeof team);

  for (guint i = 0; i < ctx->pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);

      if (dp->status != SENDCO_SEN_E)
        continue;
      if (!write_ehc_plan (ctx, dp, caseworkers[team[pick (ctx, G_N_ELEMENTS (team))]], error)
          || !write_completed_request (ctx, dp, error))
        return FALSE;
    }
  return write_open_requests (ctx, error);
}

/* Staff and the provision library, from the PART_PROVISIONS and PART_STAFF
 * streams, written after everything else; then links from the open
 * support plans' outcomes to the provisions that serve them, and the SEN
 * budget figure, from PART_LINKS.
 *
 * The library is drawn from the templates in sendco-demo-names.c: the ones
 * nearly every school of the phase runs, then others, until it has as many
 * as asked for (about 30 in a primary of 420, 60 in a secondary of 2,000);
 * past the templates there are, copies for particular year groups and
 * groups. Each pupil at SEN support has one to three places, fitting their
 * needs and year group; pupils with EHC plans have more, with 1:1 or shared
 * TA support, and pupils of concern have a place on a universal or
 * targeted one. A place starts no earlier than the pupil could have had
 * it, and nothing starts after today. */

#define MAX_LIBRARY_PROVISIONS SENDCO_DEMO_MAX_PROVISIONS
#define MAX_TEMPLATES_A_PUPIL  G_N_ELEMENTS (((DemoPupil *) NULL)->templates)

typedef struct
{
  SendcoStaff         *staff;
  SendcoDemoDeliverer  by;
  gboolean             secondary;   /* a therapist: counsellor, not play therapist */
  gboolean             dedicated;   /* a TA kept for one pupil's 1:1 support */
  int                  minutes;     /* a week given to provisions so far */
} DemoStaff;

typedef struct
{
  guint   pupil;     /* into ctx->pupils */
  guint32 start;
  guint32 end;       /* 0 while it runs on */
} DemoPlace;

typedef struct
{
  const SendcoDemoProvision *t;
  char                      *name;
  const char                *area;
  SendcoDemoDeliverer        by;
  int                        first_year;
  int                        last_year;
  int                        group_size;
  int                        minutes;
  guint32                    start;
  guint32                    end;        /* 0 while it runs on */
  gint64                     resources;  /* pence a year */
  guint                      capacity;   /* places it can take at once */
  gboolean                   support;    /* 1:1 or shared support, given to chosen pupils */
  GArray                    *chosen;     /* support: the pupils it is for, into ctx->pupils */
  DemoStaff                 *staff;
  GArray                    *places;     /* DemoPlace */
  gint64                     id;
} DemoProvision;

static void
demo_staff_free (gpointer data)
{
  DemoStaff *ds = data;

  sendco_staff_free (ds->staff);
  g_free (ds);
}

static void
demo_provision_free (gpointer data)
{
  DemoProvision *dv = data;

  g_free (dv->name);
  g_array_unref (dv->places);
  g_clear_pointer (&dv->chosen, g_array_unref);
  g_free (dv);
}

static DemoProvision *
demo_provision_new (const SendcoDemoProvision *t)
{
  DemoProvision *dv = g_new0 (DemoProvision, 1);

  dv->t = t;
  dv->by = t->by;
  dv->area = t->area;
  dv->places = g_array_new (FALSE, FALSE, sizeof (DemoPlace));
  if (t->flags & (SENDCO_DEMO_ONE_TO_ONE | SENDCO_DEMO_SHARED))
    {
      dv->support = TRUE;
      dv->chosen = g_array_new (FALSE, FALSE, sizeof (guint));
    }
  return dv;
}

/* About 30 in a primary of 420, 60 in a secondary of 2,000. */
static guint
default_provisions (DemoContext *ctx)
{
  if (g_str_equal (ctx->phase, "primary"))
    return CLAMP (13 + ctx->n_pupils / 24, 16, 48);
  if (g_str_equal (ctx->phase, "secondary"))
    return CLAMP (40 + ctx->n_pupils / 100, 46, 80);
  return CLAMP (50 + ctx->n_pupils / 80, 60, 300);
}

static gboolean
is_primary_age (int year_group)
{
  return year_group <= 6;
}

/* Whether the pupil has a need the provision is for */
static gboolean
has_need_for (const DemoPupil *dp, const char *needs, const char *need)
{
  if (dp->status == SENDCO_SEN_N)
    return FALSE;
  if (g_str_equal (needs, "*"))
    return TRUE;
  if (need)
    return need_listed (needs, need);
  return need_listed (needs, dp->primary) || (dp->secondary && need_listed (needs, dp->secondary));
}

/* Whether the pupil could have a place on a provision made from @t: a need
 * it serves (or, for those open to them, a pupil not on the register), at
 * a wave that suits them. */
static gboolean
suits_pupil (const SendcoDemoProvision *t, const DemoPupil *dp, const char *need)
{
  if (dp->status == SENDCO_SEN_N)
    return (t->flags & SENDCO_DEMO_ALSO_N) && t->wave <= 2;
  return has_need_for (dp, t->needs, need);
}

static gboolean
on_roll (const DemoPupil *dp)
{
  return dp->left_on == 0;
}

/* The first day a pupil could have had a place: when they came on the
 * register, or for a pupil not on it, when their teachers began to worry
 * about them (or when they came). */
static guint32
eligible_from (const DemoPupil *dp)
{
  if (dp->status != SENDCO_SEN_N)
    return MAX (on_register_since (dp), dp->start);
  if (sendco_pupil_get_monitoring (dp->pupil))
    return MAX (day_of_iso (sendco_pupil_get_text (dp->pupil, SENDCO_PUPIL_MONITORING_SINCE)),
                dp->start);
  return dp->start;
}

/* @day, or the weekday before it if it falls at a weekend */
static guint32
weekday_on_or_before (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  switch (g_date_get_weekday (&date))
    {
    case G_DATE_SATURDAY: return day - 1;
    case G_DATE_SUNDAY: return day - 2;
    case G_DATE_BAD_WEEKDAY:
    case G_DATE_MONDAY:
    case G_DATE_TUESDAY:
    case G_DATE_WEDNESDAY:
    case G_DATE_THURSDAY:
    case G_DATE_FRIDAY:
    default:
      return day;
    }
}

/* The last day of the summer term that began in @year's school year: a
 * weekday from 15 to 21 July */
static guint32
summer_end (DemoContext *ctx, int year)
{
  return weekday_on_or_before (julian (year + 1, G_DATE_JULY, 15 + (int) pick (ctx, 7)));
}

/* Fills @start and @end with the place the pupil could have on @dv, or
 * returns FALSE if they could not have one: it starts when both the
 * provision and the pupil are ready, in a year group the provision is for,
 * not after today; a place that began in a year group it was for ends with
 * that school year. */
static gboolean
place_dates (DemoContext *ctx, const DemoProvision *dv, const DemoPupil *dp, guint32 *start,
             guint32 *end)
{
  guint32 september = first_of_september (ctx->school_year) + 2;
  guint32 limit = dv->end ? MIN (dv->end, ctx->today_day) : ctx->today_day;
  guint32 s = MAX (dv->start, eligible_from (dp));
  gboolean fits_now = dp->year_group >= dv->first_year && dp->year_group <= dv->last_year;
  int year;

  if (!on_roll (dp) || s > limit)
    return FALSE;

  *end = dv->end;
  year = year_group_on (ctx, dp, s);
  if (year < dv->first_year || year > dv->last_year)
    {
      /* In the right year group since September, perhaps */
      if (!fits_now || s >= september || MAX (s, september) > limit)
        return FALSE;
      s = september;
    }
  else if (s < september && (dv->end == 0 || dv->end >= september) && !fits_now)
    *end = weekday_on_or_before (julian (ctx->school_year, G_DATE_JULY, 18));

  *start = s;
  return *end == 0 || *end >= s;
}

static gboolean
has_template (const DemoPupil *dp, const SendcoDemoProvision *t)
{
  for (guint i = 0; i < dp->n_templates; i++)
    if (dp->templates[i] == t)
      return TRUE;
  return FALSE;
}

/* Gives the pupil a place: the whole group starts together, or now and
 * then a little later; now and then a place ended early, the targets met. */
static void
add_place (DemoContext *ctx, DemoProvision *dv, guint pupil, guint32 start, guint32 end)
{
  DemoPupil *dp = g_ptr_array_index (ctx->pupils, pupil);
  guint32 limit = end ? MIN (end, ctx->today_day) : ctx->today_day;
  DemoPlace place = { pupil, start, end };

  if (!dv->support)
    {
      if (start > dv->start)
        place.start = random_day (ctx, start, MIN (start + 14, limit));
      else if (chance (ctx, 1500) && start + 7 <= limit)
        place.start = random_day (ctx, start + 7, MIN (start + 21, limit));
      if (chance (ctx, 1200) && place.start + 42 <= limit
          && (end == 0 || end > ctx->today_day - 30))
        place.end = random_day (ctx, place.start + 42, limit);
    }

  g_array_append_val (dv->places, place);
  dp->n_places++;
  if (dp->n_templates < MAX_TEMPLATES_A_PUPIL)
    dp->templates[dp->n_templates++] = dv->t;
}

/* "R", "Y4", "R–Y2", "Y7–9": year groups as provision maps name them */
static char *
years_label (int first, int last)
{
  if (first == last && first == SENDCO_YEAR_RECEPTION)
    return g_strdup (C_("year groups", "R"));
  if (first == last)
    return g_strdup_printf (C_("year groups", "Y%d"), first);
  if (first == SENDCO_YEAR_RECEPTION)
    return g_strdup_printf (C_("year groups", "R–Y%d"), last);
  return g_strdup_printf (C_("year groups", "Y%d–%d"), first, last);
}

static const char *
key_stage_name (int band)
{
  static const char *const names[] = {
    N_("R and KS1"), N_("KS2"), N_("KS3"), N_("KS4"), N_("sixth form"),
  };

  return _(names[band]);
}

static int
key_stage_of (int year_group)
{
  return year_group <= 2 ? 0 : year_group <= 6 ? 1 : year_group <= 9 ? 2 : year_group <= 11 ? 3 : 4;
}

static void
key_stage_years (int band, int *first, int *last)
{
  static const int firsts[] = { 0, 3, 7, 10, 12 }, lasts[] = { 2, 6, 9, 11, 13 };

  *first = firsts[band];
  *last = lasts[band];
}

/* "J.S.": a pupil’s initials, for a 1:1 support line on the map */
static char *
initials (const DemoPupil *dp)
{
  const char *names[2] = { sendco_pupil_get_forename (dp->pupil),
                           sendco_pupil_get_surname (dp->pupil) };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gunichar c = g_utf8_get_char (names[i]);
      char buf[8];
      int len;

      /* "ap Rhys" is R. */
      if (g_unichar_islower (c) && strchr (names[i], ' '))
        c = g_utf8_get_char (strchr (names[i], ' ') + 1);
      len = g_unichar_to_utf8 (g_unichar_toupper (c), buf);
      g_string_append_len (out, buf, len);
      g_string_append_c (out, '.');
    }
  return g_string_free (out, FALSE);
}

static const SendcoDemoProvision *
find_template (guint flag)
{
  guint n;
  const SendcoDemoProvision *templates = sendco_demo_provisions (&n);

  for (guint i = 0; i < n; i++)
    if (templates[i].flags & flag)
      return &templates[i];
  g_assert_not_reached ();
}

/* The commonest area of need among the pupils' primary needs */
static const char *
commonest_area (DemoContext *ctx, GArray *pupils)
{
  guint counts[SENDCO_N_AREAS] = { 0 }, best = 0;

  for (guint i = 0; i < pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, g_array_index (pupils, guint, i));
      SendcoArea area = SENDCO_AREA_OTHER;

      sendco_area_from_key (need_area_key (dp->primary), &area);
      counts[area]++;
    }
  for (guint a = 1; a < SENDCO_N_AREAS; a++)
    if (counts[a] > counts[best])
      best = a;
  return sendco_area_key (best);
}

/* Who has 1:1 TA support: pupils with EHC plans for the most complex
 * needs (about a fifth in a primary, a sixth in a secondary); and one or
 * two at SEN support whose EHC needs assessment is under way. */
static guint
one_to_one_weight (DemoContext *ctx, DemoPupil *dp)
{
  static const struct
  {
    const char *code;
    guint       weight;
  } weights[] = {
    { "PMLD", 100 }, { "SLD", 100 }, { "MSI", 100 }, { "ASD", 60 }, { "PD", 60 }, { "SEMH", 50 },
    { "VI", 40 }, { "HI", 30 }, { "SLCN", 30 }, { "OTH", 30 }, { "MLD", 20 }, { "SPLD", 8 },
  };

  if (dp->status != SENDCO_SEN_E || !on_roll (dp))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    if (g_str_equal (weights[i].code, dp->primary))
      return weights[i].weight;
  return 20;
}

/* Support lines: one per pupil with 1:1 support while the library has room
 * (about a fifth of it), else one a key stage; shared support by key
 * stage, three pupils to a TA, nine to a line. */
static void
plan_support (DemoContext *ctx)
{
  const SendcoDemoProvision *one = find_template (SENDCO_DEMO_ONE_TO_ONE);
  const SendcoDemoProvision *shared = find_template (SENDCO_DEMO_SHARED);
  g_autoptr (GPtrArray) chosen = NULL;
  GArray *by_band[5] = { NULL }, *shared_band[5] = { NULL };
  guint n_primary = 0, n_secondary = 0, quota, n_requested = 0;
  guint lines = MAX (2, ctx->n_provisions / 5);
  guint shared_lines = MAX (2, ctx->n_provisions / 8);
  g_autofree guint8 *supported = g_new0 (guint8, ctx->pupils->len);

  for (guint i = 0; i < ctx->pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);

      if (dp->status == SENDCO_SEN_E && on_roll (dp))
        {
          if (is_primary_age (dp->year_group))
            n_primary++;
          else
            n_secondary++;
        }
    }
  quota = (n_primary + 2) / 5 + (n_secondary + 3) / 6;
  if (quota == 0 && n_primary + n_secondary > 0)
    quota = 1;
  chosen = choose_pupils (ctx, quota, one_to_one_weight);

  /* At SEN support, awaiting the EHC needs assessment's outcome */
  for (guint i = 0; i < ctx->pupils->len && n_requested < MAX (1, quota / 4); i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);

      if (dp->ehc_requested && on_roll (dp) && dp->status == SENDCO_SEN_K && chance (ctx, 5000))
        {
          g_ptr_array_add (chosen, dp);
          n_requested++;
        }
    }

  for (guint i = 0; i < ctx->pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);

      for (guint j = 0; j < chosen->len; j++)
        if (g_ptr_array_index (chosen, j) == dp)
          {
            int band = key_stage_of (dp->year_group);

            supported[i] = TRUE;
            if (by_band[band] == NULL)
              by_band[band] = g_array_new (FALSE, FALSE, sizeof (guint));
            g_array_append_val (by_band[band], i);
          }
      if (!supported[i] && dp->status == SENDCO_SEN_E && on_roll (dp))
        {
          int band = dp->year_group <= 6 ? 0 : dp->year_group <= 9 ? 1 : 2;

          if (shared_band[band] == NULL)
            shared_band[band] = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (shared_band[band], i);
        }
    }

  /* 1:1 support: a line a pupil, or a line a key stage */
  for (int band = 0; band < 5; band++)
    {
      GArray *pupils = by_band[band];
      int first, last;

      if (pupils == NULL)
        continue;
      key_stage_years (band, &first, &last);
      if (chosen->len <= lines)
        for (guint i = 0; i < pupils->len; i++)
          {
            guint index = g_array_index (pupils, guint, i);
            DemoPupil *dp = g_ptr_array_index (ctx->pupils, index);
            DemoProvision *dv = demo_provision_new (one);
            g_autofree char *who = initials (dp);

            dv->name = g_strdup_printf (_("1:1 TA support (%s)"), who);
            /* Two with the same initials: the year group tells them apart */
            for (guint j = 0; j < ctx->provisions->len; j++)
              if (g_str_equal (((DemoProvision *) g_ptr_array_index (ctx->provisions, j))->name,
                               dv->name))
                {
                  g_autofree char *year = years_label (dp->year_group, dp->year_group);

                  g_free (dv->name);
                  dv->name = g_strdup_printf (_("1:1 TA support (%s %s)"), who, year);
                  break;
                }
            dv->area = need_area_key (dp->primary);
            dv->first_year = first;
            dv->last_year = last;
            g_array_append_val (dv->chosen, index);
            g_ptr_array_add (ctx->provisions, dv);
          }
      else
        {
          DemoProvision *dv = demo_provision_new (one);

          dv->name = g_strdup_printf (_("1:1 TA support (%s)"), key_stage_name (band));
          dv->area = commonest_area (ctx, pupils);
          dv->first_year = first;
          dv->last_year = last;
          g_array_append_vals (dv->chosen, pupils->data, pupils->len);
          g_ptr_array_add (ctx->provisions, dv);
        }
    }

  /* Shared support: in a primary, Key Stage 3, and Key Stage 4 and the
   * sixth form */
  for (int band = 0; band < 3; band++)
    {
      static const int firsts[] = { 0, 7, 10 }, lasts[] = { 6, 9, 13 };
      GArray *pupils = shared_band[band];
      int first = MAX (firsts[band], ctx->first_year), last = MIN (lasts[band], ctx->last_year);
      g_autofree char *years = years_label (first, last);
      gboolean whole_school = first == ctx->first_year && last == ctx->last_year;
      guint n_lines;

      if (pupils == NULL)
        continue;
      n_lines = CLAMP ((pupils->len + 8) / 9, 1, MAX (1, shared_lines / 3));
      for (guint l = 0; l < n_lines; l++)
        {
          DemoProvision *dv = demo_provision_new (shared);
          g_autoptr (GArray) mine = g_array_new (FALSE, FALSE, sizeof (guint));

          for (guint i = l; i < pupils->len; i += n_lines)
            g_array_append_val (mine, g_array_index (pupils, guint, i));
          if (n_lines == 1 && whole_school)
            dv->name = g_strdup (_(shared->name));
          else if (n_lines == 1)
            dv->name = g_strdup_printf (C_("provision", "%s (%s)"), _(shared->name), years);
          else if (whole_school)
            dv->name = g_strdup_printf (C_("provision", "%s (group %c)"), _(shared->name), 'A' + l);
          else
            dv->name = g_strdup_printf (C_("provision", "%s (%s group %c)"), _(shared->name), years,
                                        'A' + l);
          dv->area = commonest_area (ctx, mine);
          dv->first_year = first;
          dv->last_year = last;
          g_array_append_vals (dv->chosen, mine->data, mine->len);
          g_ptr_array_add (ctx->provisions, dv);
        }
    }

  for (int band = 0; band < 5; band++)
    {
      g_clear_pointer (&by_band[band], g_array_unref);
      g_clear_pointer (&shared_band[band], g_array_unref);
    }
}

/* The school's own year groups the template is for: FALSE if none. */
static gboolean
template_years (DemoContext *ctx, const SendcoDemoProvision *t, int *first, int *last)
{
  *first = MAX (t->first_year, ctx->first_year);
  *last = MIN (t->last_year, ctx->last_year);
  return *first <= *last;
}

/* Whether some pupil on roll could have a place on it */
static gboolean
template_viable (DemoContext *ctx, const SendcoDemoProvision *t)
{
  int first, last;

  if (t->flags & (SENDCO_DEMO_ONE_TO_ONE | SENDCO_DEMO_SHARED)
      || !template_years (ctx, t, &first, &last))
    return FALSE;
  for (guint i = 0; i < ctx->pupils->len; i++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, i);

      if (on_roll (dp) && dp->year_group >= first && dp->year_group <= last
          && suits_pupil (t, dp, NULL))
        return TRUE;
    }
  return FALSE;
}

/* The half terms a block starts in, two weeks in, last year and this:
 * Julian days, oldest first. */
static guint
block_starts (DemoContext *ctx, guint32 *starts)
{
  guint n = 0;

  for (int year = ctx->school_year - 1; year <= ctx->school_year; year++)
    {
      starts[n++] = julian (year, G_DATE_SEPTEMBER, 15);
      starts[n++] = julian (year, G_DATE_NOVEMBER, 3);
      starts[n++] = julian (year + 1, G_DATE_JANUARY, 12);
      starts[n++] = julian (year + 1, G_DATE_FEBRUARY, 24);
      starts[n++] = julian (year + 1, G_DATE_APRIL, 20);
      starts[n++] = julian (year + 1, G_DATE_JUNE, 2);
    }
  return n;
}

/* The end of a block of @weeks school weeks from @start, on a weekday: the
 * Christmas and Easter holidays add two weeks; the summer holiday cuts it
 * short. */
static guint32
block_end (DemoContext *ctx, guint32 start, int weeks)
{
  guint32 end = start + (guint32) weeks * 7 - 3;
  int year = school_year_of_day (start);
  guint32 christmas = julian (year, G_DATE_DECEMBER, 20);
  guint32 easter = julian (year + 1, G_DATE_APRIL, 1);
  guint32 summer = julian (year + 1, G_DATE_JULY, 20);

  if (start < christmas && end >= christmas)
    end += 14;
  if (start < easter && end >= easter)
    end += 14;
  return MAX (weekday_on_or_before (MIN (end, summer)), start);
}

/* When the provision runs: most this school year (from September, or a
 * block this term or an earlier one), some from last year and running on,
 * a few last year's. Nothing starts after today. */
static void
plan_schedule (DemoContext *ctx, DemoProvision *dv)
{
  static const guint run_weights[] = { 50, 35, 15 };
  const SendcoDemoProvision *t = dv->t;
  guint32 september = first_of_september (ctx->school_year);
  guint32 last_september = first_of_september (ctx->school_year - 1);
  guint weights[3];
  guint run;

  for (guint i = 0; i < 3; i++)
    weights[i] = (t->runs & (1u << i)) ? run_weights[i] : 0;
  run = 1u << pick_weighted (ctx, weights, 3);

  if (run == SENDCO_DEMO_RUN_BLOCK && t->block_weeks > 0 && t->block_weeks <= 6)
    {
      /* A short block of visits from a specialist: this term, or now and
       * then (and early in the school year) last summer's */
      if (ctx->today_day >= september + 21 && !chance (ctx, 2000))
        dv->start = random_day (ctx, MAX (september + 7, ctx->today_day - 120), ctx->today_day);
      else
        dv->start = random_day (ctx, julian (ctx->school_year, G_DATE_APRIL, 20),
                                julian (ctx->school_year, G_DATE_JUNE, 30));
      dv->end = block_end (ctx, dv->start, t->block_weeks);
    }
  else if (run == SENDCO_DEMO_RUN_BLOCK)
    {
      static const guint back_weights[] = { 50, 35, 10, 5 };
      guint32 starts[12];
      guint n = block_starts (ctx, starts), started = 0, back;
      int weeks = t->block_weeks ? t->block_weeks : 10 + (int) pick (ctx, 3);
      guint32 start;

      /* (MIN and MAX take each argument twice: one draw each, first.) */
      while (started < n && starts[started] <= ctx->today_day)
        started++;
      back = pick_weighted (ctx, back_weights, G_N_ELEMENTS (back_weights));
      back = MIN (back, started - 1);
      start = random_day (ctx, starts[started - 1 - back], starts[started - 1 - back] + 6);
      dv->start = MIN (start, ctx->today_day);
      dv->end = block_end (ctx, dv->start, weeks);
    }
  else if (run == SENDCO_DEMO_RUN_YEAR && chance (ctx, 800))
    {
      /* Last year's */
      dv->start = random_day (ctx, last_september + 7, last_september + 24);
      dv->end = summer_end (ctx, ctx->school_year - 1);
    }
  else if (run == SENDCO_DEMO_RUN_YEAR)
    {
      guint32 start = random_day (ctx, september + 7, september + 24);

      dv->start = MIN (start, ctx->today_day);
      dv->end = summer_end (ctx, ctx->school_year);
    }
  else
    {
      guint32 from = chance (ctx, 2000) ? first_of_september (ctx->school_year - 2)
                                        : last_september;

      dv->start = random_day (ctx, from + 5, from + 30);
      dv->end = 0;
    }
}

/* How many pupils a provision takes at once: a group or two (three in a
 * big school); a whole class for universal provision; for one-to-one
 * work, what one adult's time allows. */
static guint
plan_capacity (DemoContext *ctx, const DemoProvision *dv)
{
  static const guint primary_groups[] = { 60, 30, 10 }, secondary_groups[] = { 20, 40, 40 };
  gboolean primary = g_str_equal (ctx->phase, "primary");

  if (dv->group_size >= 10)
    return (guint) dv->group_size * (primary ? 1 : 1 + pick (ctx, 2));
  if (dv->group_size > 1)
    return (guint) dv->group_size
           * (1 + pick_weighted (ctx, primary ? primary_groups : secondary_groups, 3));
  switch (dv->by)
    {
    case SENDCO_DEMO_BY_SALT: return 4 + pick (ctx, 5);
    case SENDCO_DEMO_BY_EP: return 3 + pick (ctx, 4);
    case SENDCO_DEMO_BY_OT: return 2 + pick (ctx, 4);
    case SENDCO_DEMO_BY_THERAPIST: return 3 + pick (ctx, 4);
    case SENDCO_DEMO_BY_SENDCO: return 2 + pick (ctx, 3);
    case SENDCO_DEMO_BY_TA:
    case SENDCO_DEMO_BY_HLTA:
    case SENDCO_DEMO_BY_TEACHER:
    case SENDCO_DEMO_N_DELIVERERS:
    default:
      return primary ? 3 + pick (ctx, 4) : 5 + pick (ctx, 5);
    }
}

/* @count provisions from template @t, for the year groups [@first, @last]:
 * one for them all, or one for each year group or part of the range, and
 * more than one group in a year group if need be. */
static void
add_from_template (DemoContext *ctx, const SendcoDemoProvision *t, guint count)
{
  int first, last, n_years;

  template_years (ctx, t, &first, &last);
  n_years = last - first + 1;

  for (guint i = 0; i < count; i++)
    {
      DemoProvision *dv = demo_provision_new (t);
      g_autofree char *label = NULL;

      if (count == 1)
        {
          dv->first_year = first;
          dv->last_year = last;
          dv->name = g_strdup (_(t->name));
        }
      else if (count <= (guint) n_years)
        {
          /* Contiguous parts of the range, as even as they come */
          dv->first_year = first + (int) (i * (guint) n_years / count);
          dv->last_year = first + (int) ((i + 1) * (guint) n_years / count) - 1;
          label = years_label (dv->first_year, dv->last_year);
          dv->name = g_strdup_printf (C_("provision", "%s (%s)"), _(t->name), label);
        }
      else
        {
          /* A year group each, round and round: groups A, B, ... */
          guint year_index = i % (guint) n_years, group = i / (guint) n_years;
          guint groups = count / (guint) n_years + (year_index < count % (guint) n_years ? 1 : 0);

          dv->first_year = dv->last_year = first + (int) year_index;
          label = years_label (dv->first_year, dv->last_year);
          if (groups == 1)
            dv->name = g_strdup_printf (C_("provision", "%s (%s)"), _(t->name), label);
          else
            dv->name = g_strdup_printf (C_("provision", "%s (%s group %c)"), _(t->name), label,
                                        'A' + (int) group);
        }

      /* Class teachers and HLTAs take some of the TAs' groups. */
      if (t->by == SENDCO_DEMO_BY_TA && t->group_min >= 3 && t->group_max < 10
          && chance (ctx, is_primary_age (dv->last_year) ? 1200 : 2000))
        dv->by = SENDCO_DEMO_BY_TEACHER;
      else if (t->by == SENDCO_DEMO_BY_TA && t->wave > 1 && chance (ctx, 1000))
        dv->by = SENDCO_DEMO_BY_HLTA;

      dv->group_size = t->group_min + (int) pick (ctx, (guint) (t->group_max - t->group_min + 1));
      dv->minutes = pick_step (ctx, t->minutes_min, t->minutes_max, 5);
      /* A licence is paid once, on the first line; books and kits for each. */
      if (!(t->flags & SENDCO_DEMO_LICENCE) || i == 0)
        dv->resources = 100 * (gint64) pick_step (ctx, t->resources_min, t->resources_max, 5);
      plan_schedule (ctx, dv);
      dv->capacity = plan_capacity (ctx, dv);
      g_ptr_array_add (ctx->provisions, dv);
    }
}

/* The rest of the library: the core provisions of the phase, then others
 * as often as schools run them; past the templates there are, copies by
 * year group, most often of the commonest. */
static void
plan_library (DemoContext *ctx)
{
  guint n;
  const SendcoDemoProvision *templates = sendco_demo_provisions (&n);
  g_autofree guint *counts = g_new0 (guint, n);
  g_autofree guint *weights = g_new0 (guint, n);
  guint wanted = ctx->n_provisions > ctx->provisions->len
                   ? ctx->n_provisions - ctx->provisions->len : 0;
  guint viable = 0, given = 0, order[128];
  guint n_core = 0;

  g_assert (n <= G_N_ELEMENTS (order));
  for (guint i = 0; i < n; i++)
    if (template_viable (ctx, &templates[i]))
      {
        weights[i] = templates[i].weight;
        viable++;
        if (templates[i].flags & SENDCO_DEMO_CORE)
          order[n_core++] = i;
      }

  /* The core ones, in a random order if not all fit */
  shuffle (ctx, order, n_core);
  for (guint i = 0; i < n_core && given < wanted; i++)
    {
      counts[order[i]] = 1;
      weights[order[i]] = 0;
      given++;
    }
  /* Others, the popular more likely */
  while (given < wanted && given < viable)
    {
      guint i = pick_weighted (ctx, weights, n);

      counts[i] = 1;
      weights[i] = 0;
      given++;
    }
  /* Copies of group work run by the school's own staff */
  for (guint i = 0; i < n; i++)
    {
      const SendcoDemoProvision *t = &templates[i];

      weights[i] = counts[i] && t->wave > 1 && t->by <= SENDCO_DEMO_BY_TEACHER ? t->weight : 0;
    }
  while (given < wanted)
    {
      gboolean any = FALSE;
      guint i;
      int first, last;

      for (guint j = 0; j < n && !any; j++)
        any = weights[j] > 0;
      if (!any)
        {
          /* Every kind has all the groups it could: let them all grow. */
          for (guint j = 0; j < n; j++)
            if (counts[j] && templates[j].wave > 1 && templates[j].by <= SENDCO_DEMO_BY_TEACHER)
              {
                weights[j] = 1;
                any = TRUE;
              }
          if (!any)
            break;
        }

      i = pick_weighted (ctx, weights, n);
      counts[i]++;
      given++;
      /* No more than three groups a year group, or for one-to-one work,
       * one list of pupils */
      template_years (ctx, &templates[i], &first, &last);
      if (counts[i] >= (templates[i].group_max > 1 ? 3u : 1u) * (guint) (last - first + 1))
        weights[i] = 0;
    }

  for (guint i = 0; i < n; i++)
    if (counts[i])
      add_from_template (ctx, &templates[i], counts[i]);
}

/* Support lines: dates and hours, and the places of the pupils chosen. */
static void
plan_support_places (DemoContext *ctx)
{
  guint32 last_september = first_of_september (ctx->school_year - 1);

  for (guint i = 0; i < ctx->provisions->len; i++)
    {
      DemoProvision *dv = g_ptr_array_index (ctx->provisions, i);
      GArray *pupils = dv->chosen;
      gboolean one = dv->t->flags & SENDCO_DEMO_ONE_TO_ONE;

      if (!dv->support)
        continue;
      dv->group_size = dv->t->group_min;
      /* 1:1: 20 to 25 hours a week in a primary, 15 to 25 in a secondary;
       * shared: 7.5 to 10 hours, a third of a TA each */
      if (one && is_primary_age (dv->last_year))
        dv->minutes = 240 + 30 * (int) pick (ctx, 3);
      else
        dv->minutes = pick_step (ctx, dv->t->minutes_min, dv->t->minutes_max, 30);
      dv->start = random_day (ctx, last_september + 2, last_september + 7);
      dv->end = 0;
      dv->capacity = G_MAXUINT;

      for (guint j = 0; j < pupils->len; j++)
        {
          guint index = ((guint *) (gpointer) pupils->data)[j];
          DemoPupil *dp = g_ptr_array_index (ctx->pupils, index);
          guint32 from = dp->status == SENDCO_SEN_E ? dp->periods[dp->n_periods - 1].start
                                                    : MAX (on_register_since (dp), ctx->today_day - 60);
          guint32 start = MAX (MAX (from, dp->start), dv->start);

          /* In the line's year groups since September, perhaps */
          if (year_group_on (ctx, dp, start) < dv->first_year)
            start = MAX (start, first_of_september (ctx->school_year) + 2);
          start = MIN (start, ctx->today_day);

          /* A line of its own starts with its pupil. */
          if (one && pupils->len == 1)
            dv->start = start;
          add_place (ctx, dv, index, start, 0);
        }
    }
}

/* How well a wave suits a pupil: those at SEN support mostly targeted
 * groups, with an EHC plan more specialist work, and those not on the
 * register universal or targeted provision only. */
static guint
wave_weight (const DemoPupil *dp, int wave)
{
  static const guint k[] = { 2, 6, 3 }, e[] = { 1, 4, 5 }, n[] = { 4, 4, 0 };

  switch (dp->status)
    {
    case SENDCO_SEN_K: return k[wave - 1];
    case SENDCO_SEN_E: return e[wave - 1];
    case SENDCO_SEN_N:
    case SENDCO_SEN_INVALID:
    default:
      return n[wave - 1];
    }
}

/* The most a provision could ever take at once: three groups, or for
 * one-to-one work, ten pupils. */
static guint
most_places (const DemoProvision *dv)
{
  return dv->group_size > 1 ? 3 * (guint) dv->group_size : 10;
}

/* A place for the pupil, for @need (NULL: any of theirs): on a provision
 * they fit, with room (if @squeeze, as much as it could ever take), not
 * one of a kind they already have. */
static gboolean
place_pupil (DemoContext *ctx, guint index, const char *need, gboolean squeeze)
{
  DemoPupil *dp = g_ptr_array_index (ctx->pupils, index);
  guint n = ctx->provisions->len, n_candidates = 0;
  g_autofree guint *candidates = g_new (guint, n);
  g_autofree guint *weights = g_new (guint, n);
  g_autofree guint32 *starts = g_new (guint32, n);
  g_autofree guint32 *ends = g_new (guint32, n);
  guint chosen;

  for (guint i = 0; i < n; i++)
    {
      DemoProvision *dv = g_ptr_array_index (ctx->provisions, i);
      guint w;

      if (dv->support || dv->places->len >= (squeeze ? most_places (dv) : dv->capacity)
          || has_template (dp, dv->t) || !suits_pupil (dv->t, dp, need))
        continue;
      w = dv->t->weight * wave_weight (dp, dv->t->wave) * (dv->places->len == 0 ? 3 : 1);
      if (w == 0 || !place_dates (ctx, dv, dp, &starts[n_candidates], &ends[n_candidates]))
        continue;
      candidates[n_candidates] = i;
      weights[n_candidates++] = w;
    }
  if (n_candidates == 0)
    return FALSE;

  chosen = pick_weighted (ctx, weights, n_candidates);
  add_place (ctx, g_ptr_array_index (ctx->provisions, candidates[chosen]), index,
             starts[chosen], ends[chosen]);
  return TRUE;
}

/* Places: each pupil at SEN support one to three, fitting their primary
 * need first, then their secondary; with an EHC plan two to four beyond
 * their support; most pupils of concern one, and a few others on the
 * provisions open to them. Then provisions still empty take pupils who
 * fit them. */
static void
plan_places (DemoContext *ctx)
{
  static const guint k_weights[] = { 45, 38, 17 };
  guint n = ctx->pupils->len;
  g_autofree guint *order = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  shuffle (ctx, order, n);

  for (guint o = 0; o < n; o++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, order[o]);
      guint wanted = 0;

      if (!on_roll (dp))
        continue;
      switch (dp->status)
        {
        case SENDCO_SEN_K:
          wanted = 1 + pick_weighted (ctx, k_weights, G_N_ELEMENTS (k_weights));
          break;
        case SENDCO_SEN_E:
          wanted = dp->n_places + 2 + pick (ctx, 3);
          break;
        case SENDCO_SEN_N:
        case SENDCO_SEN_INVALID:
        default:
          wanted = chance (ctx, sendco_pupil_get_monitoring (dp->pupil) ? 7000 : 250) ? 1 : 0;
          break;
        }

      for (guint slot = 0; dp->n_places < wanted && slot < wanted + 2; slot++)
        {
          const char *need = NULL;

          if (dp->status != SENDCO_SEN_N)
            {
              if (slot == 0)
                need = dp->primary;
              else if (slot == 1 && dp->secondary)
                need = dp->secondary;
            }
          if (!place_pupil (ctx, order[o], need, FALSE) && need)
            place_pupil (ctx, order[o], NULL, FALSE);
        }
    }

  /* Everyone on the register has something, even in a full group */
  for (guint o = 0; o < n; o++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, order[o]);

      if (on_roll (dp) && dp->status != SENDCO_SEN_N && dp->n_places == 0)
        place_pupil (ctx, order[o], NULL, TRUE);
    }

  /* Nobody on it yet: pupils who fit, those with fewest places first */
  for (guint i = 0; i < ctx->provisions->len; i++)
    {
      DemoProvision *dv = g_ptr_array_index (ctx->provisions, i);
      int fewer = (int) pick (ctx, 2);
      guint target = dv->group_size >= 10 ? 3 + pick (ctx, 4)
                     : dv->group_size > 1 ? (guint) MAX (2, dv->group_size - fewer)
                     : 1 + pick (ctx, 3);

      if (dv->support || dv->places->len > 0)
        continue;
      target = MIN (target, dv->capacity);
      /* Rounds: pupils on the register with no place, one, two, three;
       * then pupils of concern; then others it is open to. */
      for (guint round = 0; round < 6 && dv->places->len < target; round++)
        for (guint o = 0; o < n && dv->places->len < target; o++)
          {
            DemoPupil *dp = g_ptr_array_index (ctx->pupils, order[o]);
            gboolean sen = dp->status != SENDCO_SEN_N;
            guint32 start, end;

            if ((round < 4 ? !sen || dp->n_places != round
                           : sen || dp->n_places > 0
                             || sendco_pupil_get_monitoring (dp->pupil) != (round == 4))
                || has_template (dp, dv->t) || !suits_pupil (dv->t, dp, NULL)
                || (dp->status == SENDCO_SEN_K && dp->n_places >= 3)
                || !place_dates (ctx, dv, dp, &start, &end))
              continue;
            add_place (ctx, dv, order[o], start, end);
          }
    }
}

/* Staff */

static const char *
therapist_format (gboolean secondary)
{
  return secondary ? _("%s (counsellor)") : _("%s (play therapist)");
}

/* A name not yet taken: British adults mostly, others from the families
 * the pupils come from. */
static char *
staff_name (DemoContext *ctx, GHashTable *taken, gboolean female)
{
  for (;;)
    {
      const SendcoDemoFamily *family = pick_family (ctx);
      guint n_names;
      const SendcoDemoSurname *surname = &family->surnames[pick_common (ctx, family->n_surnames)];
      const char *forename;
      char *name;

      /* The children's names of the families born here lately are not
       * their parents'. */
      if (sendco_demo_family_has_adult_forenames (family))
        {
          const char *const *names = sendco_demo_adult_forenames (female, &n_names);

          forename = names[pick_common (ctx, n_names)];
        }
      else if (female)
        forename = family->female[pick (ctx, family->n_female)];
      else
        forename = family->male[pick (ctx, family->n_male)];

      name = g_strdup_printf ("%s %s", forename, female ? surname->female : surname->male);
      if (!g_hash_table_contains (taken, name))
        {
          g_hash_table_add (taken, g_strdup (name));
          return name;
        }
      g_free (name);
    }
}

static DemoStaff *
add_staff (DemoContext *ctx, GHashTable *taken, SendcoDemoDeliverer by, gboolean secondary)
{
  static const struct
  {
    const char *role;
    gint64      low, high;        /* pence an hour, on-costs included */
    guint       female;           /* per 10,000 */
  } kinds[SENDCO_DEMO_N_DELIVERERS] = {
    [SENDCO_DEMO_BY_TA] = { "ta", 1400, 1900, 8800 },
    [SENDCO_DEMO_BY_HLTA] = { "hlta", 1700, 2200, 8500 },
    [SENDCO_DEMO_BY_TEACHER] = { "teacher", 3200, 4500, 7200 },
    [SENDCO_DEMO_BY_SENDCO] = { "sendco", 4000, 5000, 8500 },
    [SENDCO_DEMO_BY_SALT] = { "external", 6000, 9500, 9000 },
    [SENDCO_DEMO_BY_EP] = { "external", 9000, 12000, 7500 },
    [SENDCO_DEMO_BY_OT] = { "external", 6000, 9000, 8500 },
    [SENDCO_DEMO_BY_THERAPIST] = { "external", 4500, 7000, 8000 },
  };
  static const double ta_hours[] = { 25, 27.5, 30, 32.5 };
  DemoStaff *ds = g_new0 (DemoStaff, 1);
  g_autofree char *name = staff_name (ctx, taken, chance (ctx, kinds[by].female));

  ds->by = by;
  ds->secondary = secondary;
  ds->staff = sendco_staff_new ();
  g_free (ds->staff->role);
  ds->staff->role = g_strdup (kinds[by].role);
  ds->staff->hourly_cost = kinds[by].low + pick (ctx, (guint) (kinds[by].high - kinds[by].low + 1));

  g_free (ds->staff->name);
  switch (by)
    {
    case SENDCO_DEMO_BY_TA:
      ds->staff->hours_per_week = ta_hours[pick (ctx, G_N_ELEMENTS (ta_hours))];
      ds->staff->name = g_steal_pointer (&name);
      break;
    case SENDCO_DEMO_BY_HLTA:
    case SENDCO_DEMO_BY_TEACHER:
    case SENDCO_DEMO_BY_SENDCO:
      ds->staff->hours_per_week = 32.5;
      ds->staff->name = g_steal_pointer (&name);
      break;
    case SENDCO_DEMO_BY_SALT:
      ds->staff->hours_per_week = 2 + pick (ctx, 5);
      ds->staff->name = g_strdup_printf (_("%s (SALT)"), name);
      break;
    case SENDCO_DEMO_BY_EP:
      {
        g_autofree char *doctor = chance (ctx, 5000) ? g_strdup_printf (_("Dr %s"), name) : NULL;

        ds->staff->hours_per_week = pick (ctx, 4);
        ds->staff->name = g_strdup_printf (_("%s (EP)"), doctor ? doctor : name);
      }
      break;
    case SENDCO_DEMO_BY_OT:
      ds->staff->hours_per_week = 1 + pick (ctx, 3);
      ds->staff->name = g_strdup_printf (_("%s (OT)"), name);
      break;
    case SENDCO_DEMO_BY_THERAPIST:
    case SENDCO_DEMO_N_DELIVERERS:
    default:
      ds->staff->hours_per_week = 3 + pick (ctx, 4);
      ds->staff->name = g_strdup_printf (therapist_format (secondary), name);
      break;
    }

  g_ptr_array_add (ctx->staff, ds);
  return ds;
}

/* Minutes a week of adults' time the provision takes */
static int
weekly_minutes (const DemoProvision *dv)
{
  int groups = MAX (1, ((int) dv->places->len + dv->group_size - 1) / dv->group_size);

  return groups * dv->t->sessions * dv->minutes;
}

/* The people: the SENDCO, class and subject teachers, TAs (one kept for
 * each pupil with a 1:1 support line of their own) and HLTAs, and the
 * professionals the school buys in. Each provision goes to the least busy
 * of those who deliver that kind. */
static void
plan_staff (DemoContext *ctx)
{
  g_autoptr (GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint by[SENDCO_DEMO_N_DELIVERERS] = { 0 }, ta_minutes = 0;
  gboolean primary = ctx->first_year <= 6, secondary = ctx->last_year >= 7;

  for (guint i = 0; i < ctx->provisions->len; i++)
    {
      DemoProvision *dv = g_ptr_array_index (ctx->provisions, i);

      if (dv->support && dv->chosen->len == 1 && (dv->t->flags & SENDCO_DEMO_ONE_TO_ONE))
        continue;
      by[dv->by]++;
      if (dv->by == SENDCO_DEMO_BY_TA)
        ta_minutes += (guint) weekly_minutes (dv);
    }

  add_staff (ctx, taken, SENDCO_DEMO_BY_SENDCO, FALSE);
  for (guint i = 0; i < MAX (2, (by[SENDCO_DEMO_BY_TEACHER] + 1) / 2); i++)
    add_staff (ctx, taken, SENDCO_DEMO_BY_TEACHER, FALSE);
  /* About half a TA's week goes on interventions; the rest is class support. */
  for (guint i = 0; i < CLAMP (MAX (by[SENDCO_DEMO_BY_TA] / 3, ta_minutes / 900), 4, 120); i++)
    add_staff (ctx, taken, SENDCO_DEMO_BY_TA, FALSE);
  for (guint i = 0; i < CLAMP ((by[SENDCO_DEMO_BY_HLTA] + 2) / 3, 2, 12); i++)
    add_staff (ctx, taken, SENDCO_DEMO_BY_HLTA, FALSE);
  add_staff (ctx, taken, SENDCO_DEMO_BY_SALT, FALSE);
  add_staff (ctx, taken, SENDCO_DEMO_BY_EP, FALSE);
  add_staff (ctx, taken, SENDCO_DEMO_BY_OT, FALSE);
  if (primary)
    add_staff (ctx, taken, SENDCO_DEMO_BY_THERAPIST, FALSE);
  if (secondary)
    add_staff (ctx, taken, SENDCO_DEMO_BY_THERAPIST, TRUE);

  for (guint i = 0; i < ctx->provisions->len; i++)
    {
      DemoProvision *dv = g_ptr_array_index (ctx->provisions, i);
      DemoStaff *best = NULL;

      if (dv->support && dv->chosen->len == 1 && (dv->t->flags & SENDCO_DEMO_ONE_TO_ONE))
        {
          best = add_staff (ctx, taken, SENDCO_DEMO_BY_TA, FALSE);
          best->dedicated = TRUE;
          best->staff->hours_per_week = MAX (best->staff->hours_per_week,
                                             MIN (32.5, dv->minutes / 12.0 + 2.5));
        }
      else
        for (guint s = 0; s < ctx->staff->len; s++)
          {
            DemoStaff *ds = g_ptr_array_index (ctx->staff, s);

            if (ds->by != dv->by || ds->dedicated
                || (ds->by == SENDCO_DEMO_BY_THERAPIST && ds->secondary != (dv->last_year >= 7)
                    && primary && secondary))
              continue;
            if (best == NULL || ds->minutes < best->minutes)
              best = ds;
          }
      g_assert (best != NULL);
      best->minutes += weekly_minutes (dv);
      dv->staff = best;
    }
}

/* Writing */

static gboolean
write_provisions (DemoContext *ctx, GError **error)
{
  for (guint i = 0; i < ctx->staff->len; i++)
    {
      DemoStaff *ds = g_ptr_array_index (ctx->staff, i);

      if (!sendco_store_save_staff (ctx->store, ds->staff, error))
        return FALSE;
    }

  for (guint i = 0; i < ctx->provisions->len; i++)
    {
      DemoProvision *dv = g_ptr_array_index (ctx->provisions, i);
      const SendcoDemoProvision *t = dv->t;
      g_autoptr (SendcoProvision) p = sendco_provision_new ();

      sendco_record_set (&p->name, dv->name);
      sendco_record_set (&p->area, dv->area);
      p->wave = t->wave;
      sendco_record_set (&p->description, _(t->description));
      p->staff_id = dv->staff->staff->id;
      p->group_size = dv->group_size;
      p->sessions_per_week = t->sessions;
      p->minutes_per_session = dv->minutes;
      g_free (p->start_date);
      p->start_date = iso_of (dv->start);
      if (dv->end)
        {
          g_free (p->end_date);
          p->end_date = iso_of (dv->end);
        }
      p->resources_per_year = dv->resources;
      sendco_record_set (&p->measure_name, t->measure ? _(t->measure) : "");
      sendco_record_set (&p->measure_unit, t->unit ? _(t->unit) : "");
      p->higher_is_better = !t->lower_is_better;
      if (!sendco_store_save_provision (ctx->store, p, error))
        return FALSE;
      dv->id = p->id;

      for (guint j = 0; j < dv->places->len; j++)
        {
          const DemoPlace *place = &g_array_index (dv->places, DemoPlace, j);
          DemoPupil *dp = g_ptr_array_index (ctx->pupils, place->pupil);
          g_autoptr (SendcoEnrolment) e = sendco_enrolment_new ();

          e->provision_id = p->id;
          e->pupil_id = sendco_pupil_get_id (dp->pupil);
          g_free (e->start_date);
          e->start_date = iso_of (place->start);
          if (place->end)
            {
              g_free (e->end_date);
              e->end_date = iso_of (place->end);
            }
          if (!sendco_store_save_enrolment (ctx->store, e, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Most outcomes of the open support plans name the provisions the pupil
 * has now in the outcome's area of need. */
static gboolean
write_outcome_links (DemoContext *ctx, GError **error)
{
  g_autoptr (GPtrArray) current = g_ptr_array_new ();   /* per pupil: DemoProvision */

  for (guint p = 0; p < ctx->pupils->len; p++)
    {
      DemoPupil *dp = g_ptr_array_index (ctx->pupils, p);

      if (dp->open_outcomes == NULL || dp->n_places == 0 || !on_roll (dp))
        continue;

      g_ptr_array_set_size (current, 0);
      for (guint i = 0; i < ctx->provisions->len; i++)
        {
          DemoProvision *dv = g_ptr_array_index (ctx->provisions, i);

          for (guint j = 0; j < dv->places->len; j++)
            {
              const DemoPlace *place = &g_array_index (dv->places, DemoPlace, j);

              if (place->pupil == p && (place->end == 0 || place->end >= ctx->today_day))
                g_ptr_array_add (current, dv);
            }
        }

      for (guint o = 0; o < dp->open_outcomes->len; o++)
        {
          const DemoOutcome *outcome = &g_array_index (dp->open_outcomes, DemoOutcome, o);
          gint64 ids[2];
          guint n = 0;

          for (guint i = 0; i < current->len && n < G_N_ELEMENTS (ids); i++)
            {
              DemoProvision *dv = g_ptr_array_index (current, i);

              if (g_str_equal (dv->area, outcome->area))
                ids[n++] = dv->id;
            }
          if (n > 0 && chance (ctx, 8500)
              && !sendco_store_set_outcome_provisions (ctx->store, outcome->id, ids, n, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The SEN budget figure: within about 15% of what the year's provision
 * costs, to the nearest £500. */
static gboolean
write_budget (DemoContext *ctx, GError **error)
{
  g_autoptr (SendcoProvisionMap) map = NULL;
  SendcoMapFilter filter;
  gint64 budget;

  sendco_map_filter_init (&filter);
  filter.period = SENDCO_PERIOD_YEAR;
  map = sendco_store_build_provision_map (ctx->store, &filter, &ctx->today, error);
  if (map == NULL)
    return FALSE;
  if (map->total == 0)
    return TRUE;
  budget = map->total * (85 + (gint64) pick (ctx, 31)) / 100;
  budget = (budget + 25000) / 50000 * 50000;
  return sendco_store_set_sen_budget (ctx->store, budget, error);
}

static gboolean
write_staff_and_provision (DemoContext *ctx, GError **error)
{
  ctx->staff = g_ptr_array_new_with_free_func (demo_staff_free);
  ctx->provisions = g_ptr_array_new_with_free_func (demo_provision_free);

  part_rand (ctx, PART_PROVISIONS);
  plan_support (ctx);
  plan_library (ctx);
  plan_support_places (ctx);
  plan_places (ctx);

  part_rand (ctx, PART_STAFF);
  plan_staff (ctx);

  if (!write_provisions (ctx, error))
    return FALSE;

  part_rand (ctx, PART_LINKS);
  return write_outcome_links (ctx, error) && write_budget (ctx, error);
}

/**
 * sendco_demo_generate:
 * @store: a school file with no school in it yet
 * @options: how many pupils, the seed, optionally the phase ("primary",
 *   "secondary" or "all-through") and the size of the provision library
 * @today: (nullable): the day the school is seen on, not after sendco_today();
 *   %NULL for sendco_today()
 *
 * Fills @store with a realistic demo school: the same @options and @today
 * always give the same school (in the same language: the reasons and notes
 * it writes are translated; names are not), with its staff, provision
 * library and who has a place on what, and a SEN budget figure. Everything
 * is written in one transaction, so on an error nothing is.
 */
gboolean
sendco_demo_generate (SendcoStore *store, const SendcoDemoOptions *options, const GDate *today,
                      GError **error)
{
  g_auto (DemoContext) ctx = { 0 };

  g_return_val_if_fail (SENDCO_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options->n_pupils < SENDCO_DEMO_MIN_PUPILS || options->n_pupils > SENDCO_DEMO_MAX_PUPILS)
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                   _("A demo school can have from 100 to 20,000 pupils; %u is outside that."),
                   options->n_pupils);
      return FALSE;
    }
  if (options->phase != NULL && !sendco_phase_is_valid (options->phase))
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                   _("“%s” is not a school phase: use primary, secondary or all-through."),
                   options->phase);
      return FALSE;
    }
  if (today)
    {
      GDate now;

      sendco_today (&now);
      if (g_date_compare (today, &now) > 0)
        {
          g_set_error_literal (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                               _("A demo school can be made as it is today or on an earlier day, "
                                 "not on a day still to come: its meetings and reviews would be "
                                 "in the future."));
          return FALSE;
        }
    }
  if (options->provisions > MAX_LIBRARY_PROVISIONS
      || (options->provisions > 0 && options->provisions < SENDCO_DEMO_MIN_PROVISIONS))
    {
      g_set_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                   _("A demo school can have from 10 to 1,000 provisions; %u is outside that."),
                   options->provisions);
      return FALSE;
    }
  if (sendco_store_has_school (store))
    {
      g_set_error_literal (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID,
                           _("This school file already has a school in it. Make the demo "
                             "school in a new, empty file."));
      return FALSE;
    }

  ctx.store = store;
  ctx.seed = options->seed;
  g_date_clear (&ctx.today, 1);
  if (today)
    ctx.today = *today;
  else
    sendco_today (&ctx.today);
  ctx.today_day = g_date_get_julian (&ctx.today);
  ctx.school_year = sendco_school_year_of (&ctx.today);
  ctx.n_pupils = options->n_pupils;
  ctx.phase = choose_phase (options);
  ctx.first_year = g_str_equal (ctx.phase, "secondary") ? 7 : SENDCO_YEAR_RECEPTION;
  ctx.last_year = g_str_equal (ctx.phase, "primary") ? 6 : 13;
  ctx.next_serial = g_hash_table_new (g_direct_hash, g_direct_equal);
  ctx.pupils = g_ptr_array_new_full (options->n_pupils, demo_pupil_free);
  ctx.n_provisions = options->provisions ? options->provisions : default_provisions (&ctx);

  plan_school (&ctx);

  part_rand (&ctx, PART_PUPILS);
  plan_pupils (&ctx);
  plan_sen_statuses (&ctx);
  plan_histories (&ctx);
  plan_flags (&ctx);
  plan_leavers (&ctx);
  plan_monitoring (&ctx);
  plan_reviews (&ctx);

  if (!sendco_store_begin (store, error))
    return FALSE;
  if (!write_school (&ctx, error) || !write_pupils (&ctx, error)
      || !write_graduated_approach (&ctx, error) || !write_ehc (&ctx, error)
      || !write_staff_and_provision (&ctx, error))
    {
      sendco_store_rollback (store);
      return FALSE;
    }
  return sendco_store_commit (store, error);
}
