// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// PlotView: where the legend goes (a corner, the best place, outside, or where the user drops it),
// titles wrapped to the width and tick counts that fit the panels.
#include "plotview.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QFontMetricsF>
#include <QMouseEvent>

#include "reluexplorer/figure.h"
#include "plotviewgraphs.h"

using namespace plotdetail;

namespace {

// text broken at spaces into lines no wider than width (a word wider than that keeps its own line).
QString wrapped(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    if (text.isEmpty() || metrics.horizontalAdvance(text) <= width)
        return text;
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

// Candidate boxes of size inside area, gap from its edges, in matplotlib's order for loc="best":
// upper right, upper left, lower left, lower right, right, centre left, centre right, lower centre,
// upper centre, centre.
std::vector<rx::Box> candidateBoxes(const QRectF &area, const QSizeF &size, double gap)
{
    const double left = area.left() + gap, right = area.right() - gap - size.width();
    const double top = area.top() + gap, bottom = area.bottom() - gap - size.height();
    const double midX = area.center().x() - size.width() / 2, midY = area.center().y() - size.height() / 2;
    const std::pair<double, double> corners[] = {{right, top},  {left, top},  {left, bottom}, {right, bottom},
                                                 {right, midY}, {left, midY}, {right, midY},  {midX, bottom},
                                                 {midX, top},   {midX, midY}};
    std::vector<rx::Box> boxes;
    for (const auto &[x, y] : corners)
        boxes.push_back({x, y, x + size.width(), y + size.height()});
    // Then a finer lattice, so that a free spot off the ten above is found too.
    constexpr int steps = 6;
    for (int i = 0; i <= steps; ++i)
        for (int j = 0; j <= steps; ++j) {
            const double x = left + (right - left) * j / steps, y = top + (bottom - top) * i / steps;
            boxes.push_back({x, y, x + size.width(), y + size.height()});
        }
    return boxes;
}

} // namespace

void PlotView::setLegendPlacement(rx::LegendPlacement placement)
{
    m_legendPlacement = placement;
    m_legendPinned = false;
    m_legendGraphs.clear(); // so that updateLegend fills it again
    updateLegend();
    requestReplot(DirtyEverything);
}

QRectF PlotView::legendRect() const
{
    if (!m_plot->legend->visible() || m_legendGraphs.empty())
        return {};
    return QRectF(m_plot->legend->outerRect()).translated(m_plot->pos());
}

std::vector<QRectF> PlotView::panelRects() const
{
    std::vector<QRectF> rects;
    for (const QCPAxisRect *rect : m_panels)
        rects.push_back(QRectF(rect->rect()).translated(m_plot->pos()));
    return rects;
}

QStringList PlotView::panelTitles() const
{
    QStringList titles;
    for (const QCPAxisRect *rect : m_panels)
        titles << rect->axis(QCPAxis::atTop)->label();
    return titles;
}

void PlotView::arrangeText()
{
    const double width = m_plot->viewport().width() * 0.96;
    QString title = wrapped(m_titleText, m_titleElement->font(), width);
    // A list of names longer than two lines would push the axes down, and the legend names them all.
    if (title.count(QLatin1Char('\n')) >= 2 && m_titleOverride.isEmpty() && !m_family.enabled &&
        m_titleText == m_title)
        title = wrapped(tr("%n functions", "the plot's title where their names take more than two lines",
                           static_cast<int>(m_ids.size())),
                        m_titleElement->font(), width);
    m_titleElement->setText(title);
    if (m_captionElement)
        m_captionElement->setText(wrapped(m_captionText, m_captionElement->font(), width));
    QCPAxisRect *panel = m_panels.front();
    const bool outside = m_legendPlacement == rx::LegendPlacement::Outside && !m_legendGraphs.empty();
    if (outside && m_legendCompact) { // room is made for the whole legend there
        m_legendCompact = false;
        m_legendCompaction = {};
        updateLegend();
    }
    setLegendOutside(outside);
    // Best with no free spot inside: outside in a figure, rather than over a curve. Taller than a
    // third of the figure below the axes, or wider than a third beside them: the functions only,
    // tried inside again first.
    if (!outside && !m_legendPinned && !m_legendGraphs.empty() && !placeLegendInside() && m_legendMayLeave) {
        setLegendOutside(true);
        const bool below = panel->minimumMargins().bottom() > 0;
        const QSize size = m_plot->legend->minimumOuterSizeHint();
        const bool large = below ? size.height() * 3 > m_plot->viewport().height()
                                 : size.width() * 3 > m_plot->viewport().width();
        if (large && !m_legendCompact && m_showDerivatives && !m_family.enabled) {
            m_legendCompact = true; // until the axes, the font or the entries change (compactLegend)
            updateLegend();
            setLegendOutside(false);
            if (!placeLegendInside())
                setLegendOutside(true);
        }
    }
    panel->insetLayout()->update(QCPLayoutElement::upLayout);
    // As many ticks as the labels leave room for, once the legend has taken its share: 5 at most, 2
    // at least.
    const double em = QFontMetricsF(m_plot->xAxis->tickLabelFont()).height();
    for (QCPAxisRect *rect : m_panels) {
        rect->axis(QCPAxis::atBottom)
            ->ticker()
            ->setTickCount(std::clamp(qRound(rect->width() / (em * 4.5)), 2, 5));
        rect->axis(QCPAxis::atLeft)
            ->ticker()
            ->setTickCount(std::clamp(qRound(rect->height() / (em * 3)), 2, 5));
    }
}

void PlotView::setLegendOutside(bool outside)
{
    QCPAxisRect *panel = m_panels.front();
    QCPLegend *legend = m_plot->legend;
    const QMargins none;
    if (!outside) {
        if (panel->minimumMargins() != none) {
            panel->setMinimumMargins(none);
            m_plot->plotLayout()->update(QCPLayoutElement::upMargins);
            m_plot->plotLayout()->update(QCPLayoutElement::upLayout);
        }
        return;
    }
    // Room for the legend in the panel's margin: to the right, or below (in as many columns as fit)
    // when the figure is tall or the legend would take more than a third of its width; but to the
    // right after all where below would leave the axes looking smaller still (a long legend in a
    // small figure: beside the axes it may reach down past them to the figure's edge).
    setLegendColumns(m_legendColumns);
    QSize size = legend->minimumOuterSizeHint();
    int belowColumns = m_legendColumns;
    const int gap = qRound(QFontMetricsF(legend->font()).height() * 0.5);
    const QRect viewport = m_plot->viewport();
    bool right = viewport.width() >= viewport.height() && size.width() * 3 <= viewport.width() &&
                 size.height() <= panel->rect().height();
    if (!right) {
        // Down the columns, each curve above its derivative, in as many columns as fit the width.
        const int entries = static_cast<int>(m_legendGraphs.size());
        const double entryWidth = double(size.width()) / m_legendColumns;
        const int room = viewport.width() - 2 * gap;
        for (int columns = std::min(entries, int(room / entryWidth)); columns > m_legendColumns; --columns) {
            setLegendColumns(columns);
            const QSize tried = legend->minimumOuterSizeHint();
            if (tried.width() <= room) {
                size = tried;
                belowColumns = columns;
                break;
            }
            setLegendColumns(m_legendColumns);
        }
    }
    panel->setMinimumMargins(none);
    m_plot->plotLayout()->update(QCPLayoutElement::upMargins);
    m_plot->plotLayout()->update(QCPLayoutElement::upLayout);
    const QMargins margins = panel->margins();
    if (!right) {
        const QRect outer = panel->outerRect();
        const int width = outer.width() - margins.left() - margins.right();
        const int height = outer.height() - margins.top() - margins.bottom();
        // How large the axes look: their height, or their width over 1.6 where they are narrower.
        const auto looks = [](int w, int h) { return std::min(w * 5 / 8, h); };
        const int belowLooks = looks(width, height - size.height() - gap);
        // Beside: in the fewest columns that reach no lower than the figure's edge.
        const int entries = static_cast<int>(m_legendGraphs.size());
        for (int columns = m_legendColumns; columns <= entries; ++columns) {
            setLegendColumns(columns);
            const QSize tried = legend->minimumOuterSizeHint();
            if (tried.height() + gap > outer.height() - margins.top())
                continue;
            if (looks(width - tried.width() - 2 * gap, height) > belowLooks) {
                right = true;
                size = tried;
            }
            break;
        }
        if (!right)
            setLegendColumns(belowColumns);
    }
    panel->setMinimumMargins(right ? QMargins(0, 0, margins.right() + size.width() + 2 * gap, 0)
                                   : QMargins(0, 0, 0, margins.bottom() + size.height() + gap));
    m_plot->plotLayout()->update(QCPLayoutElement::upMargins);
    m_plot->plotLayout()->update(QCPLayoutElement::upLayout);
    const QRect area = panel->insetLayout()->rect();
    const QRect outer = panel->outerRect();
    // Below: centred under the axes, but never past the figure's edges (the axes are off centre by
    // their tick labels, and the widest legend takes the whole width).
    const double below =
        std::clamp(area.center().x() - size.width() / 2.0, double(viewport.left() + gap),
                   std::max(double(viewport.left() + gap), double(viewport.right() - gap - size.width())));
    const QPointF topLeft = right ? QPointF(outer.right() - size.width() - gap, area.top())
                                  : QPointF(below, outer.bottom() - size.height() - gap);
    panel->insetLayout()->setInsetPlacement(0, QCPLayoutInset::ipFree);
    panel->insetLayout()->setInsetRect(
        0, QRectF((topLeft.x() - area.left()) / area.width(), (topLeft.y() - area.top()) / area.height(),
                  size.width() / double(area.width()), size.height() / double(area.height())));
}

bool PlotView::placeLegendInside()
{
    QCPAxisRect *panel = m_panels.front();
    const QRectF area = panel->insetLayout()->rect();
    if (area.width() < 2 || area.height() < 2)
        return true;
    const double gap = QFontMetricsF(m_plot->legend->font()).height() * 0.4;
    compactLegend(area.size(), gap);
    setLegendColumns(legendColumnsInside(area.size(), gap));
    const QSizeF size = m_plot->legend->minimumOuterSizeHint();
    const std::vector<rx::Box> boxes = candidateBoxes(area, size, gap);
    std::size_t choice = 0;
    bool free = true;
    switch (m_legendPlacement) {
    case rx::LegendPlacement::UpperRight:
        choice = 0;
        break;
    case rx::LegendPlacement::UpperLeft:
        choice = 1;
        break;
    case rx::LegendPlacement::LowerLeft:
        choice = 2;
        break;
    case rx::LegendPlacement::LowerRight:
        choice = 3;
        break;
    default: {
        // Best: where it hides the fewest samples of what is drawn (at most ~4000 per curve).
        std::vector<const QCPGraph *> graphs;
        std::size_t count = 0;
        for (const QCPAbstractPlottable *plottable : panel->plottables()) {
            const auto *graph = qobject_cast<const QCPGraph *>(plottable);
            if (graph && graph->visible() && graph->layer()->name() != QLatin1String("overlay")) {
                graphs.push_back(graph);
                count += static_cast<std::size_t>(std::min(graph->data()->size(), 4000) + 1);
            }
        }
        std::vector<std::pair<double, double>> points;
        points.reserve(count);
        for (const QCPGraph *graph : graphs) {
            // The axes are linear: pixel = origin + slope * coordinate, taken from the axes once.
            const QCPAxis *keys = graph->keyAxis(), *values = graph->valueAxis();
            const double kx = keys->coordToPixel(0), sx = keys->coordToPixel(1) - kx;
            const double ky = values->coordToPixel(0), sy = values->coordToPixel(1) - ky;
            const auto data = graph->data();
            const int step = std::max(1, data->size() / 4000);
            for (int i = 0; i < data->size(); i += step) {
                const QCPGraphData &d = *(data->constBegin() + i);
                if (std::isfinite(d.value))
                    points.emplace_back(kx + sx * d.key, ky + sy * d.value);
            }
        }
        // Counted over the box grown by a curve's half width and a marker's radius.
        const double hair = gap * 0.6;
        std::vector<rx::Box> grown = boxes;
        for (rx::Box &b : grown)
            b = {b.left - hair, b.top - hair, b.right + hair, b.bottom + hair};
        choice = rx::leastCoveredBox(grown, points);
        const rx::Box &b = grown[choice];
        free = std::none_of(points.begin(), points.end(), [&](const std::pair<double, double> &p) {
            return p.first >= b.left && p.first <= b.right && p.second >= b.top && p.second <= b.bottom;
        });
        break;
    }
    }
    const rx::Box &b = boxes[choice];
    panel->insetLayout()->setInsetPlacement(0, QCPLayoutInset::ipFree);
    panel->insetLayout()->setInsetRect(0, QRectF((b.left - area.left()) / area.width(),
                                                 (b.top - area.top()) / area.height(),
                                                 size.width() / area.width(), size.height() / area.height()));
    return free;
}

void PlotView::setLegendColumns(int columns)
{
    QCPLegend *legend = m_plot->legend;
    int wrap = m_legendColumns;
    auto order = QCPLayoutGrid::foColumnsFirst;
    if (columns > m_legendColumns) {
        // Down the columns, each curve above its derivative.
        const int entries = static_cast<int>(m_legendGraphs.size());
        wrap = (entries + columns - 1) / columns;
        wrap += wrap % m_legendColumns;
        order = QCPLayoutGrid::foRowsFirst;
    }
    if (legend->wrap() != wrap || legend->fillOrder() != order) {
        legend->setWrap(wrap);
        legend->setFillOrder(order, true);
    }
}

PlotView::LegendKey PlotView::legendKey(const QSizeF &area, const std::vector<QCPGraph *> &graphs) const
{
    LegendKey key{area.toSize(), m_plot->legend->font(), {}};
    for (const QCPGraph *graph : graphs)
        key.names << graph->name();
    return key;
}

int PlotView::legendColumnsInside(const QSizeF &area, double gap)
{
    LegendKey key = legendKey(area, m_legendGraphs);
    if (key == m_legendFit.key)
        return m_legendFit.columns;
    const QSizeF room(area.width() - 2 * gap, area.height() - 2 * gap);
    const int entries = static_cast<int>(m_legendGraphs.size());
    // Too many entries even then: as many columns as the width takes, the least cut off.
    int chosen = m_legendColumns;
    bool fits = false;
    for (int columns = m_legendColumns; columns <= entries; ++columns) {
        setLegendColumns(columns);
        const QSize size = m_plot->legend->minimumOuterSizeHint();
        if (size.width() > room.width())
            break;
        chosen = columns;
        fits = size.height() <= room.height();
        if (fits)
            break;
    }
    m_legendFit = {std::move(key), chosen, fits};
    return chosen;
}

void PlotView::compactLegend(const QSizeF &area, double gap)
{
    LegendKey key = legendKey(area, legendGraphs(false));
    if (key == m_legendCompaction)
        return;
    m_legendCompaction = std::move(key);
    bool compact = false;
    if (m_showDerivatives && !m_family.enabled) {
        m_legendCompact = false;
        updateLegend();
        // Compact too when the whole legend would cover more than half the axes.
        setLegendColumns(legendColumnsInside(area, gap));
        const QSize size = m_plot->legend->minimumOuterSizeHint();
        compact =
            !m_legendFit.fits || double(size.width()) * size.height() > 0.5 * area.width() * area.height();
    }
    if (compact != m_legendCompact) {
        m_legendCompact = compact;
        updateLegend();
    }
}

bool PlotView::dragLegend(QEvent *event)
{
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const QPointF pos = mouse->position();
    const bool dragging = !std::isnan(m_legendGrab.x());
    if (type == QEvent::MouseButtonPress) {
        const QRectF legend = QRectF(m_plot->legend->outerRect());
        if (mouse->button() != Qt::LeftButton || (mouse->modifiers() & Qt::ShiftModifier) ||
            !m_plot->legend->visible() || m_legendGraphs.empty() ||
            m_legendPlacement == rx::LegendPlacement::Outside || !legend.contains(pos))
            return false;
        m_legendGrab = pos - legend.topLeft();
        return true;
    }
    if (!dragging)
        return false;
    if (type == QEvent::MouseButtonRelease) {
        m_legendGrab = QPointF(qQNaN(), qQNaN());
        return true;
    }
    // Dropped anywhere inside the plotting area, and kept there.
    QCPAxisRect *panel = m_panels.front();
    const QRectF area = panel->insetLayout()->rect();
    const QSizeF size = m_plot->legend->outerRect().size();
    const QPointF topLeft(std::clamp(pos.x() - m_legendGrab.x(), area.left(),
                                     std::max(area.left(), area.right() - size.width())),
                          std::clamp(pos.y() - m_legendGrab.y(), area.top(),
                                     std::max(area.top(), area.bottom() - size.height())));
    panel->insetLayout()->setInsetPlacement(0, QCPLayoutInset::ipFree);
    panel->insetLayout()->setInsetRect(0, QRectF((topLeft.x() - area.left()) / area.width(),
                                                 (topLeft.y() - area.top()) / area.height(),
                                                 size.width() / area.width(), size.height() / area.height()));
    m_legendPinned = true;
    requestReplot(DirtyEverything);
    return true;
}
