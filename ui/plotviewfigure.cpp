// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// PlotView: what is drawn, read back (tests, export), and rendering for figures.
#include "plotview.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/view.h"
#include "cataloguetext.h"
#include "plotviewgraphs.h"
#include "plotviewtext.h"

using namespace plotdetail;

std::pair<std::vector<double>, std::vector<double>> PlotView::curveData(const std::string &id,
                                                                        Curve curve) const
{
    std::pair<std::vector<double>, std::vector<double>> data;
    const FunctionGraphs *g = graphsFor(id);
    if (!g)
        return data;
    const QCPGraph *graph = curve == Curve::Value        ? g->value
                            : curve == Curve::Derivative ? g->derivative
                                                         : g->ghost;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        data.first.push_back(it->key);
        data.second.push_back(it->value);
    }
    return data;
}

QPen PlotView::curvePen(const std::string &id, Curve curve) const
{
    const FunctionGraphs *g = graphsFor(id);
    if (!g)
        return {};
    return (curve == Curve::Value ? g->value : curve == Curve::Derivative ? g->derivative : g->ghost)->pen();
}

bool PlotView::isCurveVisible(const std::string &id, Curve curve) const
{
    const FunctionGraphs *g = graphsFor(id);
    if (!g)
        return false;
    const QCPGraph *graph = curve == Curve::Value        ? g->value
                            : curve == Curve::Derivative ? g->derivative
                                                         : g->ghost;
    return graph->visible() && !graph->data()->isEmpty();
}

std::vector<std::pair<double, double>> PlotView::shadedIntervals(const std::string &id) const
{
    const FunctionGraphs *g = graphsFor(id);
    return g ? g->zeroGradient : std::vector<std::pair<double, double>>{};
}

std::vector<QPointF> PlotView::kinkMarkers(const std::string &id) const
{
    std::vector<QPointF> points;
    if (const FunctionGraphs *g = graphsFor(id))
        for (const rx::KinkPoint &k : g->kinks)
            points.emplace_back(k.x, m_showDerivatives ? k.dydx : k.y);
    return points;
}

void PlotView::setTitleOverride(const QString &title)
{
    m_titleOverride = title;
    updateLabels();
    requestReplot(DirtyEverything);
}

void PlotView::setCaption(const QString &caption)
{
    if (caption.isEmpty() && m_captionElement) {
        m_plot->plotLayout()->remove(m_captionElement);
        m_plot->plotLayout()->simplify();
        m_captionElement = nullptr;
    } else if (!caption.isEmpty()) {
        if (!m_captionElement) {
            m_plot->plotLayout()->insertRow(m_plot->plotLayout()->rowCount());
            m_captionElement = new plotdetail::TextElement(m_plot, caption);
            m_plot->plotLayout()->addElement(m_plot->plotLayout()->rowCount() - 1, 0, m_captionElement);
            applyTheme();
        }
        m_captionElement->setText(caption);
    }
    m_captionText = caption;
    requestReplot(DirtyEverything);
}

void PlotView::layOut()
{
    // A widget that is never shown gets no resize events: size the plot's viewport by hand.
    layout()->activate();
    m_plot->setViewport(m_plot->rect());
    m_plot->plotLayout()->update(QCPLayoutElement::upPreparation);
    m_plot->plotLayout()->update(QCPLayoutElement::upMargins);
    m_plot->plotLayout()->update(QCPLayoutElement::upLayout);
    arrangeText();
    placeLabels();
}

std::function<void()> PlotView::clearBackgrounds()
{
    const QBrush plotBrush = m_plot->background();
    const QBrush rectBrush = m_plot->axisRect()->backgroundBrush();
    m_plot->setBackground(Qt::NoBrush);
    for (QCPAxisRect *rect : m_panels)
        rect->setBackground(Qt::NoBrush);
    return [this, plotBrush, rectBrush] {
        m_plot->setBackground(plotBrush);
        for (QCPAxisRect *rect : m_panels)
            rect->setBackground(rectBrush);
    };
}

QImage PlotView::renderImage(const QSize &logical, double scale, bool transparent)
{
    const std::function<void()> restore = transparent ? clearBackgrounds() : std::function<void()>([] {});
    QImage image = m_plot->toPixmap(logical.width(), logical.height(), scale).toImage();
    restore();
    return image;
}

bool PlotView::renderTo(QPaintDevice *device, const QSize &logical, bool transparent)
{
    const std::function<void()> restore = transparent ? clearBackgrounds() : std::function<void()>([] {});
    QCPPainter painter;
    const bool ok = painter.begin(device);
    if (ok) {
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNonCosmetic); // line widths scale with the page like the text
        painter.setWindow(0, 0, logical.width(), logical.height());
        m_plot->toPainter(&painter, logical.width(), logical.height());
        painter.end();
    }
    restore();
    return ok;
}

int PlotView::familyCurveCount() const
{
    return m_family.enabled && !m_graphs.empty() ? static_cast<int>(m_graphs.front()->familyValues.size())
                                                 : 0;
}

std::pair<std::vector<double>, std::vector<double>> PlotView::familyCurveData(int index) const
{
    std::pair<std::vector<double>, std::vector<double>> data;
    if (index < 0 || index >= familyCurveCount())
        return data;
    const QCPGraph *graph = m_graphs.front()->familyValues[index];
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        data.first.push_back(it->key);
        data.second.push_back(it->value);
    }
    return data;
}

QPen PlotView::familyCurvePen(int index) const
{
    return index >= 0 && index < familyCurveCount() ? m_graphs.front()->familyValues[index]->pen() : QPen();
}

QString PlotView::title() const
{
    return m_title;
}

QString PlotView::drawnTitle() const
{
    return m_titleElement->text();
}

QString PlotView::yAxisLabel() const
{
    return m_yLabel;
}

QStringList PlotView::legendEntries() const
{
    QStringList entries;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_plot->legend->item(i)))
            entries << item->plottable()->name();
    return entries;
}
