// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>
#include <vector>

#include "reluexplorer/json.h"
#include "reluexplorer/state.h"

namespace rx::detail {

/// The session's optional "labels" list: [{"function": id, "x": x, "member": value?}, ...], left out
/// of files and tokens when there are none.
json::Value labelsToValue(const std::vector<PinnedLabel> &labels);

/// Reads a "labels" list into labels. Returns "" or the problem, naming the label by its position.
std::string readLabels(const json::Value &value, std::vector<PinnedLabel> &labels);

} // namespace rx::detail
