/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Staff, provisions and enrolments as plain records. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sendco-provision.h"

G_DEFINE_BOXED_TYPE (SendcoStaff, sendco_staff, sendco_staff_copy, sendco_staff_free)
G_DEFINE_BOXED_TYPE (SendcoProvision, sendco_provision, sendco_provision_copy, sendco_provision_free)
G_DEFINE_BOXED_TYPE (SendcoEnrolment, sendco_enrolment, sendco_enrolment_copy, sendco_enrolment_free)

SendcoStaff *
sendco_staff_new (void)
{
  SendcoStaff *staff = g_new0 (SendcoStaff, 1);

  staff->name = g_strdup ("");
  staff->role = g_strdup ("ta");
  staff->archived_on = g_strdup ("");
  return staff;
}

SendcoStaff *
sendco_staff_copy (const SendcoStaff *staff)
{
  SendcoStaff *copy = g_memdup2 (staff, sizeof *staff);

  copy->name = g_strdup (staff->name);
  copy->role = g_strdup (staff->role);
  copy->archived_on = g_strdup (staff->archived_on);
  return copy;
}

void
sendco_staff_free (SendcoStaff *staff)
{
  if (staff == NULL)
    return;
  g_free (staff->name);
  g_free (staff->role);
  g_free (staff->archived_on);
  g_free (staff);
}

SendcoProvision *
sendco_provision_new (void)
{
  SendcoProvision *p = g_new0 (SendcoProvision, 1);

  p->name = g_strdup ("");
  p->area = g_strdup ("cognition");
  p->wave = 2;
  p->description = g_strdup ("");
  p->group_size = 1;
  p->sessions_per_week = 1;
  p->minutes_per_session = 30;
  p->start_date = g_strdup ("");
  p->end_date = g_strdup ("");
  p->measure_name = g_strdup ("");
  p->measure_unit = g_strdup ("");
  p->higher_is_better = TRUE;
  p->archived_on = g_strdup ("");
  return p;
}

SendcoProvision *
sendco_provision_copy (const SendcoProvision *provision)
{
  SendcoProvision *copy = g_memdup2 (provision, sizeof *provision);

  copy->name = g_strdup (provision->name);
  copy->area = g_strdup (provision->area);
  copy->description = g_strdup (provision->description);
  copy->start_date = g_strdup (provision->start_date);
  copy->end_date = g_strdup (provision->end_date);
  copy->measure_name = g_strdup (provision->measure_name);
  copy->measure_unit = g_strdup (provision->measure_unit);
  copy->archived_on = g_strdup (provision->archived_on);
  return copy;
}

void
sendco_provision_free (SendcoProvision *provision)
{
  if (provision == NULL)
    return;
  g_free (provision->name);
  g_free (provision->area);
  g_free (provision->description);
  g_free (provision->start_date);
  g_free (provision->end_date);
  g_free (provision->measure_name);
  g_free (provision->measure_unit);
  g_free (provision->archived_on);
  g_free (provision);
}

SendcoEnrolment *
sendco_enrolment_new (void)
{
  SendcoEnrolment *e = g_new0 (SendcoEnrolment, 1);

  e->start_date = g_strdup ("");
  e->end_date = g_strdup ("");
  return e;
}

SendcoEnrolment *
sendco_enrolment_copy (const SendcoEnrolment *enrolment)
{
  SendcoEnrolment *copy = g_memdup2 (enrolment, sizeof *enrolment);

  copy->start_date = g_strdup (enrolment->start_date);
  copy->end_date = g_strdup (enrolment->end_date);
  return copy;
}

void
sendco_enrolment_free (SendcoEnrolment *enrolment)
{
  if (enrolment == NULL)
    return;
  g_free (enrolment->start_date);
  g_free (enrolment->end_date);
  g_free (enrolment);
}

gboolean
sendco_staff_role_is_valid (const char *role)
{
  return sendco_staff_role_name (role) != NULL;
}

/* "Teaching assistant (TA)" for "ta"; NULL for an unknown role. */
const char *
sendco_staff_role_name (const char *role)
{
  if (g_strcmp0 (role, "teacher") == 0)
    return _("Teacher");
  if (g_strcmp0 (role, "ta") == 0)
    return _("Teaching assistant (TA)");
  if (g_strcmp0 (role, "hlta") == 0)
    return _("Higher level teaching assistant (HLTA)");
  if (g_strcmp0 (role, "sendco") == 0)
    return _("SENDCO");
  if (g_strcmp0 (role, "external") == 0)
    return _("External professional");
  return NULL;
}
