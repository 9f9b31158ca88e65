// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "reluexplorer/state.h"

namespace rx {

/// A pinned label as the plot draws it now.
struct LabelPoint
{
    std::size_t index = 0; ///< Position in ExplorerState::labels.
    std::string function;
    std::optional<double> member;
    double x = 0;
    double y = 0;     ///< f(x) with the state's parameters (and the member's value).
    std::string text; ///< labelText(x, y).

    bool operator==(const LabelPoint &) const = default;
};

/// value with digits significant digits, as printf's %g: "1.5", "-2.00121", "1e-07", "123457"; no
/// "-0"; "nan", "inf", "-inf" for those.
std::string formatSignificant(double value, int digits = 6);

/// "(x, y)" with 6 significant digits each: "(1.5, 1.5)".
std::string labelText(double x, double y);

/// "" when label can be pinned: a catalogue function, x finite with |x| <= viewBoundLimit, member (if
/// any) finite within ±parameterLimit. Otherwise why not.
std::string labelProblem(const PinnedLabel &label);

/// The labels of state drawn now, in state order: those whose curve is drawn (see PinnedLabel) and
/// whose f(x) is finite.
std::vector<LabelPoint> visibleLabels(const ExplorerState &state);

/// Appends label unless an equal one is pinned, it has a problem or maxPinnedLabels are pinned.
/// True when it was added.
bool pinLabel(ExplorerState &state, const PinnedLabel &label);

/// Removes label index; false when there is none.
bool removeLabel(ExplorerState &state, std::size_t index);

} // namespace rx
