/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one school a Sendco file describes. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sendco-school.h"

struct _SendcoSchool
{
  GObject   parent_instance;

  char     *name;
  char     *local_authority;
  char     *phase;
  gboolean  is_demo;
};

G_DEFINE_FINAL_TYPE (SendcoSchool, sendco_school, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_LOCAL_AUTHORITY,
  PROP_PHASE,
  PROP_IS_DEMO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
replace_string (char **slot, const char *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value ? value : "");
  return TRUE;
}

static void
sendco_school_finalize (GObject *object)
{
  SendcoSchool *self = SENDCO_SCHOOL (object);

  g_free (self->name);
  g_free (self->local_authority);
  g_free (self->phase);

  G_OBJECT_CLASS (sendco_school_parent_class)->finalize (object);
}

static void
sendco_school_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SendcoSchool *self = SENDCO_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LOCAL_AUTHORITY:
      g_value_set_string (value, self->local_authority);
      break;
    case PROP_PHASE:
      g_value_set_string (value, self->phase);
      break;
    case PROP_IS_DEMO:
      g_value_set_boolean (value, self->is_demo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_school_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SendcoSchool *self = SENDCO_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      sendco_school_set_name (self, g_value_get_string (value));
      break;
    case PROP_LOCAL_AUTHORITY:
      sendco_school_set_local_authority (self, g_value_get_string (value));
      break;
    case PROP_PHASE:
      sendco_school_set_phase (self, g_value_get_string (value));
      break;
    case PROP_IS_DEMO:
      sendco_school_set_is_demo (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_school_class_init (SendcoSchoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = sendco_school_finalize;
  object_class->get_property = sendco_school_get_property;
  object_class->set_property = sendco_school_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_LOCAL_AUTHORITY] = g_param_spec_string ("local-authority", NULL, NULL, "", flags);
  properties[PROP_PHASE] = g_param_spec_string ("phase", NULL, NULL, "primary", flags);
  properties[PROP_IS_DEMO] = g_param_spec_boolean ("is-demo", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sendco_school_init (SendcoSchool *self)
{
  self->name = g_strdup ("");
  self->local_authority = g_strdup ("");
  self->phase = g_strdup ("primary");
}

SendcoSchool *
sendco_school_new (const char *name, const char *local_authority, const char *phase)
{
  return g_object_new (SENDCO_TYPE_SCHOOL,
                       "name", name ? name : "",
                       "local-authority", local_authority ? local_authority : "",
                       "phase", phase ? phase : "primary",
                       NULL);
}

const char *
sendco_school_get_name (SendcoSchool *self)
{
  g_return_val_if_fail (SENDCO_IS_SCHOOL (self), NULL);
  return self->name;
}

void
sendco_school_set_name (SendcoSchool *self, const char *name)
{
  g_return_if_fail (SENDCO_IS_SCHOOL (self));
  if (replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
sendco_school_get_local_authority (SendcoSchool *self)
{
  g_return_val_if_fail (SENDCO_IS_SCHOOL (self), NULL);
  return self->local_authority;
}

void
sendco_school_set_local_authority (SendcoSchool *self, const char *local_authority)
{
  g_return_if_fail (SENDCO_IS_SCHOOL (self));
  if (replace_string (&self->local_authority, local_authority))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCAL_AUTHORITY]);
}

const char *
sendco_school_get_phase (SendcoSchool *self)
{
  g_return_val_if_fail (SENDCO_IS_SCHOOL (self), NULL);
  return self->phase;
}

void
sendco_school_set_phase (SendcoSchool *self, const char *phase)
{
  g_return_if_fail (SENDCO_IS_SCHOOL (self));
  g_return_if_fail (sendco_phase_is_valid (phase));
  if (replace_string (&self->phase, phase))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

gboolean
sendco_school_get_is_demo (SendcoSchool *self)
{
  g_return_val_if_fail (SENDCO_IS_SCHOOL (self), FALSE);
  return self->is_demo;
}

void
sendco_school_set_is_demo (SendcoSchool *self, gboolean is_demo)
{
  g_return_if_fail (SENDCO_IS_SCHOOL (self));
  is_demo = !!is_demo;
  if (self->is_demo == is_demo)
    return;
  self->is_demo = is_demo;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_DEMO]);
}

gboolean
sendco_phase_is_valid (const char *phase)
{
  return g_strcmp0 (phase, "primary") == 0 || g_strcmp0 (phase, "secondary") == 0
         || g_strcmp0 (phase, "all-through") == 0;
}

const char *
sendco_phase_name (const char *phase)
{
  if (g_strcmp0 (phase, "primary") == 0)
    return _("Primary");
  if (g_strcmp0 (phase, "secondary") == 0)
    return _("Secondary");
  if (g_strcmp0 (phase, "all-through") == 0)
    return _("All-through");
  return "";
}
