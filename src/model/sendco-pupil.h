/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The text fields of a pupil, each also a property of the same name. */
typedef enum
{
  SENDCO_PUPIL_UPN,
  SENDCO_PUPIL_LEGAL_SURNAME,
  SENDCO_PUPIL_LEGAL_FORENAME,
  SENDCO_PUPIL_PREFERRED_SURNAME,
  SENDCO_PUPIL_PREFERRED_FORENAME,
  SENDCO_PUPIL_DATE_OF_BIRTH,    /* YYYY-MM-DD */
  SENDCO_PUPIL_GENDER,           /* "F", "M", "X" or "" */
  SENDCO_PUPIL_FORM,
  SENDCO_PUPIL_SEN_STATUS,       /* "N", "K" or "E" */
  SENDCO_PUPIL_PRIMARY_NEED,     /* census code or "" */
  SENDCO_PUPIL_SECONDARY_NEED,
  SENDCO_PUPIL_SEN_SINCE,        /* start of the open SEN period */
  SENDCO_PUPIL_ON_REGISTER_SINCE,/* start of the current run at K or E, "" at N */
  SENDCO_PUPIL_LAST_REVIEWED,
  SENDCO_PUPIL_MONITORING_SINCE,
  SENDCO_PUPIL_MONITORING_NOTE,
  SENDCO_PUPIL_ARCHIVED_ON,      /* "" while on roll */
  SENDCO_PUPIL_ARCHIVE_REASON,
  SENDCO_PUPIL_N_TEXT_FIELDS,
} SendcoPupilField;

typedef struct
{
  gint64  id;
  char   *status;
  char   *primary_need;
  char   *secondary_need;
  char   *start_date;
  char   *end_date;        /* NULL while open */
  char   *reason;
  char   *recorded_at;
  char   *source;
} SendcoSenPeriod;

#define SENDCO_TYPE_SEN_PERIOD (sendco_sen_period_get_type ())
GType            sendco_sen_period_get_type (void) G_GNUC_CONST;
SendcoSenPeriod *sendco_sen_period_copy     (const SendcoSenPeriod *period);
void             sendco_sen_period_free     (SendcoSenPeriod       *period);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendcoSenPeriod, sendco_sen_period_free)

#define SENDCO_TYPE_PUPIL (sendco_pupil_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPupil, sendco_pupil, SENDCO, PUPIL, GObject)

SendcoPupil *sendco_pupil_new                (void);
SendcoPupil *sendco_pupil_copy               (SendcoPupil      *self);
gboolean     sendco_pupil_equal_record       (SendcoPupil      *a,
                                              SendcoPupil      *b);

gint64       sendco_pupil_get_id             (SendcoPupil      *self);
void         sendco_pupil_set_id             (SendcoPupil      *self,
                                              gint64            id);
const char  *sendco_pupil_get_text           (SendcoPupil      *self,
                                              SendcoPupilField  field);
void         sendco_pupil_set_text           (SendcoPupil      *self,
                                              SendcoPupilField  field,
                                              const char       *value);
int          sendco_pupil_get_year_group     (SendcoPupil      *self);
void         sendco_pupil_set_year_group     (SendcoPupil      *self,
                                              int               year_group);
gboolean     sendco_pupil_get_lac            (SendcoPupil      *self);
void         sendco_pupil_set_lac            (SendcoPupil      *self,
                                              gboolean          lac);
gboolean     sendco_pupil_get_fsm            (SendcoPupil      *self);
void         sendco_pupil_set_fsm            (SendcoPupil      *self,
                                              gboolean          fsm);
gboolean     sendco_pupil_get_eal            (SendcoPupil      *self);
void         sendco_pupil_set_eal            (SendcoPupil      *self,
                                              gboolean          eal);
int          sendco_pupil_get_parent_meetings (SendcoPupil     *self);
void         sendco_pupil_set_parent_meetings (SendcoPupil     *self,
                                              int               count);
gboolean     sendco_pupil_get_monitoring     (SendcoPupil      *self);
void         sendco_pupil_set_monitoring     (SendcoPupil      *self,
                                              gboolean          monitoring);

/* Convenience */
const char  *sendco_pupil_get_upn            (SendcoPupil      *self);
const char  *sendco_pupil_get_sen_status     (SendcoPupil      *self);
gboolean     sendco_pupil_is_archived        (SendcoPupil      *self);
const char  *sendco_pupil_get_forename       (SendcoPupil      *self);
const char  *sendco_pupil_get_surname        (SendcoPupil      *self);
char        *sendco_pupil_dup_display_name   (SendcoPupil      *self);
char        *sendco_pupil_dup_full_name      (SendcoPupil      *self);
const char  *sendco_pupil_get_search_key     (SendcoPupil      *self);
const char  *sendco_pupil_get_sort_key       (SendcoPupil      *self);
char        *sendco_pupil_dup_flags_label    (SendcoPupil      *self);

char        *sendco_search_fold              (const char       *text);

G_END_DECLS
