/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Who must act by a deadline. */
typedef enum
{
  SENDCO_OWNER_SCHOOL,
  SENDCO_OWNER_LA,
  SENDCO_OWNER_PARENTS,
} SendcoOwner;

typedef enum
{
  SENDCO_TRANSFER_NONE,
  SENDCO_TRANSFER_PHASE,        /* e.g. primary to secondary: 15 February */
  SENDCO_TRANSFER_POST16,       /* secondary school to post-16: 31 March */
  SENDCO_TRANSFER_POST16_MOVE,  /* one post-16 setting to another: 5 months before */
} SendcoTransfer;

/* One statutory (or customary) date. */
typedef struct
{
  const char *step;   /* machine name, e.g. "decision-to-assess" */
  GDate       date;
  SendcoOwner owner;
  const char *label;  /* what is due, in plain words (translated) */
  const char *rule;   /* where the date comes from (translated) */
} SendcoDeadline;

/* The dates an annual review's timeline is worked out from; an invalid
 * (cleared) GDate means "not known". */
typedef struct
{
  GDate          meeting;
  GDate          plan_issued;
  GDate          previous_review;
  GDate          la_decision;
  GDate          amendment_notice;
  SendcoTransfer transfer;
  int            transfer_year;   /* for PHASE and POST16 */
  GDate          post16_move;     /* for POST16_MOVE */
} SendcoAnnualReviewDates;

void        sendco_date_add_within_months   (GDate                         *date,
                                             guint                          months);
void        sendco_transfer_deadline        (SendcoTransfer                 transfer,
                                             int                            year,
                                             const GDate                   *move,
                                             GDate                         *deadline);

GArray     *sendco_ehc_request_timeline     (const GDate                   *received,
                                             const GDate                   *draft_sent);
void        sendco_annual_review_dates_init (SendcoAnnualReviewDates       *dates);
GArray     *sendco_annual_review_timeline   (const SendcoAnnualReviewDates *dates);
void        sendco_review_due               (const GDate                   *plan_issued,
                                             const GDate                   *previous_review,
                                             GDate                         *due);

const char *sendco_owner_name               (SendcoOwner                    owner);
const char *sendco_transfer_key             (SendcoTransfer                 transfer);
gboolean    sendco_transfer_from_key        (const char                    *key,
                                             SendcoTransfer                *transfer);

G_END_DECLS
