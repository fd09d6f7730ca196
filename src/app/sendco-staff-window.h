/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-provision.h"
#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_STAFF_WINDOW (sendco_staff_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoStaffWindow, sendco_staff_window, SENDCO, STAFF_WINDOW, AdwWindow)

/* Adds a member of staff (@staff %NULL) or edits one. */
SendcoStaffWindow *sendco_staff_window_new         (GtkWindow         *parent,
                                                    SendcoStore       *store,
                                                    const SendcoStaff *staff);
const char        *sendco_staff_window_get_problem (SendcoStaffWindow *self);
const char        *sendco_staff_window_get_rate_note (SendcoStaffWindow *self);

G_END_DECLS
