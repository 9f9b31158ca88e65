// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <vector>

#include <QColor>
#include <QString>
#include <QStringList>
#include <QWidget>

/// A small log-scale plot of signal propagation over layers 0..L: per function its variance q_l
/// (solid) and cumulative gradient gain (dashed), with a legend under it. Painted directly: it is a
/// sketch beside the main plot, not a figure.
class DepthPlot : public QWidget
{
    Q_OBJECT
public:
    struct Curve
    {
        QString name;
        QColor colour;
        std::vector<double> variance;
        std::vector<double> gradient;
    };

    explicit DepthPlot(QWidget *parent = nullptr);

    void setCurves(std::vector<Curve> curves);
    const std::vector<Curve> &curves() const { return m_curves; }
    void setColours(const QColor &background, const QColor &foreground, const QColor &grid);
    /// The legend's entries as drawn under the plot: the two line styles, then the functions' names.
    QStringList legendEntries() const;

    /// Wide enough for the longest legend entry on one line (x 8 + swatch + 4 + text, 16 to spare).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {200, 170}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<Curve> m_curves;
    QColor m_background = Qt::white;
    QColor m_foreground = Qt::black;
    QColor m_grid = QColor(220, 220, 220);
};
