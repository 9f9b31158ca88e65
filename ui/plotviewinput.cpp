// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// PlotView: pointer, wheel and keyboard input, the tracer, and the view range.
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
#include "accessibleplot.h"
#include "cataloguetext.h"
#include "coremessage.h"
#include "plotviewgraphs.h"

using namespace plotdetail;

void PlotView::setAccessibleReadout(const QString &readout, const QString &brief)
{
    AccessiblePlot::announceStep(m_plot, brief);
    m_readout = readout;
    const bool tracing = std::isfinite(m_traceX) && !readout.isEmpty();
    const QString description =
        (tracing
             ? readout
             : tr("Drag to pan, wheel to zoom about the pointer, Shift+drag or right-drag to zoom to a box; "
                  "Left and Right move the tracer, Shift with them by ten samples, + and − zoom.")) +
        labelsDescription(!tracing);
    if (description == m_plot->accessibleDescription())
        return;
    m_plot->setAccessibleDescription(description); // read when focus enters the plot
}

void PlotView::setTrace(double x, const std::vector<rx::TracePoint> &points)
{
    const bool visible = std::isfinite(x);
    if (!visible && !std::isfinite(m_traceX))
        return;
    m_traceX = x;
    for (int p = 0; p < m_panels.size(); ++p) {
        // The horizontal line at the first function of the panel.
        const rx::TracePoint *first = nullptr;
        for (const rx::TracePoint &point : points)
            if (const FunctionGraphs *g = graphsFor(point.id); g && g->panel == m_panels[p] && !first)
                first = &point;
        if (!first && m_layout == rx::PlotLayout::Overlay && !points.empty())
            first = &points.front();
        m_crossV[p]->setVisible(visible);
        m_crossH[p]->setVisible(visible && first);
        if (visible) {
            m_crossV[p]->point1->setCoords(x, 0);
            m_crossV[p]->point2->setCoords(x, 1);
            const double y = first ? first->y : 0;
            m_crossH[p]->point1->setCoords(0, y);
            m_crossH[p]->point2->setCoords(1, y);
        }
    }
    for (const auto &g : m_graphs) {
        const auto it = std::find_if(points.begin(), points.end(),
                                     [&](const rx::TracePoint &p) { return p.id == g->id; });
        if (!visible || it == points.end() || m_family.enabled) {
            g->traceDots->setVisible(false);
            continue;
        }
        QVector<double> ys{it->y};
        if (m_showDerivatives)
            ys << it->dydx;
        g->traceDots->setData(QVector<double>(ys.size(), x), ys, false);
        g->traceDots->setVisible(true);
    }
    requestReplot(DirtyOverlay);
}

rx::ViewRange PlotView::viewRange() const
{
    const QCPRange x = m_plot->xAxis->range();
    if (m_layout == rx::PlotLayout::Grid)
        return {x.lower, x.upper, m_viewY.first, m_viewY.second};
    const QCPRange y = m_plot->yAxis->range();
    return {x.lower, x.upper, y.lower, y.upper};
}

std::vector<QPointF> PlotView::traceDotPixels(const std::string &id) const
{
    std::vector<QPointF> pixels;
    const FunctionGraphs *g = graphsFor(id);
    if (!g || !g->traceDots->visible())
        return pixels;
    for (const QCPGraphData &d : *g->traceDots->data())
        pixels.push_back(QPointF(g->panel->axis(QCPAxis::atBottom)->coordToPixel(d.key),
                                 g->panel->axis(QCPAxis::atLeft)->coordToPixel(d.value)) +
                         QPointF(m_plot->pos()));
    return pixels;
}

int PlotView::sampleWidth() const
{
    const int width = m_plot->axisRect()->width();
    return width > 10 ? width : std::max(m_plot->width() - 80, 100);
}

QPointF PlotView::pixelFor(double x, double y) const
{
    return m_plot->mapTo(this, QPointF(m_plot->xAxis->coordToPixel(x), m_plot->yAxis->coordToPixel(y)));
}

QPointF PlotView::coordAt(const QPointF &pixel) const
{
    const QPointF p = m_plot->mapFrom(this, pixel);
    return {m_plot->xAxis->pixelToCoord(p.x()), m_plot->yAxis->pixelToCoord(p.y())};
}

bool PlotView::requestView(const rx::ViewRange &view)
{
    if (!rx::isValidView(view)) {
        emit viewRefused(tr("View refused: %1.")
                             .arg(coreMessage(rx::isValidRange(view.xMin, view.xMax)
                                                  ? rx::rangeProblem(view.yMin, view.yMax)
                                                  : rx::rangeProblem(view.xMin, view.xMax))));
        return false;
    }
    applyRange(view);
    emit viewChanged(viewRange());
    requestReplot(DirtyEverything);
    return true;
}

void PlotView::onRangeChanged(QCPAxis *axis, double lower, double upper, double oldLower, double oldUpper)
{
    if (m_applyingView)
        return;
    if (!rx::isValidRange(lower, upper)) {
        m_applyingView = true;
        axis->setRange(oldLower, oldUpper);
        m_applyingView = false;
        emit viewRefused(tr("View refused: %1.").arg(coreMessage(rx::rangeProblem(lower, upper))));
        return;
    }
    // The panels share the view: a pan or zoom in one moves them all.
    const QCPAxisRect *panel = axis->axisRect();
    const QCPRange x = panel->axis(QCPAxis::atBottom)->range();
    const QCPRange y = panel->axis(QCPAxis::atLeft)->range();
    if (m_layout == rx::PlotLayout::Grid)
        applyRange({x.lower, x.upper, m_viewY.first, m_viewY.second});
    else
        applyRange({x.lower, x.upper, y.lower, y.upper});
    placeLabels();
    emit viewChanged(viewRange());
}

QCPAxisRect *PlotView::panelAt(const QPointF &pos) const
{
    for (QCPAxisRect *rect : m_panels)
        if (rect->rect().contains(pos.toPoint()))
            return rect;
    return nullptr;
}

std::vector<double> PlotView::traceGrid() const
{
    std::vector<double> grid;
    for (const auto &g : m_graphs) {
        QList<QCPGraph *> graphs{g->value};
        if (m_family.enabled) // a family's curves replace the usual one
            graphs = g->familyValues;
        for (const QCPGraph *graph : graphs) {
            std::vector<double> xs;
            xs.reserve(static_cast<std::size_t>(graph->data()->size()));
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                xs.push_back(it->key);
            std::vector<double> merged;
            std::merge(grid.begin(), grid.end(), xs.begin(), xs.end(), std::back_inserter(merged));
            merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
            grid = std::move(merged);
        }
    }
    return grid;
}

void PlotView::emitTraceAt(double x)
{
    const std::vector<double> grid = traceGrid();
    if (grid.empty() || !std::isfinite(x)) {
        emit traceMoved(noTrace);
        return;
    }
    const auto above = std::lower_bound(grid.begin(), grid.end(), x);
    double snapped = above == grid.end() ? grid.back() : *above;
    if (above != grid.begin() && (above == grid.end() || x - *(above - 1) < *above - x))
        snapped = *(above - 1);
    emit traceMoved(snapped);
}

void PlotView::moveTrace(int steps)
{
    const std::vector<double> grid = traceGrid();
    if (grid.empty())
        return;
    const auto at = std::find(grid.begin(), grid.end(), m_traceX);
    if (at == grid.end()) {
        const rx::ViewRange v = viewRange();
        emitTraceAt(0 >= v.xMin && 0 <= v.xMax ? 0.0 : (v.xMin + v.xMax) / 2);
        return;
    }
    const auto index = std::clamp<std::ptrdiff_t>((at - grid.begin()) + steps, 0,
                                                  static_cast<std::ptrdiff_t>(grid.size()) - 1);
    emit traceMoved(grid[static_cast<std::size_t>(index)]);
}

void PlotView::onMouseMove(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const QCPAxisRect *panel = panelAt(pos);
    if (!panel) {
        if (std::isfinite(m_traceX))
            emit traceMoved(noTrace);
        return;
    }
    emitTraceAt(panel->axis(QCPAxis::atBottom)->pixelToCoord(pos.x()));
    showKinkToolTip(event);
}

void PlotView::showKinkToolTip(QMouseEvent *event)
{
    QStringList lines;
    const QPointF pos = event->position();
    for (const auto &g : m_graphs) {
        const rx::Activation *f = rx::findActivation(g->id);
        const QCPAxis *xAxis = g->panel->axis(QCPAxis::atBottom);
        const QCPAxis *yAxis = g->panel->axis(QCPAxis::atLeft);
        for (const rx::KinkPoint &k : g->kinks) {
            const double px = xAxis->coordToPixel(k.x);
            bool hit = std::hypot(px - pos.x(), yAxis->coordToPixel(k.y) - pos.y()) <= kinkHitRadius;
            if (m_showDerivatives)
                hit = hit || std::hypot(px - pos.x(), yAxis->coordToPixel(k.dydx) - pos.y()) <= kinkHitRadius;
            if (hit && f)
                lines << tr("<b>%1</b> at x = %2: PyTorch's dy/dx = %3. %4")
                             .arg(name(g->id), QString::fromStdString(rx::formatNumber(k.x)),
                                  QString::fromStdString(rx::formatNumber(k.dydx)),
                                  catalogueText(f->kinkNote).toHtmlEscaped());
        }
    }
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), lines.join(QStringLiteral("<br>")), m_plot);
}

bool PlotView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (dragLegend(event))
            return true;
        switch (event->type()) {
        case QEvent::Resize:
            // QCustomPlot would replot at once, re-creating its paint buffers, at every resize; a window
            // being laid out resizes the plot several times before it is first painted. Take the new
            // size and replot once, on the next pass of the event loop.
            m_plot->setViewport(m_plot->rect());
            requestReplot(DirtyEverything);
            return true;
        case QEvent::MouseButtonPress: {
            // Shift+drag or right-drag draws a box to zoom to; a plain drag pans.
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const bool box = mouse->button() == Qt::RightButton || (mouse->modifiers() & Qt::ShiftModifier);
            m_plot->setSelectionRectMode(box ? QCP::srmZoom : QCP::srmNone);
            m_pressPos =
                mouse->button() == Qt::LeftButton && !box ? mouse->position() : QPointF(qQNaN(), qQNaN());
            break;
        }
        case QEvent::MouseButtonRelease: {
            // A press and release at one place (not a pan) pins or removes a label.
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QPointF press = m_pressPos;
            m_pressPos = QPointF(qQNaN(), qQNaN());
            if (mouse->button() == Qt::LeftButton && std::isfinite(press.x()) &&
                (mouse->position() - press).manhattanLength() <= 3)
                onClick(mouse->position());
            break;
        }
        case QEvent::Leave:
            if (std::isfinite(m_traceX))
                emit traceMoved(noTrace);
            break;
        case QEvent::KeyPress: {
            const auto *key = static_cast<QKeyEvent *>(event);
            const int steps = (key->modifiers() & Qt::ShiftModifier) ? 10 : 1;
            if (labelKey(key->key()))
                return true;
            if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
                moveTrace(key->key() == Qt::Key_Left ? -steps : steps);
                return true;
            }
            if (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus || key->key() == Qt::Key_Equal) {
                const rx::ViewRange v = viewRange();
                const double factor = key->key() == Qt::Key_Minus ? 1 / 0.8 : 0.8;
                const double anchorX = std::isfinite(m_traceX) ? m_traceX : (v.xMin + v.xMax) / 2;
                const auto x = rx::zoomedRange(v.xMin, v.xMax, anchorX, factor);
                const auto y = rx::zoomedRange(v.yMin, v.yMax, (v.yMin + v.yMax) / 2, factor);
                if (x && y)
                    requestView({x->first, x->second, y->first, y->second});
                else
                    emit viewRefused(tr("View refused: the range would be degenerate."));
                return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlotView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    requestReplot(DirtyEverything);
}
