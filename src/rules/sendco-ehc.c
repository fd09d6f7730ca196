/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The statutory EHC clock (DOMAIN.md; SEND Regulations 2014 and the SEND Code
 * of Practice, chapter 9). This is the only place these numbers live.
 *
 * "N weeks after D" is D + 7N days. "Within 12 months of D" is on or before
 * the same day of the month 12 months later, 29 February mapping to
 * 28 February. */
#define G_LOG_DOMAIN "sendco-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-dates.h"
#include "sendco-ehc.h"

#define REQUEST_DECISION_WEEKS   6
#define REQUEST_NO_PLAN_WEEKS    16
#define REQUEST_FINAL_PLAN_WEEKS 20
#define DRAFT_COMMENT_DAYS       15
#define REVIEW_VIEWS_WEEKS       8
#define REVIEW_NOTICE_DAYS       14
#define REVIEW_REPORT_DAYS       14
#define REVIEW_DECISION_DAYS     28
#define AMENDMENT_WEEKS          8
#define REVIEW_MONTHS            12
#define POST16_MOVE_MONTHS       5

/**
 * sendco_date_add_within_months:
 *
 * Moves @date to the last day that is "within @months months" of it: the
 * same day of the month, or the month's last day when that day does not
 * exist (29 February + 12 months is 28 February).
 */
void
sendco_date_add_within_months (GDate *date, guint months)
{
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_date_add_months (date, months);
}

static void
add (GArray *deadlines, const char *step, const GDate *date, SendcoOwner owner,
     const char *label, const char *rule)
{
  SendcoDeadline deadline = { step, *date, owner, label, rule };

  g_array_append_val (deadlines, deadline);
}

/* Date order; g_array_sort is stable, so same-day steps keep their order. */
static int
compare_deadlines (gconstpointer a, gconstpointer b)
{
  return g_date_compare (&((const SendcoDeadline *) a)->date, &((const SendcoDeadline *) b)->date);
}

static GDate
days_after (const GDate *from, int days)
{
  GDate date = *from;

  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return date;
}

/**
 * sendco_transfer_deadline:
 * @year: the calendar year of transfer (phase and post-16 transfers)
 * @move: the date of a move between post-16 settings
 * @deadline: (out): cleared when @transfer is %SENDCO_TRANSFER_NONE
 *
 * When the plan must be reviewed and amended before a transfer: 15 February
 * of the year of a phase transfer, 31 March of the year of a move from
 * secondary school to post-16, and 5 months before a move between post-16
 * settings.
 */
void
sendco_transfer_deadline (SendcoTransfer transfer, int year, const GDate *move, GDate *deadline)
{
  g_return_if_fail (deadline != NULL);

  g_date_clear (deadline, 1);
  switch (transfer)
    {
    case SENDCO_TRANSFER_PHASE:
      if (g_date_valid_year ((GDateYear) year))
        g_date_set_dmy (deadline, 15, G_DATE_FEBRUARY, (GDateYear) year);
      break;
    case SENDCO_TRANSFER_POST16:
      if (g_date_valid_year ((GDateYear) year))
        g_date_set_dmy (deadline, 31, G_DATE_MARCH, (GDateYear) year);
      break;
    case SENDCO_TRANSFER_POST16_MOVE:
      if (move && g_date_valid (move))
        {
          *deadline = *move;
          g_date_subtract_months (deadline, POST16_MOVE_MONTHS);
        }
      break;
    case SENDCO_TRANSFER_NONE:
    default:
      break;
    }
}

/**
 * sendco_ehc_request_timeline:
 * @received: the date the local authority received the request
 * @draft_sent: (nullable): the date the draft plan was sent to the parents
 *
 * Returns: (transfer full) (element-type SendcoDeadline): the statutory
 *   steps in date order
 */
GArray *
sendco_ehc_request_timeline (const GDate *received, const GDate *draft_sent)
{
  GArray *deadlines = g_array_new (FALSE, FALSE, sizeof (SendcoDeadline));
  GDate date;

  g_return_val_if_fail (received != NULL && g_date_valid (received), deadlines);

  date = *received;
  sendco_date_add_weeks (&date, REQUEST_DECISION_WEEKS);
  add (deadlines, "decision-to-assess", &date, SENDCO_OWNER_LA,
       _("The LA decides whether to assess and tells the parents"),
       _("6 weeks from the LA receiving the request (SEND Regulations 2014, reg. 4)"));

  if (draft_sent && g_date_valid (draft_sent))
    {
      date = days_after (draft_sent, DRAFT_COMMENT_DAYS);
      add (deadlines, "draft-comments", &date, SENDCO_OWNER_PARENTS,
           _("Parents comment on the draft plan and name a school"),
           _("At least 15 calendar days from the draft plan being sent"));
    }

  date = *received;
  sendco_date_add_weeks (&date, REQUEST_NO_PLAN_WEEKS);
  add (deadlines, "notice-no-plan", &date, SENDCO_OWNER_LA,
       _("If no plan will be issued after assessing, the LA tells the parents"),
       _("16 weeks from the LA receiving the request (SEND Regulations 2014, reg. 10)"));

  date = *received;
  sendco_date_add_weeks (&date, REQUEST_FINAL_PLAN_WEEKS);
  add (deadlines, "final-plan", &date, SENDCO_OWNER_LA,
       _("The final EHC plan is issued"),
       _("20 weeks from the LA receiving the request (SEND Regulations 2014, reg. 13)"));

  /* The draft can fall after the 16-week notice; keep date order. */
  if (draft_sent && g_date_valid (draft_sent))
    g_array_sort (deadlines, compare_deadlines);

  return deadlines;
}

void
sendco_annual_review_dates_init (SendcoAnnualReviewDates *dates)
{
  g_return_if_fail (dates != NULL);

  memset (dates, 0, sizeof *dates);
  g_date_clear (&dates->meeting, 1);
  g_date_clear (&dates->plan_issued, 1);
  g_date_clear (&dates->previous_review, 1);
  g_date_clear (&dates->la_decision, 1);
  g_date_clear (&dates->amendment_notice, 1);
  g_date_clear (&dates->post16_move, 1);
  dates->transfer = SENDCO_TRANSFER_NONE;
}

/**
 * sendco_review_due:
 * @plan_issued: (nullable): when the plan was first issued
 * @previous_review: (nullable): the previous review meeting, if any
 * @due: (out): the last day the next review can be held; cleared if neither
 *   date is known
 *
 * The first review is within 12 months of the plan being issued; later
 * reviews within 12 months of the previous review.
 */
void
sendco_review_due (const GDate *plan_issued, const GDate *previous_review, GDate *due)
{
  g_return_if_fail (due != NULL);

  g_date_clear (due, 1);
  if (previous_review && g_date_valid (previous_review))
    *due = *previous_review;
  else if (plan_issued && g_date_valid (plan_issued))
    *due = *plan_issued;
  else
    return;
  sendco_date_add_within_months (due, REVIEW_MONTHS);
}

/**
 * sendco_annual_review_timeline:
 *
 * The steps around an annual review meeting that the known dates determine:
 * views gathered from 8 weeks before; invitations, advice requests and papers
 * by 2 weeks before; the school's report to the LA within 2 weeks after; the
 * LA's decision within 4 weeks after; an amended plan within 8 weeks of the
 * notice of proposed amendments; the next review within 12 months of this
 * meeting (and, the law's later date, of the LA's decision); a transfer
 * deadline when a transfer is planned.
 *
 * Returns: (transfer full) (element-type SendcoDeadline): in date order
 */
GArray *
sendco_annual_review_timeline (const SendcoAnnualReviewDates *dates)
{
  GArray *deadlines = g_array_new (FALSE, FALSE, sizeof (SendcoDeadline));
  const GDate *meeting;
  GDate date;

  g_return_val_if_fail (dates != NULL, deadlines);
  meeting = &dates->meeting;
  g_return_val_if_fail (g_date_valid (meeting), deadlines);

  date = *meeting;
  sendco_date_add_weeks (&date, -REVIEW_VIEWS_WEEKS);
  add (deadlines, "gather-views", &date, SENDCO_OWNER_SCHOOL,
       _("Start gathering the views of the child, parents and professionals"),
       _("Customary: about 8 weeks before the review meeting"));

  date = days_after (meeting, -REVIEW_NOTICE_DAYS);
  add (deadlines, "invitations", &date, SENDCO_OWNER_SCHOOL,
       _("Send invitations and requests for advice"),
       _("At least 2 weeks before the review meeting (SEND Regulations 2014, reg. 20)"));
  add (deadlines, "papers-circulated", &date, SENDCO_OWNER_SCHOOL,
       _("Circulate the advice and information to everyone invited"),
       _("At least 2 weeks before the review meeting (SEND Regulations 2014, reg. 20)"));

  date = days_after (meeting, REVIEW_REPORT_DAYS);
  add (deadlines, "report-to-la", &date, SENDCO_OWNER_SCHOOL,
       _("Send the review report to the LA and everyone invited"),
       _("Within 2 weeks of the review meeting (SEND Regulations 2014, reg. 20)"));

  date = days_after (meeting, REVIEW_DECISION_DAYS);
  add (deadlines, "la-decision", &date, SENDCO_OWNER_LA,
       _("The LA decides to keep, amend or cease the plan and tells the parents"),
       _("Within 4 weeks of the review meeting (SEND Regulations 2014, reg. 20)"));

  if (g_date_valid (&dates->amendment_notice))
    {
      date = dates->amendment_notice;
      sendco_date_add_weeks (&date, AMENDMENT_WEEKS);
      add (deadlines, "amended-plan", &date, SENDCO_OWNER_LA,
           _("The LA issues the final amended plan"),
           _("Within 8 weeks of the LA’s notice of proposed amendments (SEND Regulations 2014, reg. 22)"));
    }

  date = *meeting;
  sendco_date_add_within_months (&date, REVIEW_MONTHS);
  add (deadlines, "next-review", &date, SENDCO_OWNER_SCHOOL,
       _("Hold the next annual review"),
       _("Within 12 months of this review meeting (the school’s safe date)"));

  if (g_date_valid (&dates->la_decision))
    {
      date = dates->la_decision;
      sendco_date_add_within_months (&date, REVIEW_MONTHS);
      add (deadlines, "next-review-legal", &date, SENDCO_OWNER_SCHOOL,
           _("The law’s latest date for the next review"),
           _("Within 12 months of the LA’s decision after this review (Children and Families Act 2014, s. 44)"));
    }

  if (dates->transfer != SENDCO_TRANSFER_NONE)
    {
      sendco_transfer_deadline (dates->transfer, dates->transfer_year, &dates->post16_move, &date);
      if (g_date_valid (&date))
        add (deadlines, "transfer-deadline", &date, SENDCO_OWNER_LA,
             dates->transfer == SENDCO_TRANSFER_POST16_MOVE
               ? _("Review and amend the plan before the move between post-16 settings")
               : _("Review and amend the plan, naming the new setting, before the transfer"),
             dates->transfer == SENDCO_TRANSFER_PHASE
               ? _("By 15 February of the year of a phase transfer (SEND Regulations 2014, reg. 18)")
               : dates->transfer == SENDCO_TRANSFER_POST16
                   ? _("By 31 March of the year of moving from secondary school to post-16 (SEND Regulations 2014, reg. 18)")
                   : _("At least 5 months before a move between post-16 settings (SEND Regulations 2014, reg. 18)"));
    }

  g_array_sort (deadlines, compare_deadlines);
  return deadlines;
}

const char *
sendco_owner_name (SendcoOwner owner)
{
  switch (owner)
    {
    case SENDCO_OWNER_SCHOOL: return _("School");
    case SENDCO_OWNER_LA: return _("Local authority");
    case SENDCO_OWNER_PARENTS: return _("Parents");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sendco_transfer_key (SendcoTransfer transfer)
{
  switch (transfer)
    {
    case SENDCO_TRANSFER_PHASE: return "phase";
    case SENDCO_TRANSFER_POST16: return "post16";
    case SENDCO_TRANSFER_POST16_MOVE: return "post16-move";
    case SENDCO_TRANSFER_NONE:
    default:
      return "";
    }
}

gboolean
sendco_transfer_from_key (const char *key, SendcoTransfer *transfer)
{
  static const SendcoTransfer all[] = {
    SENDCO_TRANSFER_PHASE, SENDCO_TRANSFER_POST16, SENDCO_TRANSFER_POST16_MOVE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (g_strcmp0 (key, sendco_transfer_key (all[i])) == 0)
      {
        *transfer = all[i];
        return TRUE;
      }
  return FALSE;
}
