// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>

#include <qcustomplot.h>

#include "plotview.h"

void PlotView::setInputDistribution(double mean, double std)
{
    if (!m_input) {
        m_input = m_plot->addGraph();
        m_input->setLayer(QStringLiteral("shading"));
        m_input->removeFromLegend();
        m_input->setSelectable(QCP::stNone);
        m_input->setName(tr("Input distribution"));
    }
    const QColor line = m_theme.faint(m_theme.foreground);
    QColor fill = m_theme.foreground;
    fill.setAlpha(22);
    m_input->setPen(QPen(line, m_theme.pen(1)));
    const QCPRange x = m_plot->xAxis->range();
    const QCPRange y = m_plot->yAxis->range();
    QVector<double> xs, ys;
    // On the x axis when it is in view (the brush fills down to y = 0), else along the bottom edge.
    const double base = y.lower < 0 && y.upper > 0 ? 0.0 : y.lower;
    m_input->setBrush(base == 0 ? QBrush(fill) : QBrush(Qt::NoBrush));
    if (std > 0 && std::isfinite(std)) {
        constexpr int count = 241;
        for (int i = 0; i < count; ++i) {
            const double at = x.lower + (x.upper - x.lower) * i / (count - 1);
            const double z = (at - mean) / std;
            xs.push_back(at);
            ys.push_back(base + (y.upper - base) / 3 * std::exp(-0.5 * z * z));
        }
    }
    m_input->setData(xs, ys, true);
    m_input->setVisible(!xs.isEmpty());
    requestReplot(true);
}

std::pair<std::vector<double>, std::vector<double>> PlotView::inputDistributionData() const
{
    std::pair<std::vector<double>, std::vector<double>> data;
    if (!m_input || !m_input->visible())
        return data;
    for (const QCPGraphData &d : *m_input->data()) {
        data.first.push_back(d.key);
        data.second.push_back(d.value);
    }
    return data;
}
