// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// PlotView's graphs for one function and the helpers its implementation shares. Private to PlotView's
// implementation (ui/plotview*.cpp), the only files that include QCustomPlot.

#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <QColor>
#include <QList>
#include <QString>
#include <QVector>

#include <qcustomplot.h>

#include "reluexplorer/activation.h"
#include "reluexplorer/sampling.h"
#include "plotview.h"

namespace plotdetail {

inline constexpr double noTrace = std::numeric_limits<double>::quiet_NaN();
inline constexpr int kinkHitRadius = 8;

inline QString name(const std::string &id)
{
    const rx::Activation *f = rx::findActivation(id);
    return QString::fromStdString(f ? f->displayName : id);
}

inline QVector<double> toVector(const std::vector<double> &values)
{
    return QVector<double>(values.begin(), values.end());
}

} // namespace plotdetail

/// The plottables and items that draw one function.
struct PlotView::FunctionGraphs
{
    std::string id;
    QColor colour;
    QCPAxisRect *panel = nullptr;
    QCPGraph *value = nullptr;
    QCPGraph *derivative = nullptr;
    QCPGraph *ghost = nullptr;
    QCPGraph *kinkMarks = nullptr; // on the value curve
    QCPGraph *kinkTaken = nullptr; // dy/dx PyTorch uses at the kink (filled)
    QCPGraph *kinkOther = nullptr; // the other one-sided limit (hollow)
    QCPGraph *traceDots = nullptr; // tracer on the value and derivative curves
    QList<QCPItemRect *> shading;
    QCPGraph *shadingKey = nullptr;      // no data: the legend's entry that explains the shading's bars
    QList<QCPGraph *> familyValues;      // one per family member, in the ramp's colours
    QList<QCPGraph *> familyDerivatives; // dashed, not in the legend
    std::vector<std::pair<double, double>> zeroGradient;
    std::vector<rx::KinkPoint> kinks;
};
