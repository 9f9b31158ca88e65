// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

/// Installs (once) the accessible interfaces that say more than Qt's defaults: the plot with its
/// tracer (AccessiblePlot), parameter sliders that report the parameter's value rather than the
/// tick, and the function list (AccessibleFunctionList). Call before the first window is shown.
void installAccessibleFactory();
