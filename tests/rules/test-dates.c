/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates as SENDCOs and MIS exports write them, week arithmetic, school years
 * and the dates of birth that belong to each year group. Expected dates were
 * worked out with a calendar (Python's datetime), not with this code. */
#include "config.h"

#include "rules-test-util.h"

#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "sendco-census.h"
#include "sendco-dates.h"

static char *
iso_of (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
set_iso (GDate *date, const char *iso)
{
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

/* Parsing */

typedef struct
{
  const char *text;
  const char *iso; /* NULL: refused */
} ParseCase;

static const ParseCase parse_cases[] = {
  /* ISO */
  { "2024-02-29", "2024-02-29" },          /* 2024 is a leap year */
  { "2023-02-29", NULL },                  /* 2023 is not */
  { "1900-02-29", NULL },                  /* century, not divisible by 400 */
  { "2000-02-29", "2000-02-29" },          /* divisible by 400 */
  { "2024-04-31", NULL },
  { "2024-12-31", "2024-12-31" },
  { "2024/03/01", "2024-03-01" },          /* ISO order with slashes */
  /* Decided: ISO order with one-digit month or day is accepted, since the
   * order cannot be misread when the year comes first. */
  { "2024-1-1", "2024-01-01" },
  { "2024/3/9", "2024-03-09" },
  { "2024-03/01", NULL },                  /* mixed separators */
  { "2024.03.01", NULL },                  /* dots only in UK order */
  { "2024-03-01T10:00", NULL },
  { "2024-03-001", NULL },
  { "20240301", NULL },

  /* UK: day, month, four-digit year */
  { "29/02/2024", "2024-02-29" },
  { "29/02/2023", NULL },
  { "31/02/2015", NULL },                  /* the sample's impossible date of birth */
  { "31/04/2024", NULL },
  { "1/3/2024", "2024-03-01" },
  { "01/03/2024", "2024-03-01" },
  { "01.03.2024", "2024-03-01" },
  { "01-03-2024", "2024-03-01" },
  { "1 3 2024", "2024-03-01" },
  { " 01/03/2024 ", "2024-03-01" },
  { "\t01/03/2024\n", "2024-03-01" },
  { "13/06/2016", "2016-06-13" },          /* from the primary sample */
  { "03/08/2013", "2013-08-03" },          /* from the secondary sample */
  { "31/12/1999", "1999-12-31" },
  { "01/03/24", NULL },                    /* two-digit year: ambiguous */
  { "1/3/24", NULL },
  { "01/03/02024", NULL },
  { "32/01/2024", NULL },
  { "00/01/2024", NULL },
  { "01/00/2024", NULL },
  { "01/13/2024", NULL },
  { "12/31/2024", NULL },                  /* American order is not a real UK date */
  { "01/03-2024", NULL },
  { "01/03/2024x", NULL },
  { "01//03/2024", NULL },
  { "001/03/2024", NULL },
  { "01/03/ 2024", NULL },

  /* Years a school record can hold */
  { "01/01/1800", "1800-01-01" },
  { "31/12/1799", NULL },
  { "31/12/2999", "2999-12-31" },
  { "01/01/3000", NULL },
  { "0000-01-01", NULL },

  /* Not dates */
  { "", NULL },
  { "   ", NULL },
  { "abc", NULL },
  { "today", NULL },
  { "2024", NULL },
  { "01/03", NULL },
  { "-01/03/2024", NULL },
  { NULL, NULL },
};

static void
test_date_parse (gconstpointer data)
{
  const ParseCase *c = data;
  GDate date;
  gboolean ok;

  /* A sentinel: a refused text leaves the date alone */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 4, G_DATE_JULY, 1999);

  ok = sendco_date_parse (c->text, &date);
  g_assert_cmpint (ok, ==, c->iso != NULL);
  if (ok)
    {
      g_autofree char *iso = iso_of (&date);

      g_assert_true (g_date_valid (&date));
      g_assert_cmpstr (iso, ==, c->iso);
    }
  else
    {
      g_autofree char *iso = iso_of (&date);

      g_assert_cmpstr (iso, ==, "1999-07-04");
    }
}

/* sendco_date_from_iso reads what the file stores: exactly YYYY-MM-DD. */
static void
test_date_from_iso (void)
{
  static const ParseCase cases[] = {
    { "2024-02-29", "2024-02-29" },
    { "2026-11-22", "2026-11-22" },
    { "2023-02-29", NULL },
    { "2024-1-1", NULL },
    { "2024/01/01", NULL },
    { "01/01/2024", NULL },
    { " 2024-01-01", NULL },
    { "2024-01-01 ", NULL },
    { "2024-13-01", NULL },
    { "2024-00-10", NULL },
    { "", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;
      g_autofree char *iso = NULL;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 4, G_DATE_JULY, 1999);
      g_assert_cmpint (sendco_date_from_iso (cases[i].text, &date), ==, cases[i].iso != NULL);
      iso = iso_of (&date);
      g_assert_cmpstr (iso, ==, cases[i].iso ? cases[i].iso : "1999-07-04");
    }
}

/* Formatting */

typedef struct
{
  const char *iso;
  const char *uk;
  const char *long_form;
} FormatCase;

static const FormatCase format_cases[] = {
  { "2025-03-03", "03/03/2025", "3 March 2025" },
  { "2026-01-01", "01/01/2026", "1 January 2026" },
  { "2024-02-29", "29/02/2024", "29 February 2024" },
  { "1999-12-31", "31/12/1999", "31 December 1999" },
  { "2026-11-22", "22/11/2026", "22 November 2026" },
  { "2025-04-10", "10/04/2025", "10 April 2025" },
  { "2025-05-05", "05/05/2025", "5 May 2025" },
  { "2025-06-06", "06/06/2025", "6 June 2025" },
  { "2025-07-07", "07/07/2025", "7 July 2025" },
  { "2025-08-31", "31/08/2025", "31 August 2025" },
  { "2025-09-01", "01/09/2025", "1 September 2025" },
  { "2025-10-02", "02/10/2025", "2 October 2025" },
  { "1800-01-01", "01/01/1800", "1 January 1800" },
};

static void
test_date_format (gconstpointer data)
{
  const FormatCase *c = data;
  GDate date, back;
  g_autofree char *iso = NULL, *uk = NULL, *long_form = NULL;
  g_autofree char *uk_from_iso = NULL, *long_from_iso = NULL;

  set_iso (&date, c->iso);
  iso = sendco_date_to_iso (&date);
  uk = sendco_date_format_uk (&date);
  long_form = sendco_date_format_long (&date);
  uk_from_iso = sendco_iso_to_uk (c->iso);
  long_from_iso = sendco_iso_to_long (c->iso);

  g_assert_cmpstr (iso, ==, c->iso);
  g_assert_cmpstr (uk, ==, c->uk);
  g_assert_cmpstr (long_form, ==, c->long_form);
  g_assert_cmpstr (uk_from_iso, ==, c->uk);
  g_assert_cmpstr (long_from_iso, ==, c->long_form);

  /* what is shown parses back to the same day */
  g_date_clear (&back, 1);
  g_assert_true (sendco_date_parse (uk, &back));
  g_assert_cmpint (g_date_compare (&back, &date), ==, 0);
  g_date_clear (&back, 1);
  g_assert_true (sendco_date_parse (iso, &back));
  g_assert_cmpint (g_date_compare (&back, &date), ==, 0);
}

static void
test_date_format_bad_iso (void)
{
  static const char *bad[] = { NULL, "", "2023-02-29", "29/02/2024", "2024-1-1", "rubbish" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *uk = sendco_iso_to_uk (bad[i]);
      g_autofree char *long_form = sendco_iso_to_long (bad[i]);

      g_assert_cmpstr (uk, ==, "");
      g_assert_cmpstr (long_form, ==, "");
    }
}

/* Weeks: "N weeks after D" is D + 7N days, across month ends, year ends and
 * leap days. */

typedef struct
{
  const char *from;
  int         weeks;
  const char *to;
} WeeksCase;

static const WeeksCase weeks_cases[] = {
  { "2024-02-15", 2, "2024-02-29" },
  { "2024-02-22", 1, "2024-02-29" },
  { "2024-02-29", 1, "2024-03-07" },
  { "2023-02-22", 1, "2023-03-01" },
  { "2025-12-25", 1, "2026-01-01" },
  { "2025-12-31", 1, "2026-01-07" },
  { "2024-01-31", 4, "2024-02-28" },
  { "2025-01-06", 6, "2025-02-17" },     /* LA decides whether to assess */
  { "2025-01-06", 16, "2025-04-28" },
  { "2025-01-06", 20, "2025-05-26" },    /* final EHC plan */
  { "2024-09-01", 52, "2025-08-31" },
  { "2024-03-01", 0, "2024-03-01" },
  { "2024-03-07", -1, "2024-02-29" },
  { "2026-01-01", -1, "2025-12-25" },
  { "2024-01-01", -1, "2023-12-25" },
  { "2025-05-26", -20, "2025-01-06" },
  { "2024-03-28", -8, "2024-02-01" },
};

static void
test_date_add_weeks (gconstpointer data)
{
  const WeeksCase *c = data;
  GDate date;
  g_autofree char *iso = NULL;

  set_iso (&date, c->from);
  sendco_date_add_weeks (&date, c->weeks);
  iso = iso_of (&date);
  g_assert_cmpstr (iso, ==, c->to);

  /* and back */
  sendco_date_add_weeks (&date, -c->weeks);
  g_free (iso);
  iso = iso_of (&date);
  g_assert_cmpstr (iso, ==, c->from);
}

/* School years run 1 September to 31 August and are named by the year they
 * begin. */
static void
test_school_year_of (void)
{
  static const struct { const char *iso; int year; } cases[] = {
    { "2025-08-31", 2024 },
    { "2025-09-01", 2025 },
    { "2025-12-31", 2025 },
    { "2026-01-01", 2025 },
    { "2026-08-31", 2025 },
    { "2026-09-01", 2026 },
    { "2026-11-22", 2026 },
    { "2024-02-29", 2023 },
    { "2000-01-01", 1999 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;

      set_iso (&date, cases[i].iso);
      g_assert_cmpint (sendco_school_year_of (&date), ==, cases[i].year);
    }
}

typedef struct
{
  int         year_group;
  int         school_year;
  const char *earliest;
  const char *latest;
} DobCase;

static const DobCase dob_cases[] = {
  /* Reception in 2026/27: fifth birthday between 1 Sep 2026 and 31 Aug 2027 */
  { SENDCO_YEAR_RECEPTION, 2026, "2021-09-01", "2022-08-31" },
  { SENDCO_YEAR_NURSERY, 2026, "2022-09-01", "2023-08-31" },
  { 1, 2026, "2020-09-01", "2021-08-31" },
  { 6, 2026, "2015-09-01", "2016-08-31" },
  { 7, 2026, "2014-09-01", "2015-08-31" },
  { 11, 2026, "2010-09-01", "2011-08-31" },
  { 13, 2025, "2007-09-01", "2008-08-31" },
  { 14, 2026, "2007-09-01", "2008-08-31" },
  /* Year 1 in 2024/25 holds children born in the 2019 leap-year school year */
  { 1, 2024, "2018-09-01", "2019-08-31" },
  { SENDCO_YEAR_RECEPTION, 2024, "2019-09-01", "2020-08-31" },
};

static void
test_dob_range (gconstpointer data)
{
  const DobCase *c = data;
  GDate earliest, latest;
  g_autofree char *e = NULL, *l = NULL;

  g_date_clear (&earliest, 1);
  g_date_clear (&latest, 1);
  sendco_dob_range_for_year (c->year_group, c->school_year, &earliest, &latest);
  e = iso_of (&earliest);
  l = iso_of (&latest);
  g_assert_cmpstr (e, ==, c->earliest);
  g_assert_cmpstr (l, ==, c->latest);

  /* The ends belong to the year group; the day either side does not */
  g_assert_cmpint (sendco_year_group_for_dob (&earliest, c->school_year), ==, c->year_group);
  g_assert_cmpint (sendco_year_group_for_dob (&latest, c->school_year), ==, c->year_group);
  g_date_subtract_days (&earliest, 1);
  g_date_add_days (&latest, 1);
  g_assert_cmpint (sendco_year_group_for_dob (&earliest, c->school_year), ==, c->year_group + 1);
  g_assert_cmpint (sendco_year_group_for_dob (&latest, c->school_year), ==, c->year_group - 1);
}

static void
test_year_group_for_dob (void)
{
  static const struct { const char *dob; int school_year; int year_group; } cases[] = {
    /* 31 August is the youngest in a year, 1 September the oldest in the next */
    { "2021-09-01", 2026, 0 },
    { "2021-08-31", 2026, 1 },
    { "2022-08-31", 2026, 0 },
    { "2022-09-01", 2026, -1 },
    { "2015-08-31", 2026, 7 },
    { "2015-09-01", 2026, 6 },
    { "2014-09-01", 2026, 7 },
    { "2014-08-31", 2026, 8 },
    { "2016-02-29", 2026, 6 },
    /* From the samples (their school year is 2026/27) */
    { "2016-06-13", 2026, 6 },   /* Hughes, Björn: Year 6 */
    { "2020-10-19", 2026, 1 },   /* Singh, Zoë: Year 1 */
    { "2009-07-05", 2026, 13 },  /* Ó Súilleabháin, Lily: Year 13 */
    /* Same child, a year on */
    { "2016-06-13", 2027, 7 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate dob;

      set_iso (&dob, cases[i].dob);
      g_assert_cmpint (sendco_year_group_for_dob (&dob, cases[i].school_year), ==,
                       cases[i].year_group);
    }
}

/* Every year group in many school years: the ranges tile the calendar with no
 * gap or overlap. */
static void
test_dob_ranges_tile (void)
{
  for (int school_year = 2015; school_year <= 2035; school_year++)
    for (int year = SENDCO_YEAR_NURSERY; year < SENDCO_YEAR_MAX; year++)
      {
        GDate e_older, l_older, e_younger, l_younger;

        sendco_dob_range_for_year (year + 1, school_year, &e_older, &l_older);
        sendco_dob_range_for_year (year, school_year, &e_younger, &l_younger);
        g_date_add_days (&l_older, 1);
        g_assert_cmpint (g_date_compare (&l_older, &e_younger), ==, 0);
        g_assert_cmpint (g_date_days_between (&e_younger, &l_younger), >=, 364);
        g_assert_cmpint (g_date_days_between (&e_younger, &l_younger), <=, 365);
      }
}

/* Real data: every row of the sample exports has a date of birth that puts the
 * pupil in the year group the export says, in school year 2026/27; the one
 * impossible date (31/02/2015) is refused. */

static void
test_sample_dates (gconstpointer data)
{
  const char *name = data;
  g_autoptr (GPtrArray) rows = rules_test_read_sample_rows (name);
  guint refused = 0;

  g_assert_cmpuint (rows->len, >, 400);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      GDate dob;
      int year_group;

      g_assert_cmpuint (g_strv_length (row), ==, 13);
      g_date_clear (&dob, 1);
      if (!sendco_date_parse (row[3], &dob))
        {
          g_assert_cmpstr (row[0], ==, "P931210221187");
          g_assert_cmpstr (row[3], ==, "31/02/2015");
          refused++;
          continue;
        }
      g_assert_true (sendco_year_group_parse (row[5], &year_group));
      if (sendco_year_group_for_dob (&dob, 2026) != year_group)
        g_error ("%s: born %s, in %s", row[0], row[3], row[5]);
    }
  g_assert_cmpuint (refused, ==, g_str_has_suffix (name, "primary.csv") ? 1 : 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autofree char *text = g_strdup (parse_cases[i].text ? parse_cases[i].text : "NULL");
      g_autofree char *path = NULL;

      g_strcanon (text, G_CSET_a_2_z G_CSET_A_2_Z G_CSET_DIGITS "-.", '_');
      path = g_strdup_printf ("/rules/dates/parse/%02u-%s", i, text);

      g_test_add_data_func (path, &parse_cases[i], test_date_parse);
    }
  g_test_add_func ("/rules/dates/from-iso", test_date_from_iso);
  for (guint i = 0; i < G_N_ELEMENTS (format_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/dates/format/%s", format_cases[i].iso);

      g_test_add_data_func (path, &format_cases[i], test_date_format);
    }
  g_test_add_func ("/rules/dates/format-bad-iso", test_date_format_bad_iso);
  for (guint i = 0; i < G_N_ELEMENTS (weeks_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/dates/add-weeks/%s%+d", weeks_cases[i].from,
                                               weeks_cases[i].weeks);

      g_test_add_data_func (path, &weeks_cases[i], test_date_add_weeks);
    }
  g_test_add_func ("/rules/dates/school-year-of", test_school_year_of);
  for (guint i = 0; i < G_N_ELEMENTS (dob_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/dates/dob-range/%d-in-%d",
                                               dob_cases[i].year_group, dob_cases[i].school_year);

      g_test_add_data_func (path, &dob_cases[i], test_dob_range);
    }
  g_test_add_func ("/rules/dates/year-group-for-dob", test_year_group_for_dob);
  g_test_add_func ("/rules/dates/dob-ranges-tile", test_dob_ranges_tile);
  g_test_add_data_func ("/rules/dates/sample/primary", "sample-sims-export-primary.csv",
                        test_sample_dates);
  g_test_add_data_func ("/rules/dates/sample/secondary", "sample-sims-export-secondary.csv",
                        test_sample_dates);

  return g_test_run ();
}
