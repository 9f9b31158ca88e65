// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "ui/plotview.h"

#include <vector>

#include <QVBoxLayout>

#include <qcustomplot.h>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"

PlotView::PlotView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    const std::vector<double> xs = rx::linspace(-5, 5, 1001);
    const QColor colours[] = {QColor(0, 114, 178), QColor(213, 94, 0)};
    int i = 0;
    for (const char *id : {"relu", "prelu"}) {
        const rx::Activation &f = *rx::findActivation(id);
        std::vector<double> ys(xs.size());
        rx::evaluate(f, rx::Quantity::value(), std::span<const double>(xs), f.defaultParameters(), std::span<double>(ys));
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(QString::fromStdString(f.displayName));
        graph->setPen(QPen(colours[i++], 2));
        graph->setData(QVector<double>(xs.begin(), xs.end()), QVector<double>(ys.begin(), ys.end()), true);
    }
    m_plot->xAxis->setLabel(QStringLiteral("x"));
    m_plot->yAxis->setLabel(QStringLiteral("y"));
    m_plot->xAxis->setRange(-5, 5);
    m_plot->yAxis->setRange(-2, 5);
    m_plot->legend->setVisible(true);
}
