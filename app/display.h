// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QString>

namespace cli {

/// Why no window can open here ("" when one can): no DISPLAY or WAYLAND_DISPLAY, or an X display
/// that does not answer. QT_QPA_PLATFORM, when set, is trusted.
QString displayProblem();

} // namespace cli
