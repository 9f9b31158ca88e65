// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QStringList>

#include "cliutil.h"

namespace cli {

/// relu-explorer list: takes no options.
struct ListRequest
{
};

Parsed<ListRequest> parseListRequest(const QStringList &arguments);
int runListCommand(const QStringList &arguments);

} // namespace cli
