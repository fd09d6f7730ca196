/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing the pupil passport: one page, A4 portrait unless the printer is
 * given other paper, drawn over the whole sheet by the same function as the
 * PDF so that what a parent is handed looks the same either way. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-passport-print.h"

#include <glib/gi18n.h>

struct _SendcoPassportPrint
{
  GtkPrintOperation   parent_instance;

  SendcoPassportPage *page;
};

G_DEFINE_FINAL_TYPE (SendcoPassportPrint, sendco_passport_print, GTK_TYPE_PRINT_OPERATION)

static SendcoPassportPage *
copy_page (const SendcoPassportPage *page)
{
  SendcoPassportPage *copy = g_new0 (SendcoPassportPage, 1);

  copy->name = g_strdup (page->name);
  copy->details = g_strdup (page->details);
  for (guint i = 0; i < SENDCO_PASSPORT_N_SECTIONS; i++)
    copy->sections[i] = g_strdup (page->sections[i]);
  copy->school = g_strdup (page->school);
  copy->date = g_strdup (page->date);
  return copy;
}

static void
sendco_passport_print_draw_page (GtkPrintOperation *operation, GtkPrintContext *context, int page_nr)
{
  SendcoPassportPrint *self = SENDCO_PASSPORT_PRINT (operation);

  sendco_passport_draw (gtk_print_context_get_cairo_context (context), self->page,
                        gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static void
sendco_passport_print_finalize (GObject *object)
{
  SendcoPassportPrint *self = SENDCO_PASSPORT_PRINT (object);

  g_clear_pointer (&self->page, sendco_passport_page_free);

  G_OBJECT_CLASS (sendco_passport_print_parent_class)->finalize (object);
}

static void
sendco_passport_print_class_init (SendcoPassportPrintClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sendco_passport_print_finalize;
  GTK_PRINT_OPERATION_CLASS (klass)->draw_page = sendco_passport_print_draw_page;
}

static void
sendco_passport_print_init (SendcoPassportPrint *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  /* The page keeps its own margins, wider than a printer's. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

SendcoPassportPrint *
sendco_passport_print_new (const SendcoPassportPage *page)
{
  SendcoPassportPrint *self;
  g_autofree char *job = NULL;

  g_return_val_if_fail (page != NULL, NULL);

  self = g_object_new (SENDCO_TYPE_PASSPORT_PRINT, NULL);
  self->page = copy_page (page);
  /* Translators: the print job's name; %s is the pupil's name */
  job = g_strdup_printf (_("Pupil passport - %s"), page->name);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);
  return self;
}
