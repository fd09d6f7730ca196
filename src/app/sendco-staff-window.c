/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Adding or editing a member of staff: name, role, hourly cost (on-costs
 * included) and contracted hours. Changing the rate of someone who delivers
 * provisions says, before it is saved, that every cost using it changes.
 * Save stays off, with the reason shown, until the details can be saved;
 * closing with unsaved changes asks first. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-editor.h"
#include "sendco-staff-window.h"

#include <glib/gi18n.h>

#include "sendco-costing.h"
#include "sendco-provision-ui.h"
#include "sendco-store-provision.h"

static const char *const roles[] = { "ta", "hlta", "teacher", "sendco", "external" };

struct _SendcoStaffWindow
{
  AdwWindow      parent_instance;

  /* template */
  AdwWindowTitle *window_title;
  GtkRevealer    *problem_revealer;
  GtkLabel       *problem_label;
  AdwEntryRow    *name_row;
  AdwComboRow    *role_row;
  AdwEntryRow    *cost_row;
  GtkSpinButton  *hours_spin;
  GtkRevealer    *rate_revealer;
  GtkLabel       *rate_label;

  SendcoStore    *store;
  SendcoStaff    *original;    /* id 0 for someone new */
  SendcoStaff    *pristine;    /* what the window showed before any edit */
  guint           n_provisions;
  char           *problem;
  gboolean        closing;
};

G_DEFINE_FINAL_TYPE (SendcoStaffWindow, sendco_staff_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The member of staff as the window shows them; sets *problem when the
 * cost is not an amount. */
static SendcoStaff *
collect (SendcoStaffWindow *self, char **problem)
{
  SendcoStaff *staff = sendco_staff_copy (self->original);
  guint role = adw_combo_row_get_selected (self->role_row);
  const char *cost_text = gtk_editable_get_text (GTK_EDITABLE (self->cost_row));
  g_autofree char *cost_problem = NULL;
  gint64 pence = 0;

  g_free (staff->name);
  staff->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_free (staff->role);
  staff->role = g_strdup (role < G_N_ELEMENTS (roles) ? roles[role] : "ta");
  cost_problem = sendco_money_problem (cost_text, _("the hourly cost"), "18.50", &pence);
  staff->hourly_cost = pence;
  staff->hours_per_week = gtk_spin_button_get_value (self->hours_spin);

  if (problem)
    {
      g_autofree char *blank = g_strstrip (g_strdup (cost_text));

      *problem = NULL;
      if (staff->name[0] == '\0')
        *problem = g_strdup (_("Give the name of the member of staff."));
      else if (cost_problem)
        *problem = g_steal_pointer (&cost_problem);
      else if (blank[0] == '\0')
        *problem = g_strdup (_("Give their hourly cost in pounds, like 18.50: what an hour of their time costs the school."));
      else if (pence > 100000)
        *problem = g_strdup (_("The hourly cost must be no more than £1,000."));
    }
  return staff;
}

static gboolean
staff_equal (const SendcoStaff *a, const SendcoStaff *b)
{
  return g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->role, b->role) == 0
         && a->hourly_cost == b->hourly_cost && a->hours_per_week == b->hours_per_week;
}

static gboolean
is_dirty (SendcoStaffWindow *self)
{
  g_autoptr (SendcoStaff) edited = NULL;

  if (self->pristine == NULL)
    return FALSE;
  edited = collect (self, NULL);
  return !staff_equal (edited, self->pristine);
}

static void
update_state (SendcoStaffWindow *self)
{
  g_autoptr (SendcoStaff) edited = NULL;
  g_autofree char *problem = NULL;
  gboolean dirty, rate_changed;

  if (self->pristine == NULL)
    return;

  edited = collect (self, &problem);
  dirty = !staff_equal (edited, self->pristine);
  g_free (self->problem);
  self->problem = g_steal_pointer (&problem);

  gtk_label_set_text (self->problem_label, self->problem ? self->problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, dirty && self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.save",
                                 self->problem == NULL && (dirty || self->original->id == 0));

  /* A new rate for someone who delivers provisions changes their costs. */
  rate_changed = self->original->id != 0 && self->n_provisions > 0 && self->problem == NULL
                 && edited->hourly_cost != self->original->hourly_cost;
  if (rate_changed)
    {
      g_autofree char *old_rate = sendco_money_format (self->original->hourly_cost);
      g_autofree char *new_rate = sendco_money_format (edited->hourly_cost);
      g_autofree char *text = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s delivers %u provision. Changing the rate from %s to %s an hour "
                                           "changes its cost, this school year’s figures and the provision map, "
                                           "as soon as you save.",
                                           "%s delivers %u provisions. Changing the rate from %s to %s an hour "
                                           "changes every one of their costs, this school year’s figures and the "
                                           "provision map, as soon as you save.",
                                           self->n_provisions),
                              self->original->name, self->n_provisions, old_rate, new_rate);
      gtk_label_set_text (self->rate_label, text);
    }
  gtk_revealer_set_reveal_child (self->rate_revealer, rate_changed);
}

static void
on_changed (GtkWidget *widget, SendcoStaffWindow *self)
{
  update_state (self);
}

static void
on_notify (GObject *object, GParamSpec *pspec, SendcoStaffWindow *self)
{
  update_state (self);
}

static void
save_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoStaffWindow *self = SENDCO_STAFF_WINDOW (widget);
  g_autofree char *problem = NULL;
  g_autoptr (SendcoStaff) edited = collect (self, &problem);
  g_autoptr (GError) error = NULL;

  if (problem == NULL && !sendco_store_save_staff (self->store, edited, &error))
    problem = g_strdup (error->message);
  if (problem)
    {
      gtk_label_set_text (self->problem_label, problem);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, edited->id);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sendco_staff_window_close_request (GtkWindow *window)
{
  SendcoStaffWindow *self = SENDCO_STAFF_WINDOW (window);

  if (self->closing || !is_dirty (self))
    return GTK_WINDOW_CLASS (sendco_staff_window_parent_class)->close_request (window);

  return sendco_editor_ask_discard (window, NULL, _("The changes to this member of staff have not been saved."),
                                    &self->closing);
}

static void
sendco_staff_window_dispose (GObject *object)
{
  SendcoStaffWindow *self = SENDCO_STAFF_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->original, sendco_staff_free);
  g_clear_pointer (&self->pristine, sendco_staff_free);
  g_clear_pointer (&self->problem, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_STAFF_WINDOW);

  G_OBJECT_CLASS (sendco_staff_window_parent_class)->dispose (object);
}

static void
sendco_staff_window_class_init (SendcoStaffWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_staff_window_dispose;
  window_class->close_request = sendco_staff_window_close_request;

  /**
   * SendcoStaffWindow::saved:
   * @staff_id: their id in the store
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-staff-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoStaffWindow, name)
  BIND (window_title);
  BIND (problem_revealer);
  BIND (problem_label);
  BIND (name_row);
  BIND (role_row);
  BIND (cost_row);
  BIND (hours_spin);
  BIND (rate_revealer);
  BIND (rate_label);
#undef BIND

  gtk_widget_class_install_action (widget_class, "staff.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "staff.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_staff_window_init (SendcoStaffWindow *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (names, sendco_staff_role_name (roles[i]));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (names));

  g_signal_connect (self->name_row, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->cost_row, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->hours_spin, "value-changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->role_row, "notify::selected", G_CALLBACK (on_notify), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.save", FALSE);
}

SendcoStaffWindow *
sendco_staff_window_new (GtkWindow *parent, SendcoStore *store, const SendcoStaff *staff)
{
  SendcoStaffWindow *self;
  const char *title;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);

  title = staff ? _("Member of Staff") : _("Add a Member of Staff");
  self = g_object_new (SENDCO_TYPE_STAFF_WINDOW, "transient-for", parent, "title", title, NULL);
  self->store = g_object_ref (store);
  self->original = staff ? sendco_staff_copy (staff) : sendco_staff_new ();
  adw_window_title_set_title (self->window_title, title);

  if (staff)
    {
      g_autoptr (GPtrArray) provisions = sendco_store_list_provisions (store, FALSE, NULL);
      g_autofree char *pounds = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", staff->hourly_cost / 100,
                                                 (int) (staff->hourly_cost % 100));

      for (guint i = 0; provisions && i < provisions->len; i++)
        self->n_provisions += ((SendcoProvision *) g_ptr_array_index (provisions, i))->staff_id == staff->id;

      adw_window_title_set_subtitle (self->window_title, staff->name);
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), staff->name);
      for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
        if (g_strcmp0 (roles[i], staff->role) == 0)
          adw_combo_row_set_selected (self->role_row, i);
      gtk_editable_set_text (GTK_EDITABLE (self->cost_row), pounds);
      gtk_spin_button_set_value (self->hours_spin, staff->hours_per_week);
    }

  self->pristine = collect (self, NULL);
  update_state (self);
  return self;
}

const char *
sendco_staff_window_get_problem (SendcoStaffWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_STAFF_WINDOW (self), NULL);
  return self->problem;
}

/* The note about costs changing with the rate, or %NULL when not shown. */
const char *
sendco_staff_window_get_rate_note (SendcoStaffWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_STAFF_WINDOW (self), NULL);
  if (!gtk_revealer_get_reveal_child (self->rate_revealer))
    return NULL;
  return gtk_label_get_text (self->rate_label);
}
