// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// Construction, look, curves and redraws. Input, trace and view: plotviewinput.cpp; read-only
// accessors and figure rendering: plotviewfigure.cpp.
#include "ui/plotview.h"

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
#include "ui/cataloguetext.h"
#include "ui/plotviewgraphs.h"

using namespace plotdetail;

PlotView::PlotView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)), m_traceX(noTrace)
{
    setObjectName(QStringLiteral("plotView"));
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setAccessibleName(tr("Plot of the shown functions"));
    setAccessibleReadout({});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setFocusPolicy(Qt::StrongFocus);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setMouseTracking(true);
    setFocusProxy(m_plot);

    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoomFactor(0.85);
    m_plot->setSelectionRectMode(QCP::srmNone);
    m_plot->addLayer(QStringLiteral("shading"), m_plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    m_plot->addLayer(QStringLiteral("ghosts"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_plot->addLayer(QStringLiteral("markers"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    // The function whose parameter is being dragged lives here, so that a drag redraws only its curves.
    m_plot->addLayer(QStringLiteral("active"), m_plot->layer(QStringLiteral("markers")),
                     QCustomPlot::limBelow);
    m_plot->layer(QStringLiteral("active"))->setMode(QCPLayer::lmBuffered);
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);

    m_plot->plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_titleElement);
    m_plot->xAxis->setLabel(QStringLiteral("x"));
    for (QCPAxis *axis : {m_plot->xAxis2, m_plot->yAxis2}) {
        axis->setVisible(true);
        axis->setTicks(false);
        axis->setTickLabels(false);
    }
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    m_crossV = new QCPItemStraightLine(m_plot);
    m_crossH = new QCPItemStraightLine(m_plot);
    for (QCPItemStraightLine *line : {m_crossV, m_crossH}) {
        line->setLayer(QStringLiteral("overlay"));
        line->setVisible(false);
        line->setSelectable(false);
    }

    connect(m_plot->xAxis, qOverload<const QCPRange &, const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &now, const QCPRange &old) {
                onRangeChanged(true, now.lower, now.upper, old.lower, old.upper);
            });
    connect(m_plot->yAxis, qOverload<const QCPRange &, const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange &now, const QCPRange &old) {
                onRangeChanged(false, now.lower, now.upper, old.lower, old.upper);
            });
    connect(m_plot, &QCustomPlot::mouseMove, this, &PlotView::onMouseMove);
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        m_sawFullReplot = true;
        if (const int width = sampleWidth(); width != m_lastSampleWidth) {
            m_lastSampleWidth = width;
            emit sampleWidthChanged(width);
        }
        emit replotted();
    });
    m_plot->installEventFilter(this);
    applyTheme();
    setState(rx::ExplorerState{});
}

PlotView::~PlotView() = default;

void PlotView::setTheme(const PlotTheme &theme)
{
    m_theme = theme;
    applyTheme();
    rebuildGraphs(std::vector<std::string>(m_ids));
    requestReplot(true);
}

void PlotView::applyTheme()
{
    const PlotTheme &t = m_theme;
    m_plot->setBackground(t.background);
    m_plot->axisRect()->setBackground(t.background);
    const QPen axisPen(t.foreground, t.pen(1));
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(axisPen);
        axis->setTickLabelColor(t.foreground);
        axis->setLabelColor(t.foreground);
        axis->setTickLabelFont(t.fontOfSize(t.font.pointSizeF()));
        axis->setLabelFont(t.fontOfSize(t.font.pointSizeF() * 1.2));
        axis->grid()->setPen(QPen(t.grid, t.pen(1)));
        axis->grid()->setZeroLinePen(QPen(t.zeroLine, t.pen(1.2)));
    }
    m_titleElement->setFont(t.fontOfSize(t.font.pointSizeF() * 1.35, true));
    m_titleElement->setTextColor(t.foreground);
    if (m_captionElement) {
        m_captionElement->setFont(t.fontOfSize(t.font.pointSizeF() * 0.9));
        m_captionElement->setTextColor(t.foreground);
    }
    QColor legendBackground = t.background;
    legendBackground.setAlpha(225);
    m_plot->legend->setBrush(legendBackground);
    m_plot->legend->setBorderPen(QPen(t.grid, t.pen(1)));
    m_plot->legend->setTextColor(t.foreground);
    m_plot->legend->setFont(t.fontOfSize(t.font.pointSizeF()));
    m_plot->legend->setIconSize(qRound(t.pen(32)), qRound(t.pen(14)));
    m_plot->selectionRect()->setPen(QPen(t.foreground, t.pen(1), Qt::DashLine));
    QColor selection = t.palette.value(0, t.foreground);
    selection.setAlpha(40);
    m_plot->selectionRect()->setBrush(selection);
    const QPen crossPen(t.crosshair, t.pen(1), Qt::DotLine);
    m_crossV->setPen(crossPen);
    m_crossH->setPen(crossPen);
}

void PlotView::rebuildGraphs(const std::vector<std::string> &ids)
{
    for (const auto &g : m_graphs) {
        for (QCPGraph *graph :
             {g->value, g->derivative, g->ghost, g->kinkMarks, g->kinkTaken, g->kinkOther, g->traceDots})
            m_plot->removeGraph(graph);
        for (QCPItemRect *rect : g->shading)
            m_plot->removeItem(rect);
        for (QCPGraph *graph : g->familyValues + g->familyDerivatives)
            m_plot->removeGraph(graph);
    }
    m_graphs.clear();
    m_legendGraphs.clear();
    m_active = nullptr;
    m_ids = ids;
    const PlotTheme &t = m_theme;
    for (const std::string &id : ids) {
        auto g = std::make_unique<FunctionGraphs>();
        g->id = id;
        g->colour = t.colourFor(rx::catalogueIndex(id));
        auto makeGraph = [&](const QString &layer) {
            QCPGraph *graph = m_plot->addGraph();
            graph->setLayer(layer);
            graph->setSelectable(QCP::stNone);
            return graph;
        };
        g->ghost = makeGraph(QStringLiteral("ghosts"));
        QColor faint = g->colour;
        faint.setAlpha(70);
        g->ghost->setPen(QPen(faint, t.pen(t.curveWidth * 2.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        g->ghost->setName(tr("%1 (PyTorch default)").arg(name(id)));

        g->value = makeGraph(QStringLiteral("main"));
        g->value->setPen(QPen(g->colour, t.pen(t.curveWidth), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        g->value->setName(name(id));

        g->derivative = makeGraph(QStringLiteral("main"));
        QPen dashed(g->colour, t.pen(t.curveWidth * 0.8), Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
        dashed.setDashPattern({5, 3});
        g->derivative->setPen(dashed);
        g->derivative->setName(tr("%1′").arg(name(id)));

        const double marker = t.pen(8);
        g->kinkMarks = makeGraph(QStringLiteral("markers"));
        g->kinkMarks->setLineStyle(QCPGraph::lsNone);
        g->kinkMarks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(g->colour, t.pen(1.5)),
                                                      t.background, marker + 1));
        g->kinkTaken = makeGraph(QStringLiteral("markers"));
        g->kinkTaken->setLineStyle(QCPGraph::lsNone);
        g->kinkTaken->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(g->colour, t.pen(1.5)), g->colour, marker));
        g->kinkOther = makeGraph(QStringLiteral("markers"));
        g->kinkOther->setLineStyle(QCPGraph::lsNone);
        g->kinkOther->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(g->colour, t.pen(1.5)), t.background, marker));

        g->traceDots = makeGraph(QStringLiteral("overlay"));
        g->traceDots->setLineStyle(QCPGraph::lsNone);
        g->traceDots->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(t.background, t.pen(1.5)), g->colour, t.pen(9)));
        g->traceDots->setVisible(false);
        m_graphs.push_back(std::move(g));
    }
    updateLegend();
}

bool PlotView::updateLegend()
{
    QCPLegend *legend = m_plot->legend;
    // With derivatives: two columns, each function's curve next to its derivative; ghosts last.
    std::vector<QCPGraph *> wanted;
    for (const auto &g : m_graphs) {
        if (m_family.enabled) {
            wanted.insert(wanted.end(), g->familyValues.begin(), g->familyValues.end());
            continue;
        }
        wanted.push_back(g->value);
        if (m_showDerivatives)
            wanted.push_back(g->derivative);
    }
    for (const auto &g : m_graphs)
        if (!g->ghost->data()->isEmpty() && !m_family.enabled)
            wanted.push_back(g->ghost);
    const int columns = m_showDerivatives && !m_family.enabled ? 2 : 1;
    // Compared with what was last put there: the legend's own item count includes empty grid cells.
    if (wanted == m_legendGraphs && columns == legend->wrap())
        return false;
    m_legendGraphs = wanted;
    legend->clearItems();
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    legend->setWrap(columns);
    for (QCPGraph *graph : wanted)
        graph->addToLegend(legend);
    legend->setVisible(!wanted.empty());
    return true;
}

void PlotView::updateLabels()
{
    QStringList names;
    for (const std::string &id : m_ids)
        names << name(id);
    m_title = names.join(QStringLiteral(", "));
    if (m_family.enabled && !m_ids.empty())
        m_title = tr("%1 for %2 from %3 to %4")
                      .arg(name(m_family.function), QString::fromStdString(m_family.parameter),
                           QString::fromStdString(rx::formatNumber(m_family.from)),
                           QString::fromStdString(rx::formatNumber(m_family.to)));
    const QString f = m_ids.size() == 1 ? QString::fromStdString(m_ids.front()) : QStringLiteral("f");
    m_yLabel = m_showDerivatives ? QStringLiteral("%1(x), %1′(x)").arg(f) : QStringLiteral("%1(x)").arg(f);
    m_titleElement->setText(!m_titleOverride.isEmpty() ? m_titleOverride
                            : m_title.isEmpty()        ? tr("No function shown")
                                                       : m_title);
    m_plot->yAxis->setLabel(m_yLabel);
}

void PlotView::setState(const rx::ExplorerState &state)
{
    std::vector<std::string> ids;
    for (const rx::Activation *f : rx::shownFunctions(state))
        if (!state.family.enabled || f->id == state.family.function)
            ids.push_back(f->id);
    const bool derivativesChanged = state.showDerivatives != m_showDerivatives;
    m_showDerivatives = state.showDerivatives;
    bool changed = derivativesChanged;
    if (!(state.family == m_family)) {
        const bool modeChanged = state.family.enabled != m_family.enabled;
        m_family = state.family;
        if (modeChanged)
            m_ids.clear(); // rebuild: the function's usual curves come back or go
        changed = true;
    }
    if (ids != m_ids) {
        rebuildGraphs(ids);
        changed = true;
    } else if (derivativesChanged) {
        updateLegend();
    }
    if (changed)
        updateLabels();
    if (rx::isValidView(state.view) && !(viewRange() == state.view)) {
        m_applyingView = true;
        m_plot->xAxis->setRange(state.view.xMin, state.view.xMax);
        m_plot->yAxis->setRange(state.view.yMin, state.view.yMax);
        m_applyingView = false;
        changed = true;
    }
    if (changed)
        requestReplot(true);
}

void PlotView::setCurves(const rx::FunctionCurves &curves)
{
    FunctionGraphs *g = graphsFor(curves.id);
    if (!g)
        return;
    if (m_family.enabled) {
        setFamilyCurves(g, curves.family);
        return;
    }
    const rx::Samples &s = curves.samples;
    const QVector<double> xs = toVector(s.xs);
    g->value->setData(xs, toVector(s.ys), true);
    g->derivative->setData(toVector(curves.derivative.xs), toVector(curves.derivative.ys), true);
    g->derivative->setVisible(!curves.derivative.xs.empty());
    if (curves.ghostYs.empty())
        g->ghost->data()->clear();
    else
        g->ghost->setData(xs, toVector(curves.ghostYs), true);

    g->kinks = curves.kinks;
    QVector<double> kx, ky, takenY, otherX, otherY;
    for (const rx::KinkPoint &k : curves.kinks) {
        kx << k.x;
        ky << k.y;
        takenY << k.dydx;
        for (const double limit : {k.leftLimit, k.rightLimit}) {
            if (limit != k.dydx && !otherY.contains(limit)) {
                otherX << k.x;
                otherY << limit;
            }
        }
    }
    const bool markersMoved =
        g->kinkOther->data()->size() != otherX.size() || g->kinkMarks->data()->size() != kx.size();
    g->kinkMarks->setData(kx, ky, true);
    g->kinkTaken->setData(kx, takenY, true);
    g->kinkOther->setData(otherX, otherY, true);
    g->kinkTaken->setVisible(m_showDerivatives);
    g->kinkOther->setVisible(m_showDerivatives);

    const bool shadingChanged = g->zeroGradient != curves.zeroGradient;
    if (shadingChanged) {
        for (QCPItemRect *rect : g->shading)
            m_plot->removeItem(rect);
        g->shading.clear();
        g->zeroGradient = curves.zeroGradient;
        // A light wash in the function's colour, and a strip of full colour along the bottom edge
        // that says whose region it is when several overlap.
        QColor wash = g->colour;
        wash.setAlpha(26);
        const double strip = 0.012;
        const auto row = static_cast<double>(std::find(m_ids.begin(), m_ids.end(), g->id) - m_ids.begin());
        for (const auto &[a, b] : curves.zeroGradient) {
            for (const bool isStrip : {false, true}) {
                auto *rect = new QCPItemRect(m_plot);
                rect->setLayer(QStringLiteral("shading"));
                rect->setSelectable(false);
                rect->setPen(Qt::NoPen);
                rect->setBrush(isStrip ? QBrush(g->colour) : QBrush(wash));
                for (QCPItemPosition *corner : {rect->topLeft, rect->bottomRight}) {
                    corner->setTypeX(QCPItemPosition::ptPlotCoords);
                    corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
                }
                rect->topLeft->setCoords(a, isStrip ? 1 - strip * (row + 1) : 0);
                rect->bottomRight->setCoords(b, isStrip ? 1 - strip * row : 1);
                g->shading << rect;
            }
        }
    }
    const bool legendChanged = updateLegend();
    // Only this function's curves moved (a slider drag): redraw just its layer.
    const bool onlyThis = !m_fullReplotPending && !legendChanged && !shadingChanged && !markersMoved;
    if (onlyThis) {
        activate(g);
        m_activePending = true;
    }
    requestReplot(!onlyThis);
}

void PlotView::setFamilyCurves(FunctionGraphs *g, const std::vector<rx::FamilyMember> &members)
{
    for (QCPGraph *graph : {g->value, g->derivative, g->ghost, g->kinkMarks, g->kinkTaken, g->kinkOther})
        graph->setVisible(false);
    const int count = static_cast<int>(members.size());
    while (g->familyValues.size() > count) {
        m_plot->removeGraph(g->familyValues.takeLast());
        m_plot->removeGraph(g->familyDerivatives.takeLast());
    }
    while (g->familyValues.size() < count) {
        for (QList<QCPGraph *> *list : {&g->familyValues, &g->familyDerivatives}) {
            QCPGraph *graph = m_plot->addGraph();
            graph->setLayer(QStringLiteral("main"));
            graph->setSelectable(QCP::stNone);
            *list << graph;
        }
    }
    const rx::Activation *f = rx::findActivation(g->id);
    const int index = f ? f->parameterIndex(m_family.parameter) : -1;
    const QString symbol = index >= 0
                               ? QString::fromStdString(f->parameters[static_cast<std::size_t>(index)].symbol)
                               : QString::fromStdString(m_family.parameter);
    const PlotTheme &t = m_theme;
    for (int i = 0; i < count; ++i) {
        const rx::FamilyMember &m = members[static_cast<std::size_t>(i)];
        const QColor colour = t.rampColour(i, count);
        QCPGraph *value = g->familyValues[i];
        value->setPen(QPen(colour, t.pen(t.curveWidth), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        value->setName(
            m.samples.xs.empty()
                ? tr("%1 = %2 (not allowed)").arg(symbol, QString::fromStdString(rx::formatNumber(m.value)))
                : tr("%1 = %2").arg(symbol, QString::fromStdString(rx::formatNumber(m.value))));
        value->setData(toVector(m.samples.xs), toVector(m.samples.ys), true);
        QCPGraph *derivative = g->familyDerivatives[i];
        QPen dashed(colour, t.pen(t.curveWidth * 0.8), Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
        dashed.setDashPattern({5, 3});
        derivative->setPen(dashed);
        derivative->setData(toVector(m.derivative.xs), toVector(m.derivative.ys), true);
        derivative->setVisible(m_showDerivatives);
    }
    updateLegend();
    requestReplot(true);
}

void PlotView::activate(FunctionGraphs *g)
{
    if (m_active == g)
        return;
    auto move = [](FunctionGraphs *graphs, bool active) {
        const QString main = active ? QStringLiteral("active") : QStringLiteral("main");
        const QString markers = active ? QStringLiteral("active") : QStringLiteral("markers");
        graphs->value->setLayer(main);
        graphs->derivative->setLayer(main);
        for (QCPGraph *graph : {graphs->kinkMarks, graphs->kinkTaken, graphs->kinkOther})
            graph->setLayer(markers);
    };
    if (m_active)
        move(m_active, false);
    m_active = g;
    move(g, true); // invalidates the buffers: this time the whole plot is redrawn
}

void PlotView::requestReplot(bool full)
{
    m_fullReplotPending = m_fullReplotPending || full;
    if (m_replotQueued)
        return;
    m_replotQueued = true;
    QMetaObject::invokeMethod(this, &PlotView::flushReplot, Qt::QueuedConnection);
}

void PlotView::flushReplot()
{
    m_replotQueued = false;
    const bool full = m_fullReplotPending || (m_activePending && !m_active);
    const bool active = m_activePending;
    const bool overlay = m_overlayPending;
    m_fullReplotPending = m_activePending = m_overlayPending = false;
    m_lastReplotPartial = !full;
    m_sawFullReplot = false;
    if (full) {
        m_plot->replot();
        return;
    }
    // A layer's replot becomes a full one (emitting afterReplot) when its buffers were invalidated.
    if (active)
        m_plot->layer(QStringLiteral("active"))->replot();
    if (overlay && !m_sawFullReplot)
        m_plot->layer(QStringLiteral("overlay"))->replot();
    if (!m_sawFullReplot)
        emit replotted();
}

PlotView::FunctionGraphs *PlotView::graphsFor(const std::string &id) const
{
    for (const auto &g : m_graphs)
        if (g->id == id)
            return g.get();
    return nullptr;
}
