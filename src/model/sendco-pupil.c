/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pupil as the register shows them: identity, school details, flags and the
 * current SEN status (the open period of their SEN history). */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-pupil.h"

struct _SendcoPupil
{
  GObject   parent_instance;

  gint64    id;
  int       year_group;
  gboolean  lac;
  gboolean  fsm;
  gboolean  eal;
  gboolean  monitoring;
  int       parent_meetings;   /* held this school year */
  char     *text[SENDCO_PUPIL_N_TEXT_FIELDS];

  char     *search_key;   /* built on demand, cleared when a name changes */
  char     *sort_key;
};

G_DEFINE_FINAL_TYPE (SendcoPupil, sendco_pupil, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (SendcoSenPeriod, sendco_sen_period, sendco_sen_period_copy,
                     sendco_sen_period_free)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR_GROUP,
  PROP_LAC,
  PROP_FSM,
  PROP_EAL,
  PROP_MONITORING,
  PROP_PARENT_MEETINGS,
  PROP_DISPLAY_NAME,
  PROP_TEXT_FIRST,
  N_PROPS = PROP_TEXT_FIRST + SENDCO_PUPIL_N_TEXT_FIELDS
};

static GParamSpec *properties[N_PROPS];

static const char *text_names[SENDCO_PUPIL_N_TEXT_FIELDS] = {
  [SENDCO_PUPIL_UPN] = "upn",
  [SENDCO_PUPIL_LEGAL_SURNAME] = "legal-surname",
  [SENDCO_PUPIL_LEGAL_FORENAME] = "legal-forename",
  [SENDCO_PUPIL_PREFERRED_SURNAME] = "preferred-surname",
  [SENDCO_PUPIL_PREFERRED_FORENAME] = "preferred-forename",
  [SENDCO_PUPIL_DATE_OF_BIRTH] = "date-of-birth",
  [SENDCO_PUPIL_GENDER] = "gender",
  [SENDCO_PUPIL_FORM] = "form",
  [SENDCO_PUPIL_SEN_STATUS] = "sen-status",
  [SENDCO_PUPIL_PRIMARY_NEED] = "primary-need",
  [SENDCO_PUPIL_SECONDARY_NEED] = "secondary-need",
  [SENDCO_PUPIL_SEN_SINCE] = "sen-since",
  [SENDCO_PUPIL_ON_REGISTER_SINCE] = "on-register-since",
  [SENDCO_PUPIL_LAST_REVIEWED] = "last-reviewed",
  [SENDCO_PUPIL_MONITORING_SINCE] = "monitoring-since",
  [SENDCO_PUPIL_MONITORING_NOTE] = "monitoring-note",
  [SENDCO_PUPIL_ARCHIVED_ON] = "archived-on",
  [SENDCO_PUPIL_ARCHIVE_REASON] = "archive-reason",
};

static gboolean
is_name_field (SendcoPupilField field)
{
  return field == SENDCO_PUPIL_UPN || field == SENDCO_PUPIL_LEGAL_SURNAME
         || field == SENDCO_PUPIL_LEGAL_FORENAME || field == SENDCO_PUPIL_PREFERRED_SURNAME
         || field == SENDCO_PUPIL_PREFERRED_FORENAME;
}

static gboolean
set_bool (SendcoPupil *self, gboolean *slot, gboolean value, guint prop)
{
  value = !!value;
  if (*slot == value)
    return FALSE;
  *slot = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

SendcoSenPeriod *
sendco_sen_period_copy (const SendcoSenPeriod *period)
{
  SendcoSenPeriod *copy = g_new0 (SendcoSenPeriod, 1);

  copy->id = period->id;
  copy->status = g_strdup (period->status);
  copy->primary_need = g_strdup (period->primary_need);
  copy->secondary_need = g_strdup (period->secondary_need);
  copy->start_date = g_strdup (period->start_date);
  copy->end_date = g_strdup (period->end_date);
  copy->reason = g_strdup (period->reason);
  copy->recorded_at = g_strdup (period->recorded_at);
  copy->source = g_strdup (period->source);

  return copy;
}

void
sendco_sen_period_free (SendcoSenPeriod *period)
{
  if (period == NULL)
    return;
  g_free (period->status);
  g_free (period->primary_need);
  g_free (period->secondary_need);
  g_free (period->start_date);
  g_free (period->end_date);
  g_free (period->reason);
  g_free (period->recorded_at);
  g_free (period->source);
  g_free (period);
}

static void
sendco_pupil_finalize (GObject *object)
{
  SendcoPupil *self = SENDCO_PUPIL (object);

  for (guint i = 0; i < SENDCO_PUPIL_N_TEXT_FIELDS; i++)
    g_free (self->text[i]);
  g_free (self->search_key);
  g_free (self->sort_key);

  G_OBJECT_CLASS (sendco_pupil_parent_class)->finalize (object);
}

static void
sendco_pupil_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SendcoPupil *self = SENDCO_PUPIL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_YEAR_GROUP:
      g_value_set_int (value, self->year_group);
      break;
    case PROP_LAC:
      g_value_set_boolean (value, self->lac);
      break;
    case PROP_FSM:
      g_value_set_boolean (value, self->fsm);
      break;
    case PROP_EAL:
      g_value_set_boolean (value, self->eal);
      break;
    case PROP_MONITORING:
      g_value_set_boolean (value, self->monitoring);
      break;
    case PROP_PARENT_MEETINGS:
      g_value_set_int (value, self->parent_meetings);
      break;
    case PROP_DISPLAY_NAME:
      g_value_take_string (value, sendco_pupil_dup_display_name (self));
      break;
    default:
      if (prop_id >= PROP_TEXT_FIRST && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id - PROP_TEXT_FIRST]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_pupil_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SendcoPupil *self = SENDCO_PUPIL (object);

  switch (prop_id)
    {
    case PROP_ID:
      sendco_pupil_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_YEAR_GROUP:
      sendco_pupil_set_year_group (self, g_value_get_int (value));
      break;
    case PROP_LAC:
      sendco_pupil_set_lac (self, g_value_get_boolean (value));
      break;
    case PROP_FSM:
      sendco_pupil_set_fsm (self, g_value_get_boolean (value));
      break;
    case PROP_EAL:
      sendco_pupil_set_eal (self, g_value_get_boolean (value));
      break;
    case PROP_MONITORING:
      sendco_pupil_set_monitoring (self, g_value_get_boolean (value));
      break;
    case PROP_PARENT_MEETINGS:
      sendco_pupil_set_parent_meetings (self, g_value_get_int (value));
      break;
    default:
      if (prop_id >= PROP_TEXT_FIRST && prop_id < N_PROPS)
        sendco_pupil_set_text (self, prop_id - PROP_TEXT_FIRST, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_pupil_class_init (SendcoPupilClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = sendco_pupil_finalize;
  object_class->get_property = sendco_pupil_get_property;
  object_class->set_property = sendco_pupil_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_YEAR_GROUP] = g_param_spec_int ("year-group", NULL, NULL, -1, 14, 0, flags);
  properties[PROP_LAC] = g_param_spec_boolean ("lac", NULL, NULL, FALSE, flags);
  properties[PROP_FSM] = g_param_spec_boolean ("fsm", NULL, NULL, FALSE, flags);
  properties[PROP_EAL] = g_param_spec_boolean ("eal", NULL, NULL, FALSE, flags);
  properties[PROP_MONITORING] = g_param_spec_boolean ("monitoring", NULL, NULL, FALSE, flags);
  properties[PROP_PARENT_MEETINGS] =
    g_param_spec_int ("parent-meetings", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < SENDCO_PUPIL_N_TEXT_FIELDS; i++)
    properties[PROP_TEXT_FIRST + i] =
      g_param_spec_string (text_names[i], NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sendco_pupil_init (SendcoPupil *self)
{
  for (guint i = 0; i < SENDCO_PUPIL_N_TEXT_FIELDS; i++)
    self->text[i] = g_strdup (i == SENDCO_PUPIL_SEN_STATUS ? "N" : "");
}

SendcoPupil *
sendco_pupil_new (void)
{
  return g_object_new (SENDCO_TYPE_PUPIL, NULL);
}

/* A detached copy, for editing without touching what the list shows. */
SendcoPupil *
sendco_pupil_copy (SendcoPupil *self)
{
  SendcoPupil *copy;

  g_return_val_if_fail (SENDCO_IS_PUPIL (self), NULL);

  copy = sendco_pupil_new ();
  copy->id = self->id;
  copy->year_group = self->year_group;
  copy->lac = self->lac;
  copy->fsm = self->fsm;
  copy->eal = self->eal;
  copy->monitoring = self->monitoring;
  copy->parent_meetings = self->parent_meetings;
  for (guint i = 0; i < SENDCO_PUPIL_N_TEXT_FIELDS; i++)
    {
      g_free (copy->text[i]);
      copy->text[i] = g_strdup (self->text[i]);
    }

  return copy;
}

/* Whether every stored field of @a equals @b's. */
gboolean
sendco_pupil_equal_record (SendcoPupil *a, SendcoPupil *b)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (a) && SENDCO_IS_PUPIL (b), FALSE);

  if (a->id != b->id || a->year_group != b->year_group || a->lac != b->lac || a->fsm != b->fsm
      || a->eal != b->eal || a->monitoring != b->monitoring
      || a->parent_meetings != b->parent_meetings)
    return FALSE;
  for (guint i = 0; i < SENDCO_PUPIL_N_TEXT_FIELDS; i++)
    if (g_strcmp0 (a->text[i], b->text[i]) != 0)
      return FALSE;
  return TRUE;
}

gint64
sendco_pupil_get_id (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), 0);
  return self->id;
}

void
sendco_pupil_set_id (SendcoPupil *self, gint64 id)
{
  g_return_if_fail (SENDCO_IS_PUPIL (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
sendco_pupil_get_text (SendcoPupil *self, SendcoPupilField field)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), NULL);
  g_return_val_if_fail (field < SENDCO_PUPIL_N_TEXT_FIELDS, NULL);
  return self->text[field];
}

/* NULL is stored as "" so every text field reads as a string. */
void
sendco_pupil_set_text (SendcoPupil *self, SendcoPupilField field, const char *value)
{
  g_return_if_fail (SENDCO_IS_PUPIL (self));
  g_return_if_fail (field < SENDCO_PUPIL_N_TEXT_FIELDS);

  if (value == NULL)
    value = "";
  if (g_str_equal (self->text[field], value))
    return;

  g_free (self->text[field]);
  self->text[field] = g_strdup (value);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_FIRST + field]);
  if (is_name_field (field))
    {
      g_clear_pointer (&self->search_key, g_free);
      g_clear_pointer (&self->sort_key, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
    }
}

int
sendco_pupil_get_year_group (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), 0);
  return self->year_group;
}

void
sendco_pupil_set_year_group (SendcoPupil *self, int year_group)
{
  g_return_if_fail (SENDCO_IS_PUPIL (self));
  if (self->year_group == year_group)
    return;
  self->year_group = year_group;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_GROUP]);
}

gboolean
sendco_pupil_get_lac (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), FALSE);
  return self->lac;
}

void
sendco_pupil_set_lac (SendcoPupil *self, gboolean lac)
{
  g_return_if_fail (SENDCO_IS_PUPIL (self));
  set_bool (self, &self->lac, lac, PROP_LAC);
}

gboolean
sendco_pupil_get_fsm (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), FALSE);
  return self->fsm;
}

void
sendco_pupil_set_fsm (SendcoPupil *self, gboolean fsm)
{
  g_return_if_fail (SENDCO_IS_PUPIL (self));
  set_bool (self, &self->fsm, fsm, PROP_FSM);
}

gboolean
sendco_pupil_get_eal (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), FALSE);
  return self->eal;
}

void
sendco_pupil_set_eal (SendcoPupil *self, gboolean eal)
{
  g_return_if_fail (SENDCO_IS_PUPIL (self));
  set_bool (self, &self->eal, eal, PROP_EAL);
}

gboolean
sendco_pupil_get_monitoring (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), FALSE);
  return self->monitoring;
}

void
sendco_pupil_set_monitoring (SendcoPupil *self, gboolean monitoring)
{
  g_return_if_fail (SENDCO_IS_PUPIL (self));
  set_bool (self, &self->monitoring, monitoring, PROP_MONITORING);
}

/* Meetings with the parents held this school year. */
int
sendco_pupil_get_parent_meetings (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), 0);
  return self->parent_meetings;
}

void
sendco_pupil_set_parent_meetings (SendcoPupil *self, int count)
{
  g_return_if_fail (SENDCO_IS_PUPIL (self));
  if (self->parent_meetings == count)
    return;
  self->parent_meetings = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_MEETINGS]);
}

const char *
sendco_pupil_get_upn (SendcoPupil *self)
{
  return sendco_pupil_get_text (self, SENDCO_PUPIL_UPN);
}

const char *
sendco_pupil_get_sen_status (SendcoPupil *self)
{
  return sendco_pupil_get_text (self, SENDCO_PUPIL_SEN_STATUS);
}

gboolean
sendco_pupil_is_archived (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), FALSE);
  return self->text[SENDCO_PUPIL_ARCHIVED_ON][0] != '\0';
}

/* The name the pupil goes by: preferred where given, else legal. */
const char *
sendco_pupil_get_forename (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), NULL);
  if (self->text[SENDCO_PUPIL_PREFERRED_FORENAME][0])
    return self->text[SENDCO_PUPIL_PREFERRED_FORENAME];
  return self->text[SENDCO_PUPIL_LEGAL_FORENAME];
}

const char *
sendco_pupil_get_surname (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), NULL);
  if (self->text[SENDCO_PUPIL_PREFERRED_SURNAME][0])
    return self->text[SENDCO_PUPIL_PREFERRED_SURNAME];
  return self->text[SENDCO_PUPIL_LEGAL_SURNAME];
}

/* "Surname, Forename", as a register lists them */
char *
sendco_pupil_dup_display_name (SendcoPupil *self)
{
  const char *forename = sendco_pupil_get_forename (self);

  if (forename[0] == '\0')
    return g_strdup (sendco_pupil_get_surname (self));
  /* Translators: a pupil's name in a list, surname first */
  return g_strdup_printf (_("%s, %s"), sendco_pupil_get_surname (self), forename);
}

/* "Forename Surname", as a sentence names them */
char *
sendco_pupil_dup_full_name (SendcoPupil *self)
{
  return g_strdup_printf ("%s %s", sendco_pupil_get_forename (self),
                          sendco_pupil_get_surname (self));
}

/**
 * sendco_search_fold:
 *
 * Folds @text for matching: lower case, accents dropped, so "zoe" finds
 * "Zoë" and "oshea" finds "O'Shea".
 */
char *
sendco_search_fold (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text ? text : "", "C");
  GString *out = g_string_sized_new (strlen (ascii));

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (*p == ' ' || *p == '-' || *p == ',' || *p == '\t')
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      /* apostrophes and other marks vanish: O'Brien -> obrien */
    }

  return g_string_free (out, FALSE);
}

/* Both names, legal and preferred, and the UPN, folded. */
const char *
sendco_pupil_get_search_key (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined =
        g_strjoin (" ", self->text[SENDCO_PUPIL_LEGAL_SURNAME],
                   self->text[SENDCO_PUPIL_LEGAL_FORENAME],
                   self->text[SENDCO_PUPIL_PREFERRED_SURNAME],
                   self->text[SENDCO_PUPIL_PREFERRED_FORENAME], self->text[SENDCO_PUPIL_UPN],
                   NULL);
      self->search_key = sendco_search_fold (joined);
    }

  return self->search_key;
}

/* Sorts by surname then forename, as people expect a register sorted. */
const char *
sendco_pupil_get_sort_key (SendcoPupil *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL (self), NULL);

  if (self->sort_key == NULL)
    {
      g_autofree char *joined = g_strdup_printf ("%s\x01%s", sendco_pupil_get_surname (self),
                                                 sendco_pupil_get_forename (self));
      self->sort_key = g_utf8_collate_key (joined, -1);
    }

  return self->sort_key;
}

/* "LAC · PP · EAL", the flags a register shows in one column */
char *
sendco_pupil_dup_flags_label (SendcoPupil *self)
{
  GPtrArray *parts = g_ptr_array_new ();
  char *label;

  if (self->lac)
    g_ptr_array_add (parts, (gpointer) _("LAC"));
  if (self->fsm)
    g_ptr_array_add (parts, (gpointer) _("PP"));
  if (self->eal)
    g_ptr_array_add (parts, (gpointer) _("EAL"));
  g_ptr_array_add (parts, NULL);

  label = g_strjoinv (" · ", (char **) parts->pdata);
  g_ptr_array_free (parts, TRUE);
  return label;
}
