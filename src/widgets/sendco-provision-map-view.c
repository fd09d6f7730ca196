/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SendcoProvisionMapView: the provision map grid on screen. A GtkScrollable
 * that draws only the part in view (the render layer's frozen-header view),
 * zooms with Ctrl+scroll, Ctrl+plus/minus/0 and a pinch, follows the light
 * or dark style and the toolkit's colours, highlights what the pointer is
 * over, and says which cell or provision was clicked. Keyboard users move a
 * focus ring between cells with the arrow keys and press Enter. */
#define G_LOG_DOMAIN "sendco-widgets"

#include "config.h"

#include "sendco-provision-map-view.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sendco-census.h"
#include "sendco-costing.h"

/* Grid points to screen pixels at 100 %. */
#define PIXELS_PER_POINT (96.0 / 72.0)

struct _SendcoProvisionMapView
{
  GtkWidget            parent_instance;

  GtkAdjustment       *hadjustment;
  GtkAdjustment       *vadjustment;
  guint                hscroll_policy : 1;
  guint                vscroll_policy : 1;

  SendcoProvisionMap  *map;
  SendcoProvisionGrid *grid;
  double               zoom;

  double               pointer_x;
  double               pointer_y;
  gboolean             pointer_in;
  double               pinch_zoom;

  int                  focus_band;
  int                  focus_column;
  int                  selected_band;
  int                  selected_column;
};

static void scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SendcoProvisionMapView, sendco_provision_map_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, scrollable_init))

enum
{
  PROP_0,
  PROP_ZOOM,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

enum
{
  CELL_ACTIVATED,
  PROVISION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The zoom levels the keyboard steps through. */
static const double zoom_steps[] = { 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

static void
scrollable_init (GtkScrollableInterface *iface)
{
}

static double
view_scale (SendcoProvisionMapView *self)
{
  return self->zoom * PIXELS_PER_POINT;
}

static double
hvalue (SendcoProvisionMapView *self)
{
  return self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
vvalue (SendcoProvisionMapView *self)
{
  return self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

static void
content_size (SendcoProvisionMapView *self, double *width, double *height)
{
  const SendcoGridMetrics *m;

  if (self->grid == NULL)
    {
      *width = *height = 0;
      return;
    }
  m = sendco_provision_grid_get_metrics (self->grid);
  *width = ceil (m->full_width * view_scale (self));
  *height = ceil ((m->full_height + 12) * view_scale (self));
}

static void
configure_adjustment (GtkAdjustment *adjustment, double value, double content, double page)
{
  if (adjustment == NULL)
    return;
  gtk_adjustment_configure (adjustment, CLAMP (value, 0, MAX (0, content - page)), 0,
                            MAX (content, page), MAX (1, page * 0.1), MAX (1, page * 0.9), page);
}

static void
configure_adjustments (SendcoProvisionMapView *self, double h_value, double v_value)
{
  double width, height;

  content_size (self, &width, &height);
  configure_adjustment (self->hadjustment, h_value, width, gtk_widget_get_width (GTK_WIDGET (self)));
  configure_adjustment (self->vadjustment, v_value, height,
                        gtk_widget_get_height (GTK_WIDGET (self)));
}

static char *
money (gint64 pence)
{
  return sendco_money_format (pence);
}

static const SendcoMapProvision *
find_provision (SendcoProvisionMapView *self, gint64 id)
{
  for (guint i = 0; self->map && i < self->map->provisions->len; i++)
    {
      const SendcoMapProvision *p = g_ptr_array_index (self->map->provisions, i);

      if (p->id == id)
        return p;
    }
  return NULL;
}

/* "Year 3, Communication and interaction, Wave 2: targeted: Talk Boost,
 * 4 pupils; Lego-based therapy, 2 pupils. £1,240.00." */
static char *
describe_cell (SendcoProvisionMapView *self, guint band, guint column)
{
  const SendcoMapRow *row = &g_array_index (self->map->rows, SendcoMapRow, band);
  int year = self->map->years[column];
  int y = SENDCO_MAP_YEAR_INDEX (year);
  g_autofree char *year_label = sendco_year_group_label (year);
  g_autofree char *cost = money (row->cost_by_year[y]);
  GString *text = g_string_new (NULL);
  gboolean any = FALSE;

  /* Translators: a cell of the provision map: year group, area of need, wave */
  g_string_append_printf (text, _("%s, %s, %s: "), year_label, sendco_area_name (row->area),
                          sendco_wave_name (row->wave));
  for (guint i = row->first; i < row->first + row->n; i++)
    {
      const SendcoMapProvision *p = g_ptr_array_index (self->map->provisions, i);
      guint n = p->pupils_by_year[y];

      if (n == 0)
        continue;
      if (any)
        g_string_append (text, "; ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s, %u pupil", "%s, %u pupils",
                                                 n), p->name, n);
      any = TRUE;
    }
  if (!any)
    g_string_append (text, _("no provision"));
  else
    g_string_append_printf (text, ". %s.", cost);
  return g_string_free (text, FALSE);
}

static void
update_accessible (SendcoProvisionMapView *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;

  if (self->map == NULL || self->map->rows->len == 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("No provision to show."), -1);
      return;
    }
  summary = sendco_provision_map_dup_summary (self->map);
  if (self->focus_band >= 0 && self->focus_column >= 0)
    {
      g_autofree char *cell = describe_cell (self, (guint) self->focus_band,
                                             (guint) self->focus_column);

      description = g_strdup_printf ("%s. %s", cell, summary);
    }
  else
    /* Translators: the provision map's description for screen readers; %s is its summary */
    description = g_strdup_printf (_("%s. Use the arrow keys to move between cells and Enter to "
                                     "list a cell’s pupils."), summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

static void
to_widget_rect (SendcoProvisionMapView *self, const SendcoRect *rect, graphene_rect_t *area)
{
  double scale = view_scale (self);

  graphene_rect_init (area, rect->x * scale - hvalue (self), rect->y * scale - vvalue (self),
                      rect->width * scale, rect->height * scale);
}

static void
set_zoom_at (SendcoProvisionMapView *self, double zoom, double anchor_x, double anchor_y)
{
  double old_scale = view_scale (self), gx, gy;

  zoom = CLAMP (zoom, SENDCO_PROVISION_MAP_VIEW_MIN_ZOOM, SENDCO_PROVISION_MAP_VIEW_MAX_ZOOM);
  if (fabs (zoom - self->zoom) < 1e-6)
    return;
  gx = (hvalue (self) + anchor_x) / old_scale;
  gy = (vvalue (self) + anchor_y) / old_scale;
  self->zoom = zoom;
  configure_adjustments (self, gx * view_scale (self) - anchor_x, gy * view_scale (self) - anchor_y);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
zoom_anchor (SendcoProvisionMapView *self, double *x, double *y)
{
  if (self->pointer_in)
    {
      *x = self->pointer_x;
      *y = self->pointer_y;
    }
  else
    {
      *x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      *y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
}

static void
set_hover (SendcoProvisionMapView *self, const SendcoGridHit *hit)
{
  gboolean clickable = hit && (hit->kind == SENDCO_GRID_HIT_CELL
                               || hit->kind == SENDCO_GRID_HIT_PROVISION);

  if (self->grid == NULL)
    return;
  if (sendco_provision_grid_set_hover (self->grid, clickable ? hit : NULL))
    gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), clickable ? "pointer" : NULL);
}

static gboolean
hit_at (SendcoProvisionMapView *self, double x, double y, SendcoGridHit *hit)
{
  if (self->grid == NULL)
    return FALSE;
  return sendco_provision_grid_hit_test_view (self->grid, x, y, hvalue (self), vvalue (self),
                                              view_scale (self), hit);
}

static void
move_focus (SendcoProvisionMapView *self, int band, int column)
{
  const SendcoGridMetrics *m = sendco_provision_grid_get_metrics (self->grid);

  if (m->n_bands == 0 || m->n_columns == 0)
    return;
  self->focus_band = CLAMP (band, 0, (int) m->n_bands - 1);
  self->focus_column = CLAMP (column, 0, (int) m->n_columns - 1);
  sendco_provision_map_view_scroll_to_cell (self, (guint) self->focus_band,
                                            (guint) self->focus_column);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Signal handlers */

static void
on_adjustment_changed (GtkAdjustment *adjustment, SendcoProvisionMapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller, double x, double y, SendcoProvisionMapView *self)
{
  SendcoGridHit hit;

  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_in = TRUE;
  set_hover (self, hit_at (self, x, y, &hit) ? &hit : NULL);
}

static void
on_leave (GtkEventControllerMotion *controller, SendcoProvisionMapView *self)
{
  self->pointer_in = FALSE;
  set_hover (self, NULL);
}

static void
on_pressed (GtkGestureClick *gesture, int n_press, double x, double y,
            SendcoProvisionMapView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_released (GtkGestureClick *gesture, int n_press, double x, double y,
             SendcoProvisionMapView *self)
{
  if (n_press == 1)
    sendco_provision_map_view_click (self, x, y);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller, double dx, double dy,
           SendcoProvisionMapView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x, y;

  if (!(state & GDK_CONTROL_MASK))
    return FALSE;
  zoom_anchor (self, &x, &y);
  set_zoom_at (self, self->zoom * pow (1.1, -dy), x, y);
  return TRUE;
}

static void
on_pinch_begin (GtkGesture *gesture, GdkEventSequence *sequence, SendcoProvisionMapView *self)
{
  self->pinch_zoom = self->zoom;
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture, double scale, SendcoProvisionMapView *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    zoom_anchor (self, &x, &y);
  set_zoom_at (self, self->pinch_zoom * scale, x, y);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller, guint keyval, guint keycode,
                GdkModifierType state, SendcoProvisionMapView *self)
{
  const SendcoGridMetrics *m;
  int band = MAX (self->focus_band, 0), column = MAX (self->focus_column, 0);
  gboolean fresh = self->focus_band < 0;

  if (self->grid == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;
  m = sendco_provision_grid_get_metrics (self->grid);
  if (m->n_bands == 0 || m->n_columns == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_focus (self, band, fresh ? 0 : column - 1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_focus (self, band, fresh ? 0 : column + 1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_focus (self, fresh ? 0 : band - 1, column);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_focus (self, fresh ? 0 : band + 1, column);
      return TRUE;
    case GDK_KEY_Page_Up:
      move_focus (self, band - 5, column);
      return TRUE;
    case GDK_KEY_Page_Down:
      move_focus (self, band + 5, column);
      return TRUE;
    case GDK_KEY_Home:
      move_focus (self, band, 0);
      return TRUE;
    case GDK_KEY_End:
      move_focus (self, band, (int) m->n_columns - 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      if (fresh)
        move_focus (self, 0, 0);
      else
        g_signal_emit (self, signals[CELL_ACTIVATED], 0, (guint) band, self->map->years[column]);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_focus_changed (GtkEventControllerFocus *controller, SendcoProvisionMapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Actions */

static void
zoom_in_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  sendco_provision_map_view_zoom_in (SENDCO_PROVISION_MAP_VIEW (widget));
}

static void
zoom_out_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  sendco_provision_map_view_zoom_out (SENDCO_PROVISION_MAP_VIEW (widget));
}

static void
zoom_reset_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  sendco_provision_map_view_set_zoom (SENDCO_PROVISION_MAP_VIEW (widget), 1.0);
}

/* Overrides */

static void
set_adjustment (SendcoProvisionMapView *self, GtkAdjustment **slot, GtkAdjustment *adjustment)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot)
    {
      g_signal_handlers_disconnect_by_data (*slot, self);
      g_clear_object (slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed), self);
  configure_adjustments (self, hvalue (self), vvalue (self));
}

static void
sendco_provision_map_view_get_property (GObject *object, guint prop_id, GValue *value,
                                        GParamSpec *pspec)
{
  SendcoProvisionMapView *self = SENDCO_PROVISION_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_provision_map_view_set_property (GObject *object, guint prop_id, const GValue *value,
                                        GParamSpec *pspec)
{
  SendcoProvisionMapView *self = SENDCO_PROVISION_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      sendco_provision_map_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_provision_map_view_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                                   int *minimum, int *natural, int *minimum_baseline,
                                   int *natural_baseline)
{
  SendcoProvisionMapView *self = SENDCO_PROVISION_MAP_VIEW (widget);
  double width, height;

  content_size (self, &width, &height);
  *minimum = 0;
  *natural = (int) (orientation == GTK_ORIENTATION_HORIZONTAL ? width : height);
}

static void
sendco_provision_map_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  SendcoProvisionMapView *self = SENDCO_PROVISION_MAP_VIEW (widget);

  configure_adjustments (self, hvalue (self), vvalue (self));
}

/* The palette from the toolkit's colours, so dark and high contrast follow. */
static void
current_style (SendcoProvisionMapView *self, SendcoRenderStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA fg, bg, accent;
  SendcoRgba f, b, a;
  gboolean has_accent;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "view_bg_color", &bg)
      && !gtk_style_context_lookup_color (context, "window_bg_color", &bg))
    bg = dark ? (GdkRGBA) { 0.118, 0.118, 0.118, 1 } : (GdkRGBA) { 1, 1, 1, 1 };
  has_accent = gtk_style_context_lookup_color (context, "accent_color", &accent);

  f = (SendcoRgba) { fg.red, fg.green, fg.blue, fg.alpha };
  b = (SendcoRgba) { bg.red, bg.green, bg.blue, 1 };
  a = (SendcoRgba) { accent.red, accent.green, accent.blue, accent.alpha };
  sendco_render_style_from_colors (style, &f, &b, has_accent ? &a : NULL, dark);
}

static void
sendco_provision_map_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SendcoProvisionMapView *self = SENDCO_PROVISION_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  SendcoRenderStyle style;
  cairo_t *cr;

  if (self->grid == NULL || width <= 0 || height <= 0)
    return;

  current_style (self, &style);
  sendco_provision_grid_set_selected (self->grid, self->selected_band, self->selected_column);
  if (gtk_widget_has_visible_focus (widget))
    sendco_provision_grid_set_focus (self->grid, self->focus_band, self->focus_column);
  else
    sendco_provision_grid_set_focus (self->grid, -1, -1);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sendco_provision_grid_draw_view (cr, self->grid, &style, width, height, hvalue (self),
                                   vvalue (self), view_scale (self));
  cairo_destroy (cr);
}

static gboolean
sendco_provision_map_view_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard,
                                         GtkTooltip *tooltip)
{
  SendcoProvisionMapView *self = SENDCO_PROVISION_MAP_VIEW (widget);
  g_autoptr (GString) text = g_string_new (NULL);
  SendcoGridHit hit;
  graphene_rect_t area;
  GdkRectangle tip;

  if (self->map == NULL)
    return FALSE;
  if (keyboard)
    {
      if (self->focus_band < 0
          || !sendco_provision_map_view_get_cell_area (self, (guint) self->focus_band,
                                                       (guint) self->focus_column, &area))
        return FALSE;
      hit.kind = SENDCO_GRID_HIT_CELL;
      hit.band = self->focus_band;
      hit.column = self->focus_column;
    }
  else
    {
      if (!hit_at (self, x, y, &hit))
        return FALSE;
      to_widget_rect (self, &hit.rect, &area);
    }

  if (hit.kind == SENDCO_GRID_HIT_PROVISION)
    {
      const SendcoMapProvision *p = find_provision (self, hit.provision_id);
      g_autofree char *name = NULL, *cost = NULL, *year_label = NULL;
      int y_index = SENDCO_MAP_YEAR_INDEX (hit.year_group);

      if (p == NULL)
        return FALSE;
      name = g_markup_escape_text (p->name, -1);
      cost = money (p->cost.year);
      year_label = sendco_year_group_label (hit.year_group);
      g_string_append_printf (text, "<b>%s</b>\n", name);
      g_string_append_printf (text, "%s · %s\n", sendco_area_name (p->area),
                              sendco_wave_name (p->wave));
      /* Translators: how a provision runs, e.g. "3 × 30 minutes a week, groups of up to 6" */
      g_string_append_printf (text, _("%d × %d minutes a week, groups of up to %d"),
                              p->sessions_per_week, p->minutes_per_session, p->group_size);
      if (p->staff_name[0])
        {
          g_autofree char *staff = g_markup_escape_text (p->staff_name, -1);

          /* Translators: who delivers a provision */
          g_string_append_printf (text, _(", with %s"), staff);
        }
      g_string_append (text, "\n");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s: %u pupil", "%s: %u pupils",
                                                 p->pupils_by_year[y_index]),
                              year_label, p->pupils_by_year[y_index]);
      g_string_append (text, " · ");
      /* Translators: a provision's cost for the period shown */
      g_string_append_printf (text, _("%s for the period"), cost);
      g_string_append (text, "\n");
      g_string_append (text, _("Click to open the provision"));
    }
  else if (hit.kind == SENDCO_GRID_HIT_CELL)
    {
      g_autofree char *described = describe_cell (self, (guint) hit.band, (guint) hit.column);
      g_autofree char *escaped = g_markup_escape_text (described, -1);

      g_string_append (text, escaped);
      g_string_append (text, "\n");
      g_string_append (text, _("Click to list the pupils"));
    }
  else
    return FALSE;

  gtk_tooltip_set_markup (tooltip, text->str);
  tip.x = (int) floor (area.origin.x);
  tip.y = (int) floor (area.origin.y);
  tip.width = (int) ceil (area.size.width);
  tip.height = (int) ceil (area.size.height);
  gtk_tooltip_set_tip_area (tooltip, &tip);
  return TRUE;
}

static void
sendco_provision_map_view_dispose (GObject *object)
{
  SendcoProvisionMapView *self = SENDCO_PROVISION_MAP_VIEW (object);

  if (self->hadjustment)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->grid, sendco_provision_grid_free);
  g_clear_pointer (&self->map, sendco_provision_map_free);

  G_OBJECT_CLASS (sendco_provision_map_view_parent_class)->dispose (object);
}

static void
sendco_provision_map_view_class_init (SendcoProvisionMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_provision_map_view_dispose;
  object_class->get_property = sendco_provision_map_view_get_property;
  object_class->set_property = sendco_provision_map_view_set_property;

  widget_class->measure = sendco_provision_map_view_measure;
  widget_class->size_allocate = sendco_provision_map_view_size_allocate;
  widget_class->snapshot = sendco_provision_map_view_snapshot;
  widget_class->query_tooltip = sendco_provision_map_view_query_tooltip;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, SENDCO_PROVISION_MAP_VIEW_MIN_ZOOM,
                         SENDCO_PROVISION_MAP_VIEW_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * SendcoProvisionMapView::cell-activated:
   * @band: index into the map's rows
   * @year_group: the cell's year group
   */
  signals[CELL_ACTIVATED] =
    g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT);
  /**
   * SendcoProvisionMapView::provision-activated:
   * @provision_id: the provision whose line was clicked
   */
  signals[PROVISION_ACTIVATED] =
    g_signal_new ("provision-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_activated);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_activated);
  gtk_widget_class_install_action (widget_class, "map.zoom-reset", NULL, zoom_reset_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "map.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "map.zoom-reset", NULL);

  gtk_widget_class_set_css_name (widget_class, "provisionmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sendco_provision_map_view_init (SendcoProvisionMapView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *gesture;

  self->zoom = 1.0;
  self->focus_band = -1;
  self->focus_column = -1;
  self->selected_band = -1;
  self->selected_column = -1;
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (widget, TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_pressed), self);
  g_signal_connect (gesture, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (widget, controller);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Provision map"), -1);
  update_accessible (self);
}

/* Public API */

GtkWidget *
sendco_provision_map_view_new (void)
{
  return g_object_new (SENDCO_TYPE_PROVISION_MAP_VIEW, NULL);
}

/**
 * sendco_provision_map_view_set_map:
 * @map: (transfer full) (nullable): the snapshot to show
 *
 * Lays @map out and shows it, keeping the scroll position where it can.
 */
void
sendco_provision_map_view_set_map (SendcoProvisionMapView *self, SendcoProvisionMap *map)
{
  g_return_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self));

  if (self->map == map)
    return;
  g_clear_pointer (&self->grid, sendco_provision_grid_free);
  g_clear_pointer (&self->map, sendco_provision_map_free);
  self->map = map;
  if (map)
    {
      self->grid = sendco_provision_grid_new (map);
      if (self->focus_band >= (int) map->rows->len || self->focus_column >= (int) map->n_years)
        self->focus_band = self->focus_column = -1;
    }
  else
    self->focus_band = self->focus_column = -1;
  if (self->grid && self->pointer_in)
    {
      SendcoGridHit hit;

      set_hover (self, hit_at (self, self->pointer_x, self->pointer_y, &hit) ? &hit : NULL);
    }
  update_accessible (self);
  configure_adjustments (self, hvalue (self), vvalue (self));
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const SendcoProvisionMap *
sendco_provision_map_view_get_map (SendcoProvisionMapView *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self), NULL);
  return self->map;
}

const SendcoProvisionGrid *
sendco_provision_map_view_get_grid (SendcoProvisionMapView *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self), NULL);
  return self->grid;
}

double
sendco_provision_map_view_get_zoom (SendcoProvisionMapView *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self), 1.0);
  return self->zoom;
}

void
sendco_provision_map_view_set_zoom (SendcoProvisionMapView *self, double zoom)
{
  double x, y;

  g_return_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self));
  zoom_anchor (self, &x, &y);
  set_zoom_at (self, zoom, x, y);
}

void
sendco_provision_map_view_zoom_in (SendcoProvisionMapView *self)
{
  g_return_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
    if (zoom_steps[i] > self->zoom + 1e-3)
      {
        sendco_provision_map_view_set_zoom (self, zoom_steps[i]);
        return;
      }
}

void
sendco_provision_map_view_zoom_out (SendcoProvisionMapView *self)
{
  g_return_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self));

  for (guint i = G_N_ELEMENTS (zoom_steps); i-- > 0;)
    if (zoom_steps[i] < self->zoom - 1e-3)
      {
        sendco_provision_map_view_set_zoom (self, zoom_steps[i]);
        return;
      }
}

void
sendco_provision_map_view_set_selected (SendcoProvisionMapView *self, int band, int column)
{
  g_return_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self));

  if (self->selected_band == band && self->selected_column == column)
    return;
  self->selected_band = band;
  self->selected_column = column;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
sendco_provision_map_view_get_cell_area (SendcoProvisionMapView *self, guint band, guint column,
                                         graphene_rect_t *area)
{
  SendcoRect rect;

  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  if (self->grid == NULL || !sendco_provision_grid_get_cell_rect (self->grid, band, column, &rect))
    return FALSE;
  to_widget_rect (self, &rect, area);
  return TRUE;
}

gboolean
sendco_provision_map_view_get_provision_area (SendcoProvisionMapView *self, guint band,
                                              guint column, gint64 provision_id,
                                              graphene_rect_t *area)
{
  SendcoRect rect;

  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  if (self->grid == NULL
      || !sendco_provision_grid_get_provision_rect (self->grid, band, column, provision_id, &rect))
    return FALSE;
  to_widget_rect (self, &rect, area);
  return TRUE;
}

/* Scrolls so the cell is in view, clear of the held header and first column. */
void
sendco_provision_map_view_scroll_to_cell (SendcoProvisionMapView *self, guint band, guint column)
{
  const SendcoGridMetrics *m;
  SendcoRect rect;
  double scale, left, top, width, height, h, v;

  g_return_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self));

  if (self->grid == NULL || !sendco_provision_grid_get_cell_rect (self->grid, band, column, &rect))
    return;
  m = sendco_provision_grid_get_metrics (self->grid);
  scale = view_scale (self);
  left = m->first_width * scale;
  top = m->header_height * scale;
  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  h = hvalue (self);
  v = vvalue (self);

  if (rect.x * scale - h < left)
    h = rect.x * scale - left;
  else if ((rect.x + rect.width) * scale - h > width)
    h = (rect.x + rect.width) * scale - width;
  if (rect.y * scale - v < top)
    v = rect.y * scale - top;
  else if ((rect.y + rect.height) * scale - v > height)
    v = MIN ((rect.y + rect.height) * scale - height, rect.y * scale - top);

  if (self->hadjustment)
    gtk_adjustment_set_value (self->hadjustment, h);
  if (self->vadjustment)
    gtk_adjustment_set_value (self->vadjustment, v);
}

/**
 * sendco_provision_map_view_click:
 *
 * Returns: %TRUE when the click landed on a cell or a provision
 */
gboolean
sendco_provision_map_view_click (SendcoProvisionMapView *self, double x, double y)
{
  SendcoGridHit hit;

  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_VIEW (self), FALSE);

  if (!hit_at (self, x, y, &hit))
    return FALSE;
  if (hit.kind != SENDCO_GRID_HIT_CELL && hit.kind != SENDCO_GRID_HIT_PROVISION)
    return FALSE;

  self->focus_band = hit.band;
  self->focus_column = hit.column;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (hit.kind == SENDCO_GRID_HIT_PROVISION)
    g_signal_emit (self, signals[PROVISION_ACTIVATED], 0, hit.provision_id);
  else
    g_signal_emit (self, signals[CELL_ACTIVATED], 0, (guint) hit.band, hit.year_group);
  return TRUE;
}
