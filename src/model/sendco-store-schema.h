/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sendco-store.h"

G_BEGIN_DECLS

const char *sendco_store_schema_migration (int version);

G_END_DECLS
