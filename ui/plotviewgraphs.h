// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Private to PlotView's implementation (ui/plotview*.cpp), the only files that include QCustomPlot.

#include <cmath>
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

/// A QCPGraph that keeps the breaks its data carries. The core marks every break in a curve (a jump
/// at a kink) with a NaN sample; QCustomPlot draws NaN as a gap, but its adaptive sampling (used once
/// there are two or more samples per pixel: exports at scale >= 2, or a high sample count) folds the
/// NaN into a pixel column's min and max and joins the jump. Here each piece between breaks is
/// sampled on its own, so a break survives any density.
class BrokenGraph : public QCPGraph
{
public:
    using QCPGraph::QCPGraph;

protected:
    void getOptimizedLineData(QVector<QCPGraphData> *lineData,
                              const QCPGraphDataContainer::const_iterator &begin,
                              const QCPGraphDataContainer::const_iterator &end) const override
    {
        if (!lineData)
            return;
        lineData->clear();
        QVector<QCPGraphData> piece;
        auto start = begin;
        for (auto it = begin;; ++it) {
            if (it != end && !std::isnan(it->value))
                continue;
            if (start != it) {
                piece.clear(); // QCustomPlot appends to what it is given
                QCPGraph::getOptimizedLineData(&piece, start, it);
                *lineData += piece;
            }
            if (it == end)
                break;
            lineData->append(*it); // the break itself
            start = it + 1;
        }
    }
};

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
