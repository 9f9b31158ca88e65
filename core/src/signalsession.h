// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>

#include "reluexplorer/json.h"
#include "reluexplorer/state.h"

namespace rx::detail {

/// The session's optional "signal" object: every member, for a file and a token alike.
json::Value signalToValue(const SignalView &signal);

/// Reads a "signal" object into signal; a missing member keeps its default. Returns "" or the problem.
std::string readSignal(const json::Value &value, SignalView &signal);

} // namespace rx::detail
