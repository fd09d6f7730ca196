/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the EHC tab and its windows share: how a step stands against its
 * statutory date, the words for the stored codes, and which dates an annual
 * review's timeline is worked out from. The dates themselves always come
 * from src/rules/sendco-ehc.c. */
#pragma once

#include <gtk/gtk.h>

#include "sendco-ehc.h"
#include "sendco-records.h"

G_BEGIN_DECLS

typedef enum
{
  SENDCO_STEP_NO_DATE,   /* not done, and no date to do it by */
  SENDCO_STEP_WAITING,   /* not done; its date has not passed */
  SENDCO_STEP_OVERDUE,   /* not done; its date has passed */
  SENDCO_STEP_ON_TIME,   /* done on or before its date */
  SENDCO_STEP_LATE,      /* done after its date */
  SENDCO_STEP_DONE,      /* done; there is no date to compare */
} SendcoStepState;

SendcoStepState       sendco_step_state            (const char                *done_on,
                                                    const GDate               *due,
                                                    const GDate               *today,
                                                    int                       *days);
char                 *sendco_step_state_text       (SendcoStepState            state,
                                                    int                        days,
                                                    gboolean                   customary);
void                  sendco_step_state_style      (GtkWidget                 *label,
                                                    SendcoStepState            state,
                                                    gboolean                   customary);
gboolean              sendco_step_state_is_breach  (SendcoStepState            state);

const SendcoDeadline *sendco_deadline_lookup       (GArray                    *deadlines,
                                                    const char                *step);

const char           *sendco_assess_decision_name  (const char                *key);
const char           *sendco_la_decision_name      (const char                *key);
const char           *sendco_ehc_exception_name    (const char                *key);
const char           *sendco_transfer_name         (const char                *key);

char                 *sendco_review_previous       (const SendcoEhcPlan       *plan,
                                                    GPtrArray                 *reviews,
                                                    const SendcoAnnualReview  *review);
void                  sendco_review_due_for        (const SendcoEhcPlan       *plan,
                                                    GPtrArray                 *reviews,
                                                    const SendcoAnnualReview  *review,
                                                    GDate                     *due);
GArray               *sendco_review_timeline_for   (const SendcoEhcPlan       *plan,
                                                    const char                *meeting_on,
                                                    const char                *meeting_held_on,
                                                    const char                *la_decision_on,
                                                    const char                *amendment_notice_on);

char                 *sendco_format_due            (const GDate               *date);

/* The steps of an annual review, in the order they happen. */
typedef struct
{
  const char *step;       /* its name in the review timeline; "meeting" for
                           * the meeting, due by the review due date */
  const char *title;      /* translatable: use _() */
  goffset     offset;     /* of the date it was done, in SendcoAnnualReview */
  gboolean    customary;  /* good practice rather than the law */
  gboolean    amendment;  /* only when the LA amends the plan */
} SendcoReviewStep;

const SendcoReviewStep *sendco_review_steps        (guint                     *n_steps);
const char           *sendco_review_step_done      (const SendcoAnnualReview  *review,
                                                    const SendcoReviewStep    *step);

G_END_DECLS
