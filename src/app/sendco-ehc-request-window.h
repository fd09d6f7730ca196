/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_EHC_REQUEST_WINDOW (sendco_ehc_request_window_get_type ())
G_DECLARE_FINAL_TYPE (SendcoEhcRequestWindow, sendco_ehc_request_window, SENDCO, EHC_REQUEST_WINDOW, AdwWindow)

/* Records a new request for an EHC needs assessment for @pupil (@request
 * NULL) or the steps of @request as they happen. Not yet shown. */
SendcoEhcRequestWindow *sendco_ehc_request_window_new         (GtkWindow              *parent,
                                                               SendcoStore            *store,
                                                               SendcoPupil            *pupil,
                                                               const SendcoEhcRequest *request);
/* The first problem that stops Saving, or NULL; for tests. */
const char             *sendco_ehc_request_window_get_problem (SendcoEhcRequestWindow *self);

G_END_DECLS
