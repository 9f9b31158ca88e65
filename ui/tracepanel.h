// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>
#include <vector>

#include <QWidget>

#include "reluexplorer/sampling.h"

class QLabel;
class QTableWidget;

/// The tracer's readout: x, and f(x) and f'(x) of each shown function, at full precision.
class TracePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TracePanel(QWidget *parent = nullptr);

    /// One row per function in ids with its values at x from points; NaN x shows a hint and dashes.
    void setTrace(const std::vector<std::string> &ids, double x, const std::vector<rx::TracePoint> &points);

    /// The readout as text ("x = 2", then "ReLU: f = 2, f′ = 1" per function), for tests and copying.
    QString text() const;

    /// What screen readers get, also as the panel's accessible description: "x = 2; ReLU: f(x) = 2,
    /// f′(x) = 1; …" in the current language, or the hint while nothing is traced.
    QString readout() const { return m_readout; }

    QSize sizeHint() const override;
    /// Rows the size hint makes room for before the table scrolls.
    static constexpr int rowsAtHand = 4;

signals:
    /// readout as above; brief is what a screen reader says at each step ("x = 2, ReLU 2, PReLU 2",
    /// f(x) only), empty while nothing is traced.
    void readoutChanged(const QString &readout, const QString &brief);

private:
    int tableHeight(int rows) const;

    QLabel *m_x = nullptr;
    QTableWidget *m_table = nullptr;
    QString m_readout;
};
