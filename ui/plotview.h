// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QWidget>

class QCustomPlot;

/// The plot: one curve per shown function over the view's x range.
class PlotView : public QWidget
{
    Q_OBJECT
public:
    explicit PlotView(QWidget *parent = nullptr);

private:
    QCustomPlot *m_plot = nullptr;
};
