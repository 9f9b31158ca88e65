// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>
#include <vector>

#include <QLabel>

#include "reluexplorer/sampling.h"

class PlotView;

/// The tracer's values drawn large on the plot itself (presentation mode), so that a room can read
/// them: x, then each shown function's f(x) (and f′(x) with derivatives) behind a swatch of its colour.
/// It sits in the corner of the axes away from the tracer and lets the pointer through.
class TraceOverlay : public QLabel
{
    Q_OBJECT
public:
    explicit TraceOverlay(PlotView *plot);

    /// Shows the values at x (NaN hides the overlay).
    void setTrace(const std::vector<std::string> &ids, double x, const std::vector<rx::TracePoint> &points,
                  bool derivatives);

    /// The shown values as plain text, one line each, for tests.
    QString plainText() const { return m_plain; }

private:
    void place(double x);

    PlotView *m_plot;
    QString m_plain;
};
