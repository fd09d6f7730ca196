/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The statutory EHC clock, checked against dates worked out independently
 * (by hand and with Python's datetime): month ends, leap years, year ends. */
#include "config.h"

#include "sendco-dates.h"
#include "sendco-ehc.h"

static GDate
d (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (iso)
    g_assert_true (sendco_date_from_iso (iso, &date));
  return date;
}

static char *
iso (const GDate *date)
{
  return sendco_date_to_iso (date);
}

/* "step=date step=date ..." in the timeline's order */
static char *
describe (GArray *deadlines)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < deadlines->len; i++)
    {
      SendcoDeadline *deadline = &g_array_index (deadlines, SendcoDeadline, i);
      g_autofree char *when = iso (&deadline->date);

      g_assert_nonnull (deadline->rule);
      g_assert_cmpstr (deadline->rule, !=, "");
      g_assert_nonnull (deadline->label);
      g_string_append_printf (out, "%s%s=%s", i ? " " : "", deadline->step, when);
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *received;
  const char *draft;
  const char *expected;
} RequestCase;

static const RequestCase request_cases[] = {
  /* an ordinary term-time request */
  { "2026-01-05", NULL,
    "decision-to-assess=2026-02-16 notice-no-plan=2026-04-27 final-plan=2026-05-25" },
  /* the draft comes after the 16-week point: 15 calendar days to comment */
  { "2026-01-05", "2026-04-20",
    "decision-to-assess=2026-02-16 notice-no-plan=2026-04-27 draft-comments=2026-05-05 final-plan=2026-05-25" },
  /* the draft before the 16-week point keeps date order */
  { "2026-01-05", "2026-03-30",
    "decision-to-assess=2026-02-16 draft-comments=2026-04-14 notice-no-plan=2026-04-27 final-plan=2026-05-25" },
  /* 6 weeks lands on 29 February in a leap year */
  { "2024-01-18", NULL,
    "decision-to-assess=2024-02-29 notice-no-plan=2024-05-09 final-plan=2024-06-06" },
  /* across the year end and through February of a leap year */
  { "2023-12-20", NULL,
    "decision-to-assess=2024-01-31 notice-no-plan=2024-04-10 final-plan=2024-05-08" },
  /* draft sent on 20 February of a non-leap year: 15 days is 7 March */
  { "2022-10-31", "2023-02-20",
    "decision-to-assess=2022-12-12 notice-no-plan=2023-02-20 draft-comments=2023-03-07 final-plan=2023-03-20" },
};

static void
test_request_timeline (gconstpointer data)
{
  const RequestCase *c = data;
  GDate received = d (c->received), draft = d (c->draft);
  g_autoptr (GArray) deadlines = sendco_ehc_request_timeline (&received, c->draft ? &draft : NULL);
  g_autofree char *got = describe (deadlines);

  g_assert_cmpstr (got, ==, c->expected);
}

static void
test_request_owners (void)
{
  GDate received = d ("2026-01-05"), draft = d ("2026-04-20");
  g_autoptr (GArray) deadlines = sendco_ehc_request_timeline (&received, &draft);

  for (guint i = 0; i < deadlines->len; i++)
    {
      SendcoDeadline *deadline = &g_array_index (deadlines, SendcoDeadline, i);

      if (g_str_equal (deadline->step, "draft-comments"))
        g_assert_cmpint (deadline->owner, ==, SENDCO_OWNER_PARENTS);
      else
        g_assert_cmpint (deadline->owner, ==, SENDCO_OWNER_LA);
    }
}

typedef struct
{
  const char    *meeting;
  const char    *la_decision;
  const char    *amendment_notice;
  SendcoTransfer transfer;
  int            transfer_year;
  const char    *move;
  const char    *expected;
} ReviewCase;

static const ReviewCase review_cases[] = {
  /* the meeting alone */
  { "2027-03-03", NULL, NULL, SENDCO_TRANSFER_NONE, 0, NULL,
    "gather-views=2027-01-06 invitations=2027-02-17 papers-circulated=2027-02-17 "
    "report-to-la=2027-03-17 la-decision=2027-03-31 next-review=2028-03-03" },
  /* LA decision and amendment notice known: the law's later date and the amended plan */
  { "2027-03-03", "2027-03-25", "2027-04-10", SENDCO_TRANSFER_NONE, 0, NULL,
    "gather-views=2027-01-06 invitations=2027-02-17 papers-circulated=2027-02-17 "
    "report-to-la=2027-03-17 la-decision=2027-03-31 amended-plan=2027-06-05 "
    "next-review=2028-03-03 next-review-legal=2028-03-25" },
  /* a meeting on 29 February: the next review is due by 28 February */
  { "2024-02-29", NULL, NULL, SENDCO_TRANSFER_NONE, 0, NULL,
    "gather-views=2024-01-04 invitations=2024-02-15 papers-circulated=2024-02-15 "
    "report-to-la=2024-03-14 la-decision=2024-03-28 next-review=2025-02-28" },
  /* over the year end */
  { "2026-12-24", NULL, NULL, SENDCO_TRANSFER_NONE, 0, NULL,
    "gather-views=2026-10-29 invitations=2026-12-10 papers-circulated=2026-12-10 "
    "report-to-la=2027-01-07 la-decision=2027-01-21 next-review=2027-12-24" },
  /* Year 6 review in the autumn before transfer: 15 February of the transfer year */
  { "2026-11-12", NULL, NULL, SENDCO_TRANSFER_PHASE, 2027, NULL,
    "gather-views=2026-09-17 invitations=2026-10-29 papers-circulated=2026-10-29 "
    "report-to-la=2026-11-26 la-decision=2026-12-10 transfer-deadline=2027-02-15 "
    "next-review=2027-11-12" },
  /* Year 11 to post-16: 31 March of the transfer year */
  { "2027-01-20", NULL, NULL, SENDCO_TRANSFER_POST16, 2027, NULL,
    "gather-views=2026-11-25 invitations=2027-01-06 papers-circulated=2027-01-06 "
    "report-to-la=2027-02-03 la-decision=2027-02-17 transfer-deadline=2027-03-31 "
    "next-review=2028-01-20" },
  /* a post-16 move on 31 July: 5 months before is the end of February */
  { "2027-01-20", NULL, NULL, SENDCO_TRANSFER_POST16_MOVE, 0, "2027-07-31",
    "gather-views=2026-11-25 invitations=2027-01-06 papers-circulated=2027-01-06 "
    "report-to-la=2027-02-03 la-decision=2027-02-17 transfer-deadline=2027-02-28 "
    "next-review=2028-01-20" },
};

static void
test_review_timeline (gconstpointer data)
{
  const ReviewCase *c = data;
  SendcoAnnualReviewDates dates;
  g_autoptr (GArray) deadlines = NULL;
  g_autofree char *got = NULL;

  sendco_annual_review_dates_init (&dates);
  dates.meeting = d (c->meeting);
  dates.la_decision = d (c->la_decision);
  dates.amendment_notice = d (c->amendment_notice);
  dates.transfer = c->transfer;
  dates.transfer_year = c->transfer_year;
  dates.post16_move = d (c->move);

  deadlines = sendco_annual_review_timeline (&dates);
  got = describe (deadlines);
  g_assert_cmpstr (got, ==, c->expected);
}

static void
test_within_months (void)
{
  static const struct { const char *from; guint months; const char *to; } cases[] = {
    { "2025-06-30", 12, "2026-06-30" },
    { "2024-02-29", 12, "2025-02-28" },  /* 29 February maps to 28 February */
    { "2023-02-28", 12, "2024-02-28" },  /* not the 29th: the same day */
    { "2027-12-31", 12, "2028-12-31" },
    { "2026-08-31", 6, "2027-02-28" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date = d (cases[i].from);
      g_autofree char *got = NULL;

      sendco_date_add_within_months (&date, cases[i].months);
      got = iso (&date);
      g_assert_cmpstr (got, ==, cases[i].to);
    }
}

static void
test_transfer_deadlines (void)
{
  static const struct { SendcoTransfer transfer; int year; const char *move; const char *due; } cases[] = {
    { SENDCO_TRANSFER_PHASE, 2027, NULL, "2027-02-15" },
    { SENDCO_TRANSFER_POST16, 2027, NULL, "2027-03-31" },
    { SENDCO_TRANSFER_POST16_MOVE, 0, "2027-07-31", "2027-02-28" },
    { SENDCO_TRANSFER_POST16_MOVE, 0, "2028-07-31", "2028-02-29" }, /* leap year */
    { SENDCO_TRANSFER_POST16_MOVE, 0, "2027-09-01", "2027-04-01" },
    { SENDCO_TRANSFER_POST16_MOVE, 0, "2027-01-15", "2026-08-15" }, /* across the year end */
    { SENDCO_TRANSFER_NONE, 2027, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate move = d (cases[i].move), due;

      sendco_transfer_deadline (cases[i].transfer, cases[i].year, cases[i].move ? &move : NULL, &due);
      if (cases[i].due == NULL)
        g_assert_false (g_date_valid (&due));
      else
        {
          g_autofree char *got = iso (&due);

          g_assert_cmpstr (got, ==, cases[i].due);
        }
    }
}

static void
test_review_due (void)
{
  GDate issued = d ("2024-02-29"), previous = d ("2025-06-30"), due;
  g_autofree char *first = NULL, *later = NULL;

  sendco_review_due (&issued, NULL, &due);
  first = iso (&due);
  g_assert_cmpstr (first, ==, "2025-02-28");

  sendco_review_due (&issued, &previous, &due);
  later = iso (&due);
  g_assert_cmpstr (later, ==, "2026-06-30");

  sendco_review_due (NULL, NULL, &due);
  g_assert_false (g_date_valid (&due));
}

static void
test_transfer_keys (void)
{
  SendcoTransfer transfer = SENDCO_TRANSFER_NONE;

  g_assert_true (sendco_transfer_from_key ("phase", &transfer));
  g_assert_cmpint (transfer, ==, SENDCO_TRANSFER_PHASE);
  g_assert_true (sendco_transfer_from_key ("post16", &transfer));
  g_assert_cmpint (transfer, ==, SENDCO_TRANSFER_POST16);
  g_assert_true (sendco_transfer_from_key ("post16-move", &transfer));
  g_assert_cmpint (transfer, ==, SENDCO_TRANSFER_POST16_MOVE);
  g_assert_false (sendco_transfer_from_key ("secondary", &transfer));
  g_assert_cmpint (transfer, ==, SENDCO_TRANSFER_POST16_MOVE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (request_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ehc/request/%s%s%s", request_cases[i].received,
                                               request_cases[i].draft ? "/draft-" : "",
                                               request_cases[i].draft ? request_cases[i].draft : "");
      g_test_add_data_func (path, &request_cases[i], test_request_timeline);
    }
  g_test_add_func ("/ehc/request/owners", test_request_owners);
  for (guint i = 0; i < G_N_ELEMENTS (review_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ehc/review/%u-%s", i, review_cases[i].meeting);
      g_test_add_data_func (path, &review_cases[i], test_review_timeline);
    }
  g_test_add_func ("/ehc/within-months", test_within_months);
  g_test_add_func ("/ehc/transfer-deadlines", test_transfer_deadlines);
  g_test_add_func ("/ehc/review-due", test_review_due);
  g_test_add_func ("/ehc/transfer-keys", test_transfer_keys);

  return g_test_run ();
}
