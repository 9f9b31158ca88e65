// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>

#include <QString>

/// The core's text (UTF-8 std::string: ids, parameter names, messages) as a QString.
inline QString q(const std::string &text)
{
    return QString::fromStdString(text);
}
