/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map's arithmetic in exact pence, with the sums worked out by
 * hand in the comments. */
#include "config.h"

#include "sendco-costing.h"
#include "sendco-dates.h"

static void
test_divide_rounded (void)
{
  g_assert_cmpint (sendco_divide_rounded (10, 4), ==, 3);   /* 2.5 -> 3 */
  g_assert_cmpint (sendco_divide_rounded (9, 4), ==, 2);    /* 2.25 -> 2 */
  g_assert_cmpint (sendco_divide_rounded (11, 4), ==, 3);   /* 2.75 -> 3 */
  g_assert_cmpint (sendco_divide_rounded (-10, 4), ==, -3); /* half away from zero */
  g_assert_cmpint (sendco_divide_rounded (10, -4), ==, -3);
  g_assert_cmpint (sendco_divide_rounded (0, 7), ==, 0);
}

static void
test_session_cost (void)
{
  /* £18.50 an hour for 30 minutes: 1850 × 30 / 60 = 925p */
  g_assert_cmpint (sendco_session_cost (1850, 30), ==, 925);
  /* £14.25 for 20 minutes: 1425 × 20 / 60 = 475p */
  g_assert_cmpint (sendco_session_cost (1425, 20), ==, 475);
  /* £22.37 for 25 minutes: 55925 / 60 = 932.08 -> 932p */
  g_assert_cmpint (sendco_session_cost (2237, 25), ==, 932);
  /* £13.33 for 45 minutes: 59985 / 60 = 999.75 -> 1000p */
  g_assert_cmpint (sendco_session_cost (1333, 45), ==, 1000);
  /* £13.34 for 45 minutes: 60030 / 60 = 1000.5 -> 1001p (half up) */
  g_assert_cmpint (sendco_session_cost (1334, 45), ==, 1001);
  g_assert_cmpint (sendco_session_cost (0, 60), ==, 0);
}

static void
test_groups (void)
{
  g_assert_cmpint (sendco_groups_needed (0, 6), ==, 1);  /* planned, nobody yet */
  g_assert_cmpint (sendco_groups_needed (5, 6), ==, 1);
  g_assert_cmpint (sendco_groups_needed (6, 6), ==, 1);
  g_assert_cmpint (sendco_groups_needed (7, 6), ==, 2);
  g_assert_cmpint (sendco_groups_needed (3, 1), ==, 3);  /* one-to-one for three */
  g_assert_cmpint (sendco_groups_needed (12, 4), ==, 3);
}

static void
test_small_group (void)
{
  /* A TA at £18.50 runs a 30-minute group three times a week for a group
   * of up to 6, with 5 pupils, all year (39 weeks), with £150 of resources.
   *   session   1850 × 30 / 60                 =    925
   *   staff/wk  925 × 3 sessions × 1 group     =  2,775
   *   week      2,775 + 15,000 / 39 (384.6)    =  3,160
   *   term      2,775 × 13 + 15,000 / 3        = 41,075
   *   year      2,775 × 39 + 15,000            = 123,225  (£1,232.25)
   *   per pupil 123,225 / 5                    = 24,645   (£246.45) */
  SendcoCostInput input = { 1850, 30, 3, 6, 5, 39, 15000 };
  SendcoCost cost;

  sendco_cost_compute (&input, &cost);
  g_assert_cmpint (cost.groups, ==, 1);
  g_assert_cmpint (cost.session, ==, 925);
  g_assert_cmpint (cost.week, ==, 3160);
  g_assert_cmpint (cost.term, ==, 41075);
  g_assert_cmpint (cost.year, ==, 123225);
  g_assert_cmpint (cost.per_pupil, ==, 24645);
}

static void
test_one_to_one_part_year (void)
{
  /* One-to-one reading, 20 minutes twice a week at £14.25, three pupils, for
   * the 9 weeks of a spring half-term block, no resources.
   *   session 475; groups 3; staff/wk 475 × 2 × 3 = 2,850
   *   term  2,850 × 9 (fewer than 13 weeks) = 25,650
   *   year  2,850 × 9 = 25,650; per pupil 8,550 */
  SendcoCostInput input = { 1425, 20, 2, 1, 3, 9, 0 };
  SendcoCost cost;

  sendco_cost_compute (&input, &cost);
  g_assert_cmpint (cost.groups, ==, 3);
  g_assert_cmpint (cost.week, ==, 2850);
  g_assert_cmpint (cost.term, ==, 25650);
  g_assert_cmpint (cost.year, ==, 25650);
  g_assert_cmpint (cost.per_pupil, ==, 8550);
}

static void
test_overfull_group_and_cap (void)
{
  /* An HLTA at £22.37, 25 minutes, once a week, groups of 4, 9 pupils: 3
   * groups. Weeks given as 45 are capped at 39. £99.99 licence.
   *   session 932; staff/wk 932 × 1 × 3 = 2,796
   *   week 2,796 + 9,999/39 (256.4 -> 256) = 3,052
   *   year 2,796 × 39 + 9,999 = 119,043; per pupil 119,043 / 9 = 13,227 */
  SendcoCostInput input = { 2237, 25, 1, 4, 9, 45, 9999 };
  SendcoCost cost;

  sendco_cost_compute (&input, &cost);
  g_assert_cmpint (cost.groups, ==, 3);
  g_assert_cmpint (cost.week, ==, 3052);
  g_assert_cmpint (cost.year, ==, 119043);
  g_assert_cmpint (cost.per_pupil, ==, 13227);
}

static void
test_planned_no_pupils (void)
{
  /* Nobody enrolled yet: one group is costed, shared by nobody (the whole). */
  SendcoCostInput input = { 1850, 60, 1, 6, 0, 13, 0 };
  SendcoCost cost;

  sendco_cost_compute (&input, &cost);
  g_assert_cmpint (cost.groups, ==, 1);
  g_assert_cmpint (cost.year, ==, 1850 * 13);
  g_assert_cmpint (cost.per_pupil, ==, 1850 * 13);
}

static void
assert_shares (gint64 total, const gint64 *weights, guint n, const gint64 *expected)
{
  g_autofree gint64 *shares = g_new0 (gint64, n);
  gint64 sum = 0;

  g_assert_true (sendco_cost_share (total, weights, n, shares));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (shares[i], ==, expected[i]);
      sum += shares[i];
    }
  g_assert_cmpint (sum, ==, total);
}

static void
test_share (void)
{
  /* £10.00 among three equally: 333 each, the penny left to the first. */
  assert_shares (1000, (gint64[]) { 1, 1, 1 }, 3, (gint64[]) { 334, 333, 333 });
  /* £100 by weeks attended, 13 and 26 (a part-time pupil): 3,333.33 and
   * 6,666.67; remainders 13 and 26 of 39: the penny goes to the second. */
  assert_shares (10000, (gint64[]) { 13, 26 }, 2, (gint64[]) { 3333, 6667 });
  /* a pupil who attended no weeks gets nothing */
  assert_shares (123225, (gint64[]) { 39, 0, 39, 39, 39, 39 }, 6,
                 (gint64[]) { 24645, 0, 24645, 24645, 24645, 24645 });
  /* 7p among 3, weights 1, 2, 4: 1, 2, 4 exactly */
  assert_shares (7, (gint64[]) { 1, 2, 4 }, 3, (gint64[]) { 1, 2, 4 });
  /* 2p among 3 equal: the first two */
  assert_shares (2, (gint64[]) { 5, 5, 5 }, 3, (gint64[]) { 1, 1, 0 });
}

static void
test_share_no_weight (void)
{
  gint64 shares[2] = { 9, 9 };

  g_assert_false (sendco_cost_share (500, (gint64[]) { 0, 0 }, 2, shares));
  g_assert_cmpint (shares[0], ==, 0);
  g_assert_cmpint (shares[1], ==, 0);
}

static GDate
d (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (iso)
    g_assert_true (sendco_date_from_iso (iso, &date));
  return date;
}

static void
test_teaching_weeks (void)
{
  static const struct { const char *start, *end, *from, *to; int weeks; } cases[] = {
    /* the whole school year, 365 days: 39 */
    { "2026-09-01", NULL, "2026-09-01", "2027-08-31", 39 },
    /* the autumn term, 122 days: 122 × 39 / 365 = 13.04 -> 13 */
    { "2026-09-01", "2026-12-31", "2026-09-01", "2027-08-31", 13 },
    /* from 1 October, still running: 335 days -> 35.79 -> 36 */
    { "2026-10-01", NULL, "2026-09-01", "2027-08-31", 36 },
    /* a spring block, 4 January to 26 March: 82 days -> 8.76 -> 9 */
    { "2027-01-04", "2027-03-26", "2026-09-01", "2027-08-31", 9 },
    /* a leap school year, 366 days -> 39.1, never more than 39 */
    { "2027-09-01", NULL, "2027-09-01", "2028-08-31", 39 },
    /* started the year before: only this year's part counts */
    { "2025-01-01", "2026-09-30", "2026-09-01", "2027-08-31", 3 },
    /* ended before the year: none */
    { "2025-09-01", "2026-07-20", "2026-09-01", "2027-08-31", 0 },
    /* a single day: 39/365 -> 0.1 -> 0 */
    { "2026-11-22", "2026-11-22", "2026-09-01", "2027-08-31", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate start = d (cases[i].start), end = d (cases[i].end);
      GDate from = d (cases[i].from), to = d (cases[i].to);

      g_assert_cmpint (sendco_teaching_weeks (&start, cases[i].end ? &end : NULL, &from, &to),
                       ==, cases[i].weeks);
    }
}

static void
test_money_format (void)
{
  static const struct { gint64 pence; const char *text, *whole; } cases[] = {
    { 123225, "£1,232.25", "£1,232" },
    { 0, "£0.00", "£0" },
    { 5, "£0.05", "£0" },
    { 150, "£1.50", "£2" },
    { -350, "−£3.50", "−£4" },
    { 100000000, "£1,000,000.00", "£1,000,000" },
    { 600000, "£6,000.00", "£6,000" },
    { 99999, "£999.99", "£1,000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sendco_money_format (cases[i].pence);
      g_autofree char *whole = sendco_money_format_whole (cases[i].pence);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (whole, ==, cases[i].whole);
    }
}

static void
test_money_parse (void)
{
  static const struct { const char *text; gboolean ok; gint64 pence; } cases[] = {
    { "£12.50", TRUE, 1250 }, { "12.5", TRUE, 1250 }, { "1,234", TRUE, 123400 },
    { " £ 1,234.00 ", TRUE, 123400 }, { "0.05", TRUE, 5 }, { ".5", TRUE, 50 },
    { "18.5", TRUE, 1850 }, { "£0", TRUE, 0 },
    { "12.345", FALSE, 0 }, { "abc", FALSE, 0 }, { "", FALSE, 0 }, { "-5", FALSE, 0 },
    { "£", FALSE, 0 }, { "12£", FALSE, 0 }, { "1.2.3", FALSE, 0 }, { "£1e3", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 pence = -1;

      g_assert_cmpint (sendco_money_parse (cases[i].text, &pence), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpint (pence, ==, cases[i].pence);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/costing/divide-rounded", test_divide_rounded);
  g_test_add_func ("/costing/session", test_session_cost);
  g_test_add_func ("/costing/groups", test_groups);
  g_test_add_func ("/costing/small-group", test_small_group);
  g_test_add_func ("/costing/one-to-one-part-year", test_one_to_one_part_year);
  g_test_add_func ("/costing/overfull-group-and-cap", test_overfull_group_and_cap);
  g_test_add_func ("/costing/planned-no-pupils", test_planned_no_pupils);
  g_test_add_func ("/costing/share", test_share);
  g_test_add_func ("/costing/share-no-weight", test_share_no_weight);
  g_test_add_func ("/costing/teaching-weeks", test_teaching_weeks);
  g_test_add_func ("/costing/money-format", test_money_format);
  g_test_add_func ("/costing/money-parse", test_money_parse);

  return g_test_run ();
}
