/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plain records of the graduated approach and EHC plans. Dates are ISO
 * YYYY-MM-DD text, "" when not (yet) known; every string is non-NULL. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One outcome (target) of a support plan, with its progress at review. */
typedef struct
{
  gint64  id;
  char   *area;          /* area of need key: communication, cognition, semh, sensory, other */
  char   *outcome;       /* what the pupil will achieve */
  char   *success;       /* what success looks like */
  char   *strategies;
  char   *provision;     /* the provision that serves it */
  gint64  carried_from;  /* the outcome of the previous cycle it continues, or 0 */
  char   *progress;      /* at the review: achieved, partly, not-yet; "" before */
  char   *progress_note;
} SendcoOutcome;

/* One assess-plan-do-review cycle. */
typedef struct
{
  gint64     id;
  gint64     pupil_id;
  int        cycle;
  char      *start_date;
  char      *review_date;    /* when it is to be reviewed */
  gboolean   reviewed;
  GPtrArray *outcomes;       /* SendcoOutcome */
} SendcoSupportPlan;

typedef struct
{
  gint64  id;
  gint64  plan_id;
  char   *held_on;           /* when the review happened */
  char   *attendees;
  char   *pupil_views;
  char   *parent_views;
  char   *next_steps;
  char   *recorded_at;       /* when it was typed */
} SendcoPlanReview;

typedef struct
{
  gint64  id;
  gint64  pupil_id;
  char   *held_on;
  char   *with_whom;
  char   *notes;
  char   *recorded_at;
} SendcoParentMeeting;

/* The one-page profile. */
typedef struct
{
  gint64  pupil_id;
  char   *about_me;
  char   *important;   /* what's important to me */
  char   *admire;      /* what people like and admire about me */
  char   *support;     /* how best to support me */
  char   *strengths;
  char   *updated_on;
} SendcoPassport;

typedef struct
{
  gint64  id;
  gint64  pupil_id;
  char   *received_on;     /* the LA received the request */
  char   *decision_on;
  char   *decision;        /* assess, not-assess, or "" */
  char   *advice_on;
  char   *draft_sent_on;
  char   *final_plan_on;
  char   *not_issuing_on;  /* the LA said it will not issue a plan after assessing */
  char   *exception;       /* child-away, setting-closed, exceptional-circumstances, or "" */
  char   *exception_note;
} SendcoEhcRequest;

typedef struct
{
  gint64  id;
  gint64  pupil_id;
  char   *local_authority;
  char   *caseworker;
  char   *issued_on;
  char   *last_review_on;  /* the last review before Sendco kept them, if any */
  char   *transfer;        /* phase, post16, post16-move, or "" */
  int     transfer_year;   /* 0 when none */
  char   *post16_move_on;
  char   *ceased_on;
} SendcoEhcPlan;

typedef struct
{
  gint64  id;
  gint64  plan_id;
  char   *meeting_on;          /* the planned meeting date */
  char   *views_gathered_on;
  char   *invitations_sent_on;
  char   *papers_circulated_on;
  char   *meeting_held_on;
  char   *report_sent_on;
  char   *la_decision_on;
  char   *la_decision;         /* maintain, amend, cease, or "" */
  char   *amendment_notice_on;
  char   *amended_plan_on;
} SendcoAnnualReview;

#define SENDCO_DECLARE_RECORD(Type, type)                                  \
  GType  sendco_##type##_get_type (void) G_GNUC_CONST;                      \
  Type  *sendco_##type##_new      (void);                                   \
  Type  *sendco_##type##_copy     (const Type *record);                     \
  void   sendco_##type##_free     (Type       *record);                     \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (Type, sendco_##type##_free)

SENDCO_DECLARE_RECORD (SendcoOutcome, outcome)
SENDCO_DECLARE_RECORD (SendcoSupportPlan, support_plan)
SENDCO_DECLARE_RECORD (SendcoPlanReview, plan_review)
SENDCO_DECLARE_RECORD (SendcoParentMeeting, parent_meeting)
SENDCO_DECLARE_RECORD (SendcoPassport, passport)
SENDCO_DECLARE_RECORD (SendcoEhcRequest, ehc_request)
SENDCO_DECLARE_RECORD (SendcoEhcPlan, ehc_plan)
SENDCO_DECLARE_RECORD (SendcoAnnualReview, annual_review)

/* Replaces *slot with a copy of @value ("" for NULL). */
void sendco_record_set (char       **slot,
                        const char  *value);

G_END_DECLS
