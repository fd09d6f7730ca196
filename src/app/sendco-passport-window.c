/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a pupil passport (one-page profile): the five sections, each a
 * few sentences, under the headings the printed page uses. Closing with
 * unsaved changes asks first. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-editor.h"
#include "sendco-passport-window.h"

#include <glib/gi18n.h>

struct _SendcoPassportWindow
{
  AdwWindow       parent_instance;

  /* template */
  AdwWindowTitle *window_title;
  GtkRevealer    *problem_revealer;
  GtkLabel       *problem_label;
  GtkBox         *sections_box;

  GtkTextView    *views[SENDCO_PASSPORT_N_SECTIONS];
  SendcoStore    *store;
  SendcoPupil    *pupil;
  SendcoPassport *original;
  gboolean        closing;
};

G_DEFINE_FINAL_TYPE (SendcoPassportWindow, sendco_passport_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What to write under each heading. */
static const char *hints[SENDCO_PASSPORT_N_SECTIONS] = {
  N_("Family, interests and what they enjoy, in the pupil’s own words where you can."),
  N_("The people, things and routines that matter most to them."),
  N_("What family, friends and staff say they like about them."),
  N_("What helps and what to avoid: the advice every adult working with them needs."),
  N_("What they are good at and proud of."),
};

static char *
section_text (SendcoPassportWindow *self, SendcoPassportSection section)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->views[section]);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* The passport field behind each section. */
static char **
field (SendcoPassport *passport, SendcoPassportSection section)
{
  switch (section)
    {
    case SENDCO_PASSPORT_ABOUT_ME:
      return &passport->about_me;
    case SENDCO_PASSPORT_IMPORTANT:
      return &passport->important;
    case SENDCO_PASSPORT_ADMIRE:
      return &passport->admire;
    case SENDCO_PASSPORT_SUPPORT:
      return &passport->support;
    case SENDCO_PASSPORT_STRENGTHS:
      return &passport->strengths;
    case SENDCO_PASSPORT_N_SECTIONS:
    default:
      g_assert_not_reached ();
    }
}

static SendcoPassport *
collect (SendcoPassportWindow *self)
{
  SendcoPassport *passport = sendco_passport_copy (self->original);

  for (SendcoPassportSection s = 0; s < SENDCO_PASSPORT_N_SECTIONS; s++)
    {
      g_autofree char *text = section_text (self, s);

      sendco_record_set (field (passport, s), text);
    }
  return passport;
}

static gboolean
is_dirty (SendcoPassportWindow *self)
{
  g_autoptr (SendcoPassport) edited = NULL;

  if (self->original == NULL)
    return FALSE;
  edited = collect (self);
  for (SendcoPassportSection s = 0; s < SENDCO_PASSPORT_N_SECTIONS; s++)
    {
      g_autofree char *was = g_strstrip (g_strdup (*field (self->original, s)));

      if (!g_str_equal (*field (edited, s), was))
        return TRUE;
    }
  return FALSE;
}

static void
update_state (SendcoPassportWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passport.save", is_dirty (self));
}

static void
on_buffer_changed (GtkTextBuffer *buffer, SendcoPassportWindow *self)
{
  update_state (self);
}

static void
save_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPassportWindow *self = SENDCO_PASSPORT_WINDOW (widget);
  g_autoptr (SendcoPassport) edited = collect (self);
  g_autoptr (GError) error = NULL;

  if (!sendco_store_save_passport (self->store, edited, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sendco_passport_window_close_request (GtkWindow *window)
{
  SendcoPassportWindow *self = SENDCO_PASSPORT_WINDOW (window);

  if (self->closing || !is_dirty (self))
    return GTK_WINDOW_CLASS (sendco_passport_window_parent_class)->close_request (window);

  return sendco_editor_ask_discard (window, NULL, _("The changes to this pupil passport have not been saved."),
                                    &self->closing);
}

static void
sendco_passport_window_dispose (GObject *object)
{
  SendcoPassportWindow *self = SENDCO_PASSPORT_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  g_clear_pointer (&self->original, sendco_passport_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PASSPORT_WINDOW);

  G_OBJECT_CLASS (sendco_passport_window_parent_class)->dispose (object);
}

static void
sendco_passport_window_class_init (SendcoPassportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_passport_window_dispose;
  window_class->close_request = sendco_passport_window_close_request;

  /**
   * SendcoPassportWindow::saved:
   *
   * Emitted once the passport has been saved.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-passport-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SendcoPassportWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SendcoPassportWindow, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, SendcoPassportWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, SendcoPassportWindow, sections_box);

  gtk_widget_class_install_action (widget_class, "passport.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "passport.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_passport_window_init (SendcoPassportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (SendcoPassportSection s = 0; s < SENDCO_PASSPORT_N_SECTIONS; s++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkTextView *view = GTK_TEXT_VIEW (gtk_text_view_new ());

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), sendco_passport_section_heading (s));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _(hints[s]));

      gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (view, FALSE);
      gtk_text_view_set_top_margin (view, 10);
      gtk_text_view_set_bottom_margin (view, 10);
      gtk_text_view_set_left_margin (view, 12);
      gtk_text_view_set_right_margin (view, 12);
      gtk_widget_add_css_class (GTK_WIDGET (view), "sendco-passport-text");
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sendco_passport_section_heading (s), -1);
      g_signal_connect (gtk_text_view_get_buffer (view), "changed", G_CALLBACK (on_buffer_changed), self);

      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (view));
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 88);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 220);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_widget_add_css_class (scroller, "card");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), scroller);

      gtk_box_append (self->sections_box, group);
      self->views[s] = view;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passport.save", FALSE);
}

SendcoPassportWindow *
sendco_passport_window_new (GtkWindow *parent, SendcoStore *store, SendcoPupil *pupil,
                            const SendcoPassport *passport)
{
  SendcoPassportWindow *self;
  g_autofree char *name = NULL, *title = NULL;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (SENDCO_IS_PUPIL (pupil), NULL);
  g_return_val_if_fail (passport != NULL, NULL);

  self = g_object_new (SENDCO_TYPE_PASSPORT_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->pupil = g_object_ref (pupil);

  name = sendco_pupil_dup_full_name (pupil);
  /* Translators: the window title, e.g. "Amy Carter’s Pupil Passport" */
  title = g_strdup_printf (_("%s’s Pupil Passport"), name);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  for (SendcoPassportSection s = 0; s < SENDCO_PASSPORT_N_SECTIONS; s++)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->views[s]),
                              *field ((SendcoPassport *) passport, s), -1);
  self->original = sendco_passport_copy (passport);
  self->original->pupil_id = sendco_pupil_get_id (pupil);
  update_state (self);
  return self;
}

GtkTextView *
sendco_passport_window_get_text_view (SendcoPassportWindow *self, SendcoPassportSection section)
{
  g_return_val_if_fail (SENDCO_IS_PASSPORT_WINDOW (self), NULL);
  g_return_val_if_fail (section < SENDCO_PASSPORT_N_SECTIONS, NULL);
  return self->views[section];
}
