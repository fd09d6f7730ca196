/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The arithmetic of the costed provision map, in exact pence.
 *
 * A provision's staff cost is its staff member's hourly rate for the length of
 * a session, times sessions a week, times the groups its pupils need (one
 * group per group_size pupils: a one-to-one provision for three pupils runs
 * three times). A year is the weeks it runs (at most 39 teaching weeks) plus
 * its yearly resources; a term is 13 weeks plus a third of the resources; a
 * week is one week plus a 39th. The year's cost is shared among its pupils in
 * proportion to the weeks each attends, so that the shares add up to the
 * total exactly. */
#define G_LOG_DOMAIN "sendco-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-costing.h"

/* Rounds half away from zero: 0.5p is a penny. */
gint64
sendco_divide_rounded (gint64 numerator, gint64 denominator)
{
  gint64 q, r;

  g_return_val_if_fail (denominator != 0, 0);

  if (denominator < 0)
    {
      numerator = -numerator;
      denominator = -denominator;
    }
  q = numerator / denominator;
  r = numerator % denominator;
  if (2 * (r < 0 ? -r : r) >= denominator)
    q += numerator < 0 ? -1 : 1;
  return q;
}

/* One session of @minutes at @hourly_cost pence an hour. */
gint64
sendco_session_cost (gint64 hourly_cost, int minutes)
{
  g_return_val_if_fail (hourly_cost >= 0 && minutes >= 0, 0);
  return sendco_divide_rounded (hourly_cost * minutes, 60);
}

/* One group per @group_size pupils, and at least one group. */
int
sendco_groups_needed (int pupils, int group_size)
{
  g_return_val_if_fail (group_size >= 1, 1);

  if (pupils <= 0)
    return 1;
  return (pupils + group_size - 1) / group_size;
}

/**
 * sendco_teaching_weeks:
 * @start: when the provision (or a pupil's place on it) starts
 * @end: (nullable): when it ends; %NULL or invalid for "still running"
 * @from: the first day of the period costed (a school year, a term)
 * @to: its last day
 *
 * The teaching weeks of [@start, @end] that fall in [@from, @to]: the
 * calendar days of the overlap scaled so that a whole year of 365 days is
 * 39 teaching weeks (a term of about 122 days is 13), rounded, never more
 * than 39.
 */
int
sendco_teaching_weeks (const GDate *start, const GDate *end, const GDate *from, const GDate *to)
{
  const GDate *first, *last;
  gint64 days;

  g_return_val_if_fail (start && g_date_valid (start), 0);
  g_return_val_if_fail (from && g_date_valid (from) && to && g_date_valid (to), 0);

  first = g_date_compare (start, from) > 0 ? start : from;
  last = (end && g_date_valid (end) && g_date_compare (end, to) < 0) ? end : to;
  if (g_date_compare (first, last) > 0)
    return 0;

  days = g_date_days_between (first, last) + 1;
  return (int) MIN (SENDCO_TEACHING_WEEKS_PER_YEAR,
                    sendco_divide_rounded (days * SENDCO_TEACHING_WEEKS_PER_YEAR, 365));
}

/**
 * sendco_cost_compute:
 *
 * Works out what a provision costs a week, a term and a year, and the year's
 * cost per pupil.
 */
void
sendco_cost_compute (const SendcoCostInput *input, SendcoCost *cost)
{
  gint64 staff_week;
  int weeks, term_weeks;

  g_return_if_fail (input != NULL && cost != NULL);
  g_return_if_fail (input->group_size >= 1);

  memset (cost, 0, sizeof *cost);
  weeks = CLAMP (input->weeks, 0, SENDCO_TEACHING_WEEKS_PER_YEAR);
  term_weeks = MIN (weeks, SENDCO_TEACHING_WEEKS_PER_TERM);

  cost->groups = sendco_groups_needed (input->pupils, input->group_size);
  cost->session = sendco_session_cost (input->hourly_cost, input->minutes_per_session);
  staff_week = cost->session * input->sessions_per_week * cost->groups;

  cost->week = staff_week + sendco_divide_rounded (input->resources_per_year,
                                                   SENDCO_TEACHING_WEEKS_PER_YEAR);
  cost->term = staff_week * term_weeks + sendco_divide_rounded (input->resources_per_year, 3);
  cost->year = staff_week * weeks + input->resources_per_year;
  cost->per_pupil = sendco_divide_rounded (cost->year, MAX (input->pupils, 1));
}

/**
 * sendco_cost_share:
 * @total: pence to share out
 * @weights: each share's weight (e.g. the weeks each pupil attends), >= 0
 * @shares: (out caller-allocates) (array length=n): the shares
 *
 * Shares @total in proportion to @weights so that the shares add up to
 * @total exactly: each gets its rounded-down share, and the pennies left go
 * to the largest remainders (ties to the earlier).
 *
 * Returns: %FALSE (all shares 0) when every weight is 0
 */
gboolean
sendco_cost_share (gint64 total, const gint64 *weights, guint n, gint64 *shares)
{
  g_autofree gint64 *remainders = NULL;
  gint64 sum = 0, given = 0;

  g_return_val_if_fail (n == 0 || (weights && shares), FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (weights[i] >= 0, FALSE);
      sum += weights[i];
      shares[i] = 0;
    }
  if (sum == 0)
    return FALSE;

  remainders = g_new (gint64, n);
  for (guint i = 0; i < n; i++)
    {
      shares[i] = total * weights[i] / sum;
      remainders[i] = total * weights[i] % sum;
      given += shares[i];
    }

  /* total >= 0 here in practice; the pennies left are fewer than n. */
  for (gint64 left = total - given; left > 0; left--)
    {
      guint best = 0;

      for (guint i = 1; i < n; i++)
        if (remainders[i] > remainders[best])
          best = i;
      shares[best]++;
      remainders[best] = -1;
    }
  return TRUE;
}

static char *
group_thousands (guint64 whole)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* "£1,234.56"; "−£3.50" for a negative amount. */
char *
sendco_money_format (gint64 pence)
{
  guint64 magnitude = pence < 0 ? (guint64) -pence : (guint64) pence;
  g_autofree char *whole = group_thousands (magnitude / 100);

  return g_strdup_printf ("%s£%s.%02u", pence < 0 ? "−" : "", whole, (guint) (magnitude % 100));
}

/* "£1,235": to the nearest pound, for charts and tight cells. */
char *
sendco_money_format_whole (gint64 pence)
{
  gint64 pounds = sendco_divide_rounded (pence, 100);
  guint64 magnitude = pounds < 0 ? (guint64) -pounds : (guint64) pounds;
  g_autofree char *whole = group_thousands (magnitude);

  return g_strdup_printf ("%s£%s", pounds < 0 ? "−" : "", whole);
}

/**
 * sendco_money_parse:
 * @text: "£12.50", "12.5", "1,234", " £ 1,234.00 "
 * @pence: (out): the amount
 *
 * Returns: %FALSE for anything that is not an amount of money of at most two
 *   decimal places (negative amounts too are refused)
 */
gboolean
sendco_money_parse (const char *text, gint64 *pence)
{
  g_autofree char *clean = NULL;
  GString *digits;
  const char *p;
  gint64 pounds = 0, fraction = 0;
  int fraction_digits = 0;
  gboolean seen_point = FALSE, seen_digit = FALSE;

  g_return_val_if_fail (pence != NULL, FALSE);
  if (text == NULL)
    return FALSE;

  digits = g_string_new (NULL);
  for (p = text; *p; p++)
    {
      if (*p == ' ' || *p == ',')
        continue;
      if (g_str_has_prefix (p, "£"))
        {
          if (digits->len > 0)
            {
              g_string_free (digits, TRUE);
              return FALSE;
            }
          p += strlen ("£") - 1;
          continue;
        }
      g_string_append_c (digits, *p);
    }
  clean = g_string_free (digits, FALSE);

  for (p = clean; *p; p++)
    {
      if (*p == '.' && !seen_point)
        seen_point = TRUE;
      else if (g_ascii_isdigit (*p) && !seen_point)
        {
          if (pounds > G_MAXINT64 / 1000)
            return FALSE;
          pounds = pounds * 10 + (*p - '0');
          seen_digit = TRUE;
        }
      else if (g_ascii_isdigit (*p) && fraction_digits < 2)
        {
          fraction = fraction * 10 + (*p - '0');
          fraction_digits++;
          seen_digit = TRUE;
        }
      else
        return FALSE;
    }
  if (!seen_digit)
    return FALSE;
  if (fraction_digits == 1)
    fraction *= 10;

  *pence = pounds * 100 + fraction;
  return TRUE;
}
