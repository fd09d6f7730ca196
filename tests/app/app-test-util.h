/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the widget tests share: a school file in a private temporary folder,
 * pupils made to order, spinning the main loop with a deadline, finding
 * widgets and windows, pressing a dialog's buttons, and saving a window as a
 * PNG to look at. */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

/* How long any wait may last before the test fails. */
#define TEST_TIMEOUT_MS 10000

/* Flags for test_add_pupil */
enum
{
  TEST_LAC = 1 << 0,
  TEST_FSM = 1 << 1,
  TEST_EAL = 1 << 2,
};

typedef struct
{
  char        *dir;
  char        *path;
  SendcoStore *store;
} TestSchool;

/* gtk_test_init + adw_init, with the app's resources registered when
 * @register_resources (not when a SendcoApplication does it). */
void          test_init               (int          *argc,
                                       char       ***argv,
                                       gboolean      register_resources);

TestSchool   *test_school_new         (gboolean      with_school);
void          test_school_free        (TestSchool   *school);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestSchool, test_school_free)
/* The store closed, so that another connection (a SendcoWindow) owns the file. */
void          test_school_close_store (TestSchool   *school);
char         *test_school_file        (TestSchool   *school,
                                       const char   *name);

/* A valid UPN, different for each @serial. */
char         *test_upn                (guint         serial);
/* Inserts a pupil and returns it (with its id). @status is "N", "K" or "E". */
SendcoPupil  *test_add_pupil          (SendcoStore  *store,
                                       const char   *surname,
                                       const char   *forename,
                                       int           year_group,
                                       const char   *status,
                                       const char   *primary,
                                       const char   *secondary,
                                       guint         flags,
                                       const char   *since);

/* Main loop */
void          test_spin               (guint         ms);
gboolean      test_spin_until         (gboolean    (*done) (gpointer data),
                                       gpointer      data,
                                       guint         timeout_ms);
void          test_spin_until_destroyed (gpointer   *weak_pointer);
void          test_show               (GtkWindow    *window);

/* Widgets and windows */
GtkWidget    *test_find_widget        (GtkWidget    *root,
                                       GType         type,
                                       const char   *label);
GtkWidget    *test_find_action_button (GtkWidget    *root,
                                       const char   *action_name);
GPtrArray    *test_collect_labels     (GtkWidget    *root);
gboolean      test_has_label          (GtkWidget    *root,
                                       const char   *text);
GtkWindow    *test_find_toplevel      (GType         type,
                                       GtkWindow    *transient_for);
void          test_click              (GtkWidget    *button);
/* Presses a message dialog's button for @response, as a user would: the
 * dialog closes and then says which response was chosen. */
void          test_respond            (AdwMessageDialog *dialog,
                                       const char   *response);
void          test_destroy_toplevels  (void);

/* The texts of a string-list drop-down, and choosing the first item that
 * starts with @prefix. */
void          test_drop_down_choose   (GtkDropDown  *drop_down,
                                       const char   *prefix);

/* Shown pupils as "Surname, Forename" joined with "|". */
char         *test_shown_names        (GListModel   *shown);

/* Saves @window as BUILDDIR/tests/app/@name and returns the path. */
char         *test_save_png           (GtkWidget    *window,
                                       const char   *name);

G_END_DECLS
