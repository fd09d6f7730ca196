/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A date as a SENDCO types it (31/01/2025, or 2025-01-31), with a calendar
 * to pick from. The "date" property is ISO (YYYY-MM-DD), or "" when the text
 * is blank or not a real date; "valid" says whether the text is acceptable. */
#define G_LOG_DOMAIN "sendco-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-dates.h"
#include "sendco-date-entry.h"

struct _SendcoDateEntry
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkEntry       *entry;
  GtkMenuButton  *button;
  GtkCalendar    *calendar;

  char           *date;
  gboolean        valid;
  gboolean        allow_blank;
};

G_DEFINE_FINAL_TYPE (SendcoDateEntry, sendco_date_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  PROP_VALID,
  PROP_ALLOW_BLANK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_from_text (SendcoDateEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *iso = NULL;
  gboolean blank, valid;
  GDate date;

  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  g_date_clear (&date, 1);
  blank = trimmed[0] == '\0';
  if (!blank && sendco_date_parse (text, &date))
    iso = sendco_date_to_iso (&date);

  valid = iso != NULL || (blank && self->allow_blank);
  if (valid || blank)
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");

  if (g_strcmp0 (self->date, iso ? iso : "") != 0)
    {
      g_free (self->date);
      self->date = g_strdup (iso ? iso : "");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static void
on_text_changed (GtkEditable *editable, SendcoDateEntry *self)
{
  update_from_text (self);
}

static void
on_day_selected (GtkCalendar *calendar, SendcoDateEntry *self)
{
  g_autoptr (GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (picked, "%d/%m/%Y");

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  gtk_menu_button_popdown (self->button);
}

static void
on_popover_shown (GtkWidget *popover, SendcoDateEntry *self)
{
  GDate date;

  g_date_clear (&date, 1);
  if (sendco_date_from_iso (self->date, &date))
    {
      g_autoptr (GDateTime) when = g_date_time_new_local (g_date_get_year (&date),
                                                          g_date_get_month (&date),
                                                          g_date_get_day (&date), 12, 0, 0);
      g_signal_handlers_block_by_func (self->calendar, on_day_selected, self);
      gtk_calendar_select_day (self->calendar, when);
      g_signal_handlers_unblock_by_func (self->calendar, on_day_selected, self);
    }
}

static void
sendco_date_entry_dispose (GObject *object)
{
  SendcoDateEntry *self = SENDCO_DATE_ENTRY (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (sendco_date_entry_parent_class)->dispose (object);
}

static void
sendco_date_entry_finalize (GObject *object)
{
  g_free (SENDCO_DATE_ENTRY (object)->date);
  G_OBJECT_CLASS (sendco_date_entry_parent_class)->finalize (object);
}

static void
sendco_date_entry_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SendcoDateEntry *self = SENDCO_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    case PROP_ALLOW_BLANK:
      g_value_set_boolean (value, self->allow_blank);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_date_entry_set_property (GObject *object, guint prop_id, const GValue *value,
                                GParamSpec *pspec)
{
  SendcoDateEntry *self = SENDCO_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      sendco_date_entry_set_date (self, g_value_get_string (value));
      break;
    case PROP_ALLOW_BLANK:
      sendco_date_entry_set_allow_blank (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
sendco_date_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (SENDCO_DATE_ENTRY (widget)->entry));
}

static void
sendco_date_entry_class_init (SendcoDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_date_entry_dispose;
  object_class->finalize = sendco_date_entry_finalize;
  object_class->get_property = sendco_date_entry_get_property;
  object_class->set_property = sendco_date_entry_set_property;
  widget_class->grab_focus = sendco_date_entry_grab_focus;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ALLOW_BLANK] =
    g_param_spec_boolean ("allow-blank", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sendco-date-entry");
}

static void
sendco_date_entry_init (SendcoDateEntry *self)
{
  GtkWidget *popover;

  self->date = g_strdup ("");

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->box, "linked");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->entry, _("dd/mm/yyyy"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 11);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->entry), 11);
  gtk_entry_set_input_purpose (self->entry, GTK_INPUT_PURPOSE_DIGITS);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->entry));

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose from a calendar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose from a calendar"), -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->button));

  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  g_signal_connect (self->entry, "changed", G_CALLBACK (on_text_changed), self);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_shown), self);

  update_from_text (self);
}

GtkWidget *
sendco_date_entry_new (void)
{
  return g_object_new (SENDCO_TYPE_DATE_ENTRY, NULL);
}

const char *
sendco_date_entry_get_date (SendcoDateEntry *self)
{
  g_return_val_if_fail (SENDCO_IS_DATE_ENTRY (self), "");
  return self->date;
}

/* Shows @iso (YYYY-MM-DD, or NULL/"" for blank) as a UK date. */
void
sendco_date_entry_set_date (SendcoDateEntry *self, const char *iso)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SENDCO_IS_DATE_ENTRY (self));

  text = sendco_iso_to_uk (iso);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

gboolean
sendco_date_entry_get_valid (SendcoDateEntry *self)
{
  g_return_val_if_fail (SENDCO_IS_DATE_ENTRY (self), FALSE);
  return self->valid;
}

void
sendco_date_entry_set_allow_blank (SendcoDateEntry *self, gboolean allow_blank)
{
  g_return_if_fail (SENDCO_IS_DATE_ENTRY (self));

  allow_blank = !!allow_blank;
  if (self->allow_blank == allow_blank)
    return;
  self->allow_blank = allow_blank;
  update_from_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_BLANK]);
}

/* What a screen reader calls the entry, e.g. "Date of birth". */
void
sendco_date_entry_set_label (SendcoDateEntry *self, const char *label)
{
  g_return_if_fail (SENDCO_IS_DATE_ENTRY (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}

GtkEditable *
sendco_date_entry_get_editable (SendcoDateEntry *self)
{
  g_return_val_if_fail (SENDCO_IS_DATE_ENTRY (self), NULL);
  return GTK_EDITABLE (self->entry);
}
