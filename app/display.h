// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QString>

namespace cli {

/// Why no window can open here ("" when one can), in one line: no DISPLAY or WAYLAND_DISPLAY, or none
/// of those given can be opened (an X display is opened and closed again; a Wayland socket must
/// accept a connection and Qt must have its Wayland platform). When only one of X and Wayland works,
/// QT_QPA_PLATFORM is set to it so that Qt does not try the other. QT_QPA_PLATFORM, when set by the
/// user, is trusted.
QString displayProblem();

} // namespace cli
