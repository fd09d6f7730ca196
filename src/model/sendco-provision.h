/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The people who deliver support, the provision library and who receives
 * what. Money is integer pence; dates ISO text, "" when none. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *name;
  char   *role;            /* teacher, ta, hlta, sendco, external */
  gint64  hourly_cost;     /* on-costs included */
  double  hours_per_week;  /* contracted */
  char   *archived_on;     /* "" while they work here */
} SendcoStaff;

typedef struct
{
  gint64   id;
  char    *name;
  char    *area;               /* area of need key: communication, cognition, semh, sensory, other */
  int      wave;               /* 1 universal, 2 targeted, 3 specialist */
  char    *description;
  gint64   staff_id;           /* who delivers it, or 0 */
  int      group_size;
  int      sessions_per_week;
  int      minutes_per_session;
  char    *start_date;
  char    *end_date;           /* "" when it runs on */
  int      weeks;              /* teaching weeks it runs, or 0 to count from the dates */
  gint64   resources_per_year; /* resources and licences */
  char    *measure_name;       /* entry and exit measure, e.g. "Reading age" */
  char    *measure_unit;       /* e.g. "months" */
  gboolean higher_is_better;
  char    *archived_on;        /* "" while in the library */
} SendcoProvision;

/* A pupil's place on a provision. */
typedef struct
{
  gint64  id;
  gint64  provision_id;
  gint64  pupil_id;
  char   *start_date;
  char   *end_date;          /* "" while they attend */
} SendcoEnrolment;

#define SENDCO_TYPE_STAFF (sendco_staff_get_type ())
#define SENDCO_TYPE_PROVISION (sendco_provision_get_type ())
#define SENDCO_TYPE_ENROLMENT (sendco_enrolment_get_type ())

GType            sendco_staff_get_type     (void) G_GNUC_CONST;
SendcoStaff     *sendco_staff_new          (void);
SendcoStaff     *sendco_staff_copy         (const SendcoStaff     *staff);
void             sendco_staff_free         (SendcoStaff           *staff);

GType            sendco_provision_get_type (void) G_GNUC_CONST;
SendcoProvision *sendco_provision_new      (void);
SendcoProvision *sendco_provision_copy     (const SendcoProvision *provision);
void             sendco_provision_free     (SendcoProvision       *provision);

GType            sendco_enrolment_get_type (void) G_GNUC_CONST;
SendcoEnrolment *sendco_enrolment_new      (void);
SendcoEnrolment *sendco_enrolment_copy     (const SendcoEnrolment *enrolment);
void             sendco_enrolment_free     (SendcoEnrolment       *enrolment);

const char      *sendco_staff_role_name    (const char            *role);
gboolean         sendco_staff_role_is_valid (const char           *role);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoStaff, sendco_staff_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoProvision, sendco_provision_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoEnrolment, sendco_enrolment_free)

G_END_DECLS
