/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Construction, copying and freeing of the plain records. Each record type
 * lists where its strings are, and shares the same three helpers. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <string.h>

#include "sendco-records.h"

#define S(Type, field) G_STRUCT_OFFSET (Type, field)

static const goffset outcome_strings[] = {
  S (SendcoOutcome, area), S (SendcoOutcome, outcome), S (SendcoOutcome, success),
  S (SendcoOutcome, strategies), S (SendcoOutcome, provision), S (SendcoOutcome, progress),
  S (SendcoOutcome, progress_note), -1
};
static const goffset support_plan_strings[] = {
  S (SendcoSupportPlan, start_date), S (SendcoSupportPlan, review_date), -1
};
static const goffset plan_review_strings[] = {
  S (SendcoPlanReview, held_on), S (SendcoPlanReview, attendees),
  S (SendcoPlanReview, pupil_views), S (SendcoPlanReview, parent_views),
  S (SendcoPlanReview, next_steps), S (SendcoPlanReview, recorded_at), -1
};
static const goffset parent_meeting_strings[] = {
  S (SendcoParentMeeting, held_on), S (SendcoParentMeeting, with_whom),
  S (SendcoParentMeeting, notes), S (SendcoParentMeeting, recorded_at), -1
};
static const goffset passport_strings[] = {
  S (SendcoPassport, about_me), S (SendcoPassport, important), S (SendcoPassport, admire),
  S (SendcoPassport, support), S (SendcoPassport, strengths), S (SendcoPassport, updated_on), -1
};
static const goffset ehc_request_strings[] = {
  S (SendcoEhcRequest, received_on), S (SendcoEhcRequest, decision_on),
  S (SendcoEhcRequest, decision), S (SendcoEhcRequest, advice_on),
  S (SendcoEhcRequest, draft_sent_on), S (SendcoEhcRequest, final_plan_on),
  S (SendcoEhcRequest, not_issuing_on), S (SendcoEhcRequest, exception),
  S (SendcoEhcRequest, exception_note), -1
};
static const goffset ehc_plan_strings[] = {
  S (SendcoEhcPlan, local_authority), S (SendcoEhcPlan, caseworker), S (SendcoEhcPlan, issued_on),
  S (SendcoEhcPlan, last_review_on), S (SendcoEhcPlan, transfer),
  S (SendcoEhcPlan, post16_move_on), S (SendcoEhcPlan, ceased_on), -1
};
static const goffset annual_review_strings[] = {
  S (SendcoAnnualReview, meeting_on), S (SendcoAnnualReview, views_gathered_on),
  S (SendcoAnnualReview, invitations_sent_on), S (SendcoAnnualReview, papers_circulated_on),
  S (SendcoAnnualReview, meeting_held_on), S (SendcoAnnualReview, report_sent_on),
  S (SendcoAnnualReview, la_decision_on), S (SendcoAnnualReview, la_decision),
  S (SendcoAnnualReview, amendment_notice_on), S (SendcoAnnualReview, amended_plan_on), -1
};

#define SLOT(record, offset) G_STRUCT_MEMBER (char *, record, offset)

static gpointer
record_new (gsize size, const goffset *strings)
{
  gpointer record = g_malloc0 (size);

  for (guint i = 0; strings[i] >= 0; i++)
    SLOT (record, strings[i]) = g_strdup ("");
  return record;
}

static gpointer
record_copy (gconstpointer record, gsize size, const goffset *strings)
{
  gpointer copy = g_memdup2 (record, size);

  for (guint i = 0; strings[i] >= 0; i++)
    SLOT (copy, strings[i]) = g_strdup (SLOT (record, strings[i]));
  return copy;
}

static void
record_free (gpointer record, const goffset *strings)
{
  for (guint i = 0; strings[i] >= 0; i++)
    g_free (SLOT (record, strings[i]));
  g_free (record);
}

#define SENDCO_DEFINE_RECORD(Type, type)                                      \
  G_DEFINE_BOXED_TYPE (Type, sendco_##type, sendco_##type##_copy, sendco_##type##_free) \
  Type *                                                                      \
  sendco_##type##_new (void)                                                  \
  {                                                                           \
    return record_new (sizeof (Type), type##_strings);                        \
  }

SENDCO_DEFINE_RECORD (SendcoOutcome, outcome)
SENDCO_DEFINE_RECORD (SendcoPlanReview, plan_review)
SENDCO_DEFINE_RECORD (SendcoParentMeeting, parent_meeting)
SENDCO_DEFINE_RECORD (SendcoPassport, passport)
SENDCO_DEFINE_RECORD (SendcoEhcRequest, ehc_request)
SENDCO_DEFINE_RECORD (SendcoEhcPlan, ehc_plan)
SENDCO_DEFINE_RECORD (SendcoAnnualReview, annual_review)

#define SENDCO_DEFINE_SIMPLE_COPY_FREE(Type, type)                            \
  Type *                                                                      \
  sendco_##type##_copy (const Type *record)                                   \
  {                                                                           \
    g_return_val_if_fail (record != NULL, NULL);                              \
    return record_copy (record, sizeof (Type), type##_strings);               \
  }                                                                           \
  void                                                                        \
  sendco_##type##_free (Type *record)                                         \
  {                                                                           \
    if (record)                                                               \
      record_free (record, type##_strings);                                   \
  }

SENDCO_DEFINE_SIMPLE_COPY_FREE (SendcoOutcome, outcome)
SENDCO_DEFINE_SIMPLE_COPY_FREE (SendcoPlanReview, plan_review)
SENDCO_DEFINE_SIMPLE_COPY_FREE (SendcoParentMeeting, parent_meeting)
SENDCO_DEFINE_SIMPLE_COPY_FREE (SendcoPassport, passport)
SENDCO_DEFINE_SIMPLE_COPY_FREE (SendcoEhcRequest, ehc_request)
SENDCO_DEFINE_SIMPLE_COPY_FREE (SendcoEhcPlan, ehc_plan)
SENDCO_DEFINE_SIMPLE_COPY_FREE (SendcoAnnualReview, annual_review)

/* A support plan owns its outcomes. */
G_DEFINE_BOXED_TYPE (SendcoSupportPlan, sendco_support_plan, sendco_support_plan_copy,
                     sendco_support_plan_free)

SendcoSupportPlan *
sendco_support_plan_new (void)
{
  SendcoSupportPlan *plan = record_new (sizeof (SendcoSupportPlan), support_plan_strings);

  plan->outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_outcome_free);
  return plan;
}

SendcoSupportPlan *
sendco_support_plan_copy (const SendcoSupportPlan *plan)
{
  SendcoSupportPlan *copy;

  g_return_val_if_fail (plan != NULL, NULL);

  copy = record_copy (plan, sizeof (SendcoSupportPlan), support_plan_strings);
  copy->outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_outcome_free);
  for (guint i = 0; i < plan->outcomes->len; i++)
    g_ptr_array_add (copy->outcomes, sendco_outcome_copy (g_ptr_array_index (plan->outcomes, i)));
  return copy;
}

void
sendco_support_plan_free (SendcoSupportPlan *plan)
{
  if (plan == NULL)
    return;
  g_ptr_array_unref (plan->outcomes);
  record_free (plan, support_plan_strings);
}

void
sendco_record_set (char **slot, const char *value)
{
  char *old = *slot;

  *slot = g_strdup (value ? value : "");
  g_free (old);
}
