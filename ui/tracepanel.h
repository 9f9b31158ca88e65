// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <vector>

#include <QWidget>

#include "reluexplorer/sampling.h"

class QAction;
class QLabel;
class QTableWidget;

/// The tracer's readout: x, and f(x) and f'(x) of each drawn curve (a shown function, or a family
/// member with its parameter's value), at 6 significant digits or, by choice, full precision; a
/// colour swatch names each curve. Copying always gives full precision.
class TracePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TracePanel(QWidget *parent = nullptr);

    /// One row per point of rows (rx::readoutAt) with its values at x; NaN x shows a hint and dashes.
    void setTrace(const std::vector<rx::TracePoint> &rows, double x);

    /// Full round-trip precision instead of 6 significant digits (the precision action's state).
    bool fullPrecision() const { return m_fullPrecision; }
    void setFullPrecision(bool full);
    /// Checkable "Full-precision readout", for the View menu and the readout's context menu.
    QAction *precisionAction() const { return m_precisionAction; }
    /// "Copy readout" (Ctrl+C): the last values traced, for the Edit menu and the readout's context menu.
    QAction *copyAction() const { return m_copyAction; }

    /// The readout as text ("x = 2", then "ReLU: f = 2, f′ = 1" per curve), always at full precision:
    /// what copying puts on the clipboard.
    QString text() const;
    /// The same at the precision shown.
    QString shownText() const;

    /// What screen readers get, also as the panel's accessible description: "x = 2; ReLU: f(x) = 2,
    /// f′(x) = 1; …" in the current language at the precision shown, or the hint while nothing is traced.
    QString readout() const { return m_readout; }

    /// x as the readout shows it: 6 significant digits ("-2.00121"), or the shortest round-trip text.
    static QString formatted(double value, bool full);

    QSize sizeHint() const override;
    /// Rows the size hint makes room for before the table scrolls.
    static constexpr int rowsAtHand = 4;

signals:
    /// readout as above; brief is what a screen reader says at each step ("x = 2, ReLU 2, PReLU 2",
    /// f(x) only), empty while nothing is traced.
    void readoutChanged(const QString &readout, const QString &brief);
    /// The user chose the precision (the window remembers it).
    void fullPrecisionChanged(bool full);

protected:
    /// A new palette (the theme) recolours the swatches: each theme has its own curve colours.
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString rowName(const rx::TracePoint &row) const;
    QString lines(const std::vector<rx::TracePoint> &rows, double x, bool full) const;
    void copy();

    std::vector<rx::TracePoint> m_rows;
    double m_x;
    std::vector<rx::TracePoint> m_copiedRows; ///< The last traced values, for copying.
    double m_copiedX;
    bool m_fullPrecision = false;
    QLabel *m_xLabel = nullptr;
    int tableHeight(int rows) const;
    QTableWidget *m_table = nullptr;
    QAction *m_precisionAction = nullptr;
    QAction *m_copyAction = nullptr;
    QString m_readout;
};
