// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// Construction, look, curves and redraws. Input, trace and view: plotviewinput.cpp; read-only
// accessors and figure rendering: plotviewfigure.cpp.
#include "plotview.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAccessible>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/view.h"
#include "cataloguetext.h"
#include "brokengraph.h"
#include "plotviewgraphs.h"
#include "plotviewtext.h"
#include "vectorstate.h"

using namespace plotdetail;

PlotView::PlotView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)), m_traceX(noTrace)
{
    setObjectName(QStringLiteral("plotView"));
    // QCustomPlot's constructor queues a replot of the still empty plot; this view replots once its
    // curves and size are known (flushReplot), so that one is dropped.
    QCoreApplication::removePostedEvents(m_plot, QEvent::MetaCall);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setAccessibleName(tr("Plot of the shown functions"));
    setAccessibleReadout({});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // QCustomPlot asks for the minimum its layout needs, which is the width of a title before
    // arrangeText wraps it (over 1000 pixels for 17 names): the plot takes the size it is given.
    m_plot->setMinimumSize(1, 1);
    layout->addWidget(m_plot);
    setFocusPolicy(Qt::StrongFocus);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setMouseTracking(true);
    setFocusProxy(m_plot);

    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoomFactor(0.85);
    m_legendGrab = QPointF(qQNaN(), qQNaN());
    m_pressPos = QPointF(qQNaN(), qQNaN());
    m_plot->setSelectionRectMode(QCP::srmNone);
    m_plot->addLayer(QStringLiteral("shading"), m_plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    m_plot->addLayer(QStringLiteral("ghosts"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_plot->addLayer(QStringLiteral("markers"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    // The function whose parameter is being dragged lives here, so that a drag redraws only its curves.
    m_plot->addLayer(QStringLiteral("active"), m_plot->layer(QStringLiteral("markers")),
                     QCustomPlot::limBelow);
    // "active" and "overlay" get paint buffers of their own when first redrawn alone (activate,
    // flushReplot), not here: each is a window-sized image to allocate and clear before the first paint.
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical); // QCustomPlot buffers it

    m_plot->plotLayout()->insertRow(0);
    m_titleElement = new plotdetail::TextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_titleElement);
    // The panels live in a grid of their own under the title: one in an overlay, one per function in a
    // grid. The first is QCustomPlot's own axis rect, which holds the legend.
    m_panelGrid = new QCPLayoutGrid;
    QCPAxisRect *first = m_plot->axisRect();
    m_plot->plotLayout()->take(first);
    m_plot->plotLayout()->addElement(1, 0, m_panelGrid);
    m_panelGrid->addElement(0, 0, first);
    m_panelGrid->setColumnSpacing(0);
    m_panelGrid->setRowSpacing(0);
    m_panels << first;
    m_plot->xAxis->setLabel(QStringLiteral("x"));
    styleAxes(first);
    m_plot->legend->setVisible(true);
    first->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    setUpPanels(1);

    connect(m_plot, &QCustomPlot::mouseMove, this, &PlotView::onMouseMove);
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        ++m_fullReplots;
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
    if (m_input)
        setInputDistribution(m_inputMean, m_inputStd); // its colours follow the theme
    requestReplot(DirtyEverything);
}

void PlotView::applyTheme()
{
    const PlotTheme &t = m_theme;
    m_plot->setBackground(t.background);
    for (QCPAxisRect *rect : m_panels)
        styleAxes(rect);
    m_titleElement->setFont(t.fontOfSize(t.font.pointSizeF() * t.titleRatio, true));
    m_titleElement->setTextColor(t.foreground);
    if (m_captionElement) {
        m_captionElement->setFont(t.fontOfSize(t.font.pointSizeF() * t.captionRatio));
        m_captionElement->setTextColor(t.foreground);
    }
    QColor legendBackground = t.background;
    legendBackground.setAlpha(225);
    const double em = QFontMetricsF(t.fontOfSize(t.font.pointSizeF())).height();
    QCPLegend *legend = m_plot->legend;
    legend->setBrush(legendBackground);
    legend->setBorderPen(QPen(t.grid, t.pen(t.axisWidth)));
    legend->setTextColor(t.foreground);
    legend->setFont(t.fontOfSize(t.font.pointSizeF()));
    // Icon, padding and spacing in proportion to the text, so a small paper font gives a small legend.
    legend->setIconSize(qRound(em * 2), qRound(em * 0.9));
    legend->setIconTextPadding(qRound(em * 0.4));
    legend->setColumnSpacing(qRound(em * 0.6));
    legend->setRowSpacing(0);
    const int pad = qRound(em * 0.3);
    legend->setMargins(QMargins(pad, pad, pad, pad));
    m_plot->selectionRect()->setPen(QPen(t.foreground, t.pen(1), Qt::DashLine));
    QColor selection = t.palette.value(0, t.foreground);
    selection.setAlpha(40);
    m_plot->selectionRect()->setBrush(selection);
    const QPen crossPen(t.crosshair, t.pen(1), Qt::DotLine);
    for (QCPItemStraightLine *line : m_crossV + m_crossH)
        line->setPen(crossPen);
}

void PlotView::styleAxes(QCPAxisRect *rect)
{
    const PlotTheme &t = m_theme;
    rect->setBackground(t.background);
    const QPen axisPen(t.foreground, t.pen(t.axisWidth));
    const double em = QFontMetricsF(t.fontOfSize(t.font.pointSizeF())).height();
    for (QCPAxis *axis : rect->axes()) {
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(axisPen);
        axis->setTickLabelColor(t.foreground);
        axis->setLabelColor(t.foreground);
        axis->setTickLabelFont(t.fontOfSize(t.font.pointSizeF()));
        axis->setLabelFont(t.fontOfSize(t.font.pointSizeF() * t.labelRatio));
        axis->setTickLabelPadding(qRound(em * 0.3));
        axis->setLabelPadding(qRound(em * 0.3));
        axis->setTickLength(0, qRound(em * 0.35));
        axis->setSubTickLength(0, qRound(em * 0.2));
        axis->grid()->setPen(QPen(t.grid, t.pen(t.axisWidth)));
        axis->grid()->setZeroLinePen(QPen(t.zeroLine, t.pen(t.axisWidth * 1.2)));
    }
    // The top axis' label is a grid panel's title: bold, the title's size.
    rect->axis(QCPAxis::atTop)->setLabelFont(t.fontOfSize(t.font.pointSizeF() * t.labelRatio, true));
}

void PlotView::setUpPanels(int count)
{
    count = std::max(count, 1);
    removeLabelItems(); // they refer to the panels' axes; rebuildGraphs makes them again
    for (QCPItemStraightLine *line : m_crossV + m_crossH)
        m_plot->removeItem(line);
    m_crossV.clear();
    m_crossH.clear();
    while (m_panels.size() > count) {
        QCPAxisRect *rect = m_panels.takeLast();
        m_panelGrid->remove(rect);
    }
    while (m_panels.size() < count) {
        auto *rect = new QCPAxisRect(m_plot);
        rect->setRangeZoomFactor(0.85);
        m_panels << rect;
    }
    for (QCPAxisRect *rect : m_panels)
        if (rect->layout() == m_panelGrid)
            m_panelGrid->take(rect);
    m_panelGrid->simplify();
    const int columns = static_cast<int>(rx::gridColumns(static_cast<std::size_t>(count), m_columns));
    for (int i = 0; i < count; ++i)
        m_panelGrid->addElement(i / columns, i % columns, m_panels[i]);
    const QCPRange x = m_plot->xAxis->range();
    const QCPRange y = m_plot->yAxis->range();
    for (QCPAxisRect *rect : m_panels) {
        rect->axis(QCPAxis::atBottom)->setLabel(QStringLiteral("x"));
        for (QCPAxis *axis : {rect->axis(QCPAxis::atTop), rect->axis(QCPAxis::atRight)}) {
            axis->setVisible(true);
            axis->setTicks(false);
            axis->setTickLabels(false);
        }
        if (rect != m_panels.front()) {
            rect->axis(QCPAxis::atBottom)->setRange(x);
            rect->axis(QCPAxis::atLeft)->setRange(y);
        }
        // A grid's panels share x only: each fits y to its own curves, so pan and zoom are horizontal.
        const Qt::Orientations directions =
            m_layout == rx::PlotLayout::Grid ? Qt::Horizontal : Qt::Horizontal | Qt::Vertical;
        rect->setRangeDrag(directions);
        rect->setRangeZoom(directions);
        styleAxes(rect);
        for (QCPAxis *axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)}) {
            disconnect(axis, qOverload<const QCPRange &, const QCPRange &>(&QCPAxis::rangeChanged), this,
                       nullptr);
            connect(axis, qOverload<const QCPRange &, const QCPRange &>(&QCPAxis::rangeChanged), this,
                    [this, axis](const QCPRange &now, const QCPRange &old) {
                        onRangeChanged(axis, now.lower, now.upper, old.lower, old.upper);
                    });
        }
        for (QList<QCPItemStraightLine *> *lines : {&m_crossV, &m_crossH}) {
            auto *line = new QCPItemStraightLine(m_plot);
            line->setLayer(QStringLiteral("overlay"));
            line->setVisible(false);
            line->setSelectable(false);
            line->setClipAxisRect(rect);
            for (QCPItemPosition *point : {line->point1, line->point2})
                point->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            *lines << line;
        }
    }
    const QPen crossPen(m_theme.crosshair, m_theme.pen(1), Qt::DotLine);
    for (QCPItemStraightLine *line : m_crossV + m_crossH)
        line->setPen(crossPen);
}

QCPAxisRect *PlotView::panelFor(std::size_t index) const
{
    return m_layout == rx::PlotLayout::Grid && index < static_cast<std::size_t>(m_panels.size())
               ? m_panels[static_cast<int>(index)]
               : m_panels.front();
}

void PlotView::rebuildGraphs(const std::vector<std::string> &ids)
{
    for (const auto &g : m_graphs) {
        for (QCPGraph *graph : {g->value, g->derivative, g->ghost, g->kinkMarks, g->kinkTaken, g->kinkOther,
                                g->traceDots, g->shadingKey})
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
    setUpPanels(m_layout == rx::PlotLayout::Grid ? static_cast<int>(ids.size()) : 1);
    const PlotTheme &t = m_theme;
    for (const std::string &id : ids) {
        auto g = std::make_unique<FunctionGraphs>();
        g->id = id;
        g->colour = t.colourFor(rx::catalogueIndex(id));
        g->panel = panelFor(static_cast<std::size_t>(&id - ids.data()));
        auto makeGraph = [&](const QString &layer) {
            QCPGraph *graph =
                new BrokenGraph(g->panel->axis(QCPAxis::atBottom), g->panel->axis(QCPAxis::atLeft));
            graph->setLayer(layer);
            graph->setSelectable(QCP::stNone);
            return graph;
        };
        g->ghost = makeGraph(QStringLiteral("ghosts"));
        g->ghost->setPen(
            QPen(t.faint(g->colour), t.pen(t.curveWidth * 2.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        g->ghost->setName(tr("%1 (PyTorch default)").arg(name(id)));

        g->value = makeGraph(QStringLiteral("main"));
        g->value->setPen(QPen(g->colour, t.pen(t.curveWidth), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        g->value->setName(name(id));

        g->derivative = makeGraph(QStringLiteral("main"));
        QPen dashed(g->colour, t.pen(t.curveWidth * 0.8), Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
        dashed.setDashPattern({5, 3});
        g->derivative->setPen(dashed);
        g->derivative->setName(tr("%1′").arg(name(id)));

        const double marker = t.pen(t.markerSize);
        const double markerPen = t.pen(t.markerSize * 1.5 / 8);
        g->kinkMarks = makeGraph(QStringLiteral("markers"));
        g->kinkMarks->setLineStyle(QCPGraph::lsNone);
        g->kinkMarks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(g->colour, markerPen),
                                                      t.background, marker + 1));
        g->kinkTaken = makeGraph(QStringLiteral("markers"));
        g->kinkTaken->setLineStyle(QCPGraph::lsNone);
        g->kinkTaken->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(g->colour, markerPen), g->colour, marker));
        g->kinkOther = makeGraph(QStringLiteral("markers"));
        g->kinkOther->setLineStyle(QCPGraph::lsNone);
        g->kinkOther->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(g->colour, markerPen), t.background, marker));

        // In the legend: a bar of the colour the shading's strip has along the bottom edge.
        g->shadingKey = makeGraph(QStringLiteral("shading"));
        g->shadingKey->setLineStyle(QCPGraph::lsNone);
        g->shadingKey->setPen(Qt::NoPen);
        g->shadingKey->setBrush(g->colour);
        g->shadingKey->setName(tr("%1: dy/dx = 0 (shaded)").arg(name(id)));

        g->traceDots = makeGraph(QStringLiteral("overlay"));
        g->traceDots->setLineStyle(QCPGraph::lsNone);
        g->traceDots->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssCircle, QPen(t.background, markerPen), g->colour, marker * 9 / 8));
        g->traceDots->setVisible(false);
        m_graphs.push_back(std::move(g));
    }
    rebuildLabelItems();
    updateLegend();
}

std::vector<QCPGraph *> PlotView::legendGraphs(bool compact) const
{
    // With derivatives: each function's curve next to its derivative (compact: the curve only);
    // ghosts last.
    std::vector<QCPGraph *> wanted;
    for (const auto &g : m_graphs) {
        if (m_family.enabled) {
            wanted.insert(wanted.end(), g->familyValues.begin(), g->familyValues.end());
            continue;
        }
        wanted.push_back(g->value);
        if (m_showDerivatives && !compact)
            wanted.push_back(g->derivative);
    }
    for (const auto &g : m_graphs)
        if (!g->ghost->data()->isEmpty() && !m_family.enabled)
            wanted.push_back(g->ghost);
    for (const auto &g : m_graphs)
        if (!g->zeroGradient.empty() && !m_family.enabled)
            wanted.push_back(g->shadingKey);
    // A grid's panels are titled with the functions' names: no legend there.
    if (m_layout == rx::PlotLayout::Grid || m_legendPlacement == rx::LegendPlacement::None)
        wanted.clear();
    return wanted;
}

bool PlotView::updateLegend()
{
    QCPLegend *legend = m_plot->legend;
    const std::vector<QCPGraph *> wanted = legendGraphs(m_legendCompact);
    const int columns = m_showDerivatives && !m_family.enabled && !m_legendCompact ? 2 : 1;
    legend->setVisible(!wanted.empty());
    // Compared with what was last put there: the legend's own item count includes empty grid cells.
    if (wanted == m_legendGraphs && columns == m_legendColumns)
        return false;
    m_legendGraphs = wanted;
    m_legendColumns = columns;
    legend->clearItems();
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    legend->setWrap(columns);
    for (QCPGraph *graph : wanted)
        legend->addItem(new plotdetail::LegendItem(legend, graph));
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
    const QString f = m_ids.size() == 1 ? name(m_ids.front()) : QStringLiteral("f");
    m_yLabel = m_showDerivatives ? QStringLiteral("%1(x), %1′(x)").arg(f) : QStringLiteral("%1(x)").arg(f);
    const bool grid = m_layout == rx::PlotLayout::Grid && !m_ids.empty();
    m_titleText = !m_titleOverride.isEmpty() ? m_titleOverride
                  : grid                     ? QString()
                  : m_title.isEmpty()        ? tr("No function shown")
                                             : m_title;
    m_titleElement->setText(m_titleText);
    // No title (a grid's panels carry the names): no row for it, so no empty band at the top.
    QCPLayoutGrid *layout = m_plot->plotLayout();
    if (m_titleText.isEmpty() && m_titleElement->layout()) {
        layout->take(m_titleElement);
        layout->simplify();
    } else if (!m_titleText.isEmpty() && !m_titleElement->layout()) {
        layout->insertRow(0);
        layout->addElement(0, 0, m_titleElement);
    }
    for (QCPAxisRect *rect : m_panels) {
        rect->axis(QCPAxis::atLeft)->setLabel(m_yLabel);
        rect->axis(QCPAxis::atTop)->setLabel(QString());
    }
    if (grid)
        for (const auto &g : m_graphs)
            g->panel->axis(QCPAxis::atTop)->setLabel(name(g->id));
}

void PlotView::setState(const rx::ExplorerState &state)
{
    m_selected = state.selected;
    std::vector<std::string> ids;
    for (const rx::Activation *f : rx::shownFunctions(state))
        if (!state.family.enabled || f->id == state.family.function)
            ids.push_back(f->id);
    const bool derivativesChanged = state.showDerivatives != m_showDerivatives;
    m_showDerivatives = state.showDerivatives;
    bool changed = derivativesChanged;
    if (state.layout != m_layout || state.columns != m_columns) {
        m_layout = state.layout;
        m_columns = state.columns;
        m_ids.clear(); // rebuild: the curves move to other panels
        changed = true;
    }
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
    bool viewChanged = false;
    if (rx::isValidView(state.view) && !(viewRange() == state.view)) {
        applyRange(state.view);
        changed = viewChanged = true;
    }
    // The Signal view's input density depends on the view too; redrawn only when either moved, so a
    // slider drag stays a partial replot.
    const double inputStd = state.signal.visible ? state.signal.inputStd : 0;
    if (viewChanged || inputStd != m_inputStd || state.signal.inputMean != m_inputMean) {
        m_inputMean = state.signal.inputMean;
        m_inputStd = inputStd;
        setInputDistribution(m_inputMean, m_inputStd);
    }
    if (changed)
        requestReplot(DirtyEverything);
}

void PlotView::applyRange(const rx::ViewRange &view)
{
    m_applyingView = true;
    m_viewY = {view.yMin, view.yMax};
    const bool grid = m_layout == rx::PlotLayout::Grid;
    for (QCPAxisRect *rect : m_panels) {
        rect->axis(QCPAxis::atBottom)->setRange(view.xMin, view.xMax);
        if (!grid)
            rect->axis(QCPAxis::atLeft)->setRange(view.yMin, view.yMax);
    }
    m_applyingView = false;
    if (grid)
        for (const auto &g : m_graphs)
            fitPanelY(g.get());
}

bool PlotView::fitPanelY(const FunctionGraphs *g)
{
    if (m_layout != rx::PlotLayout::Grid)
        return false;
    const QCPRange x = g->panel->axis(QCPAxis::atBottom)->range();
    double lo = HUGE_VAL;
    double hi = -HUGE_VAL;
    QList<QCPGraph *> graphs = g->familyValues;
    if (m_showDerivatives)
        graphs += g->familyDerivatives;
    if (!m_family.enabled) {
        graphs = {g->value};
        if (m_showDerivatives && g->derivative->visible())
            graphs << g->derivative;
    }
    for (const QCPGraph *graph : graphs) {
        const auto data = graph->data();
        for (auto it = data->findBegin(x.lower, false); it != data->findEnd(x.upper, false); ++it)
            if (std::isfinite(it->value)) {
                lo = std::min(lo, it->value);
                hi = std::max(hi, it->value);
            }
    }
    const auto range = rx::paddedRange(lo, hi);
    QCPAxis *axis = g->panel->axis(QCPAxis::atLeft);
    if (!range || (axis->range().lower == range->first && axis->range().upper == range->second))
        return false;
    m_applyingView = true;
    axis->setRange(range->first, range->second);
    m_applyingView = false;
    if (g->panel == m_panels.front() && m_inputStd > 0)
        setInputDistribution(m_inputMean, m_inputStd);
    return true;
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
                rect->setClipAxisRect(g->panel);
                rect->setLayer(QStringLiteral("shading"));
                rect->setSelectable(false);
                rect->setPen(Qt::NoPen);
                rect->setBrush(isStrip ? QBrush(g->colour) : QBrush(wash));
                for (QCPItemPosition *corner : {rect->topLeft, rect->bottomRight}) {
                    corner->setAxes(g->panel->axis(QCPAxis::atBottom), g->panel->axis(QCPAxis::atLeft));
                    corner->setAxisRect(g->panel);
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
    const bool panelRefitted = fitPanelY(g);
    // Only this function's curves moved (a slider drag): redraw just its layer.
    const bool onlyThis = !(m_dirty & DirtyEverything) && !m_redrawingAll && !legendChanged &&
                          !shadingChanged && !markersMoved && !panelRefitted;
    if (onlyThis)
        activate(g);
    requestReplot(onlyThis ? DirtyActiveLayer : DirtyEverything);
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
            QCPGraph *graph =
                new BrokenGraph(g->panel->axis(QCPAxis::atBottom), g->panel->axis(QCPAxis::atLeft));
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
    fitPanelY(g);
    requestReplot(DirtyEverything);
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
    m_plot->layer(QStringLiteral("active"))->setMode(QCPLayer::lmBuffered);
}

void PlotView::requestReplot(unsigned dirty)
{
    const bool queued = m_dirty != 0;
    m_dirty |= dirty;
    if (!queued)
        QMetaObject::invokeMethod(this, &PlotView::flushReplot, Qt::QueuedConnection);
}

void PlotView::flushReplot()
{
    const unsigned dirty = m_dirty;
    m_dirty = 0;
    if (!dirty) // already drawn by an earlier pass
        return;
    clearUpperVectorState(); // the layout, the legend's place and the replot after earlier painting
    QCPLayer *overlay = m_plot->layer(QStringLiteral("overlay"));
    const bool firstOverlay = (dirty & DirtyOverlay) && overlay->mode() != QCPLayer::lmBuffered;
    if (firstOverlay)
        overlay->setMode(QCPLayer::lmBuffered);
    const bool full = (dirty & DirtyEverything) || ((dirty & DirtyActiveLayer) && !m_active) || firstOverlay;
    m_lastReplotPartial = !full;
    const int fullReplots = m_fullReplots;
    if (full) {
        layOut();
        // The axes' width sets the sample count (one per pixel): take the new samples now, before
        // drawing, rather than drawing twice. They may move the legend or the y range: lay out again.
        if (const int width = sampleWidth(); width != m_lastSampleWidth) {
            m_lastSampleWidth = width;
            m_redrawingAll = true;
            emit sampleWidthChanged(width);
            m_redrawingAll = false;
            if (m_dirty)
                layOut();
            m_dirty = 0;
        }
        m_plot->replot();
        return;
    }
    // A layer's replot becomes a full one (emitting afterReplot) when its buffers were invalidated.
    if (dirty & DirtyActiveLayer)
        m_plot->layer(QStringLiteral("active"))->replot();
    if ((dirty & DirtyOverlay) && m_fullReplots == fullReplots)
        m_plot->layer(QStringLiteral("overlay"))->replot();
    if (m_fullReplots == fullReplots)
        emit replotted();
}

PlotView::FunctionGraphs *PlotView::graphsFor(const std::string &id) const
{
    for (const auto &g : m_graphs)
        if (g->id == id)
            return g.get();
    return nullptr;
}
