// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// PlotView: pinned labels, pinning and removing them with the mouse and keys.
#include "plotview.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QFontMetricsF>
#include <QKeyEvent>

#include "reluexplorer/sampling.h"
#include "plotviewgraphs.h"

using namespace plotdetail;

namespace {

constexpr double labelGap = 6;       // pixels between a label's dot and its box
constexpr double curveHitRadius = 8; // a click this close to a curve pins a label on it

// The curve's y at x, linearly between its samples (NaN outside them or at a break).
double curveYAt(const QCPGraph *graph, double x)
{
    const auto data = graph->data();
    if (data->isEmpty() || x < data->constBegin()->key || x > (data->constEnd() - 1)->key)
        return std::nan("");
    auto above = data->findBegin(x, false);
    if (above == data->constEnd())
        return std::nan("");
    if (above->key == x || above == data->constBegin())
        return above->value;
    const auto below = above - 1;
    const double t = (x - below->key) / (above->key - below->key);
    return below->value + t * (above->value - below->value);
}

} // namespace

void PlotView::setLabels(const std::vector<rx::LabelPoint> &labels)
{
    if (labels == m_labels && m_labelBoxes.size() == static_cast<int>(labels.size()))
        return;
    m_labels = labels;
    rebuildLabelItems();
    setAccessibleReadout(m_readout); // its description lists the labels
    requestReplot(DirtyEverything);
}

void PlotView::removeLabelItems()
{
    for (QCPItemText *box : m_labelBoxes)
        m_plot->removeItem(box);
    for (QCPItemTracer *dot : m_labelDots)
        m_plot->removeItem(dot);
    m_labelBoxes.clear();
    m_labelDots.clear();
}

void PlotView::rebuildLabelItems()
{
    removeLabelItems();
    const PlotTheme &t = m_theme;
    QColor boxBrush = t.background;
    boxBrush.setAlpha(235);
    const std::vector<double> members = rx::familyValues(m_family);
    const double em = QFontMetricsF(t.fontOfSize(t.font.pointSizeF())).height();
    for (const rx::LabelPoint &label : m_labels) {
        const FunctionGraphs *g = graphsFor(label.function);
        QCPAxisRect *panel = g ? g->panel : m_panels.front();
        QColor colour = g ? g->colour : t.foreground;
        if (label.member) {
            const auto at = std::find(members.begin(), members.end(), *label.member);
            colour = t.rampColour(static_cast<int>(at - members.begin()), static_cast<int>(members.size()));
        }
        auto *dot = new QCPItemTracer(m_plot);
        dot->setLayer(QStringLiteral("overlay"));
        dot->setSelectable(false);
        dot->setClipAxisRect(panel);
        dot->position->setAxes(panel->axis(QCPAxis::atBottom), panel->axis(QCPAxis::atLeft));
        dot->position->setCoords(label.x, label.y);
        dot->setStyle(QCPItemTracer::tsCircle);
        dot->setSize(t.pen(t.markerSize));
        dot->setPen(QPen(t.background, t.pen(t.markerSize * 1.5 / 8)));
        dot->setBrush(colour);

        auto *box = new QCPItemText(m_plot);
        box->setLayer(QStringLiteral("overlay"));
        box->setSelectable(false);
        box->setClipAxisRect(panel);
        box->position->setType(QCPItemPosition::ptAbsolute); // pixels from the dot
        box->position->setParentAnchor(dot->position);
        box->position->setCoords(labelGap * t.scale, -labelGap * t.scale);
        box->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        box->setText(QString::fromStdString(label.text));
        box->setFont(t.fontOfSize(t.font.pointSizeF()));
        box->setColor(t.foreground);
        box->setBrush(boxBrush);
        box->setPen(QPen(colour, t.pen(t.axisWidth * 1.5)));
        const int pad = qRound(em * 0.25);
        box->setPadding(QMargins(pad, pad / 2, pad, pad / 2));
        m_labelDots << dot;
        m_labelBoxes << box;
    }
}

void PlotView::placeLabels()
{
    struct Corner
    {
        bool left;
        bool below;
    };
    // Above right of the dot, else above left, below right, below left: the first inside the panel
    // that covers no label placed before it; else the first inside the panel.
    static constexpr Corner corners[] = {{false, false}, {true, false}, {false, true}, {true, true}};
    const double gap = labelGap * m_theme.scale;
    std::vector<QRectF> placed;
    for (int i = 0; i < m_labelBoxes.size(); ++i) {
        QCPItemText *box = m_labelBoxes[i];
        const QRectF panel =
            box->clipAxisRect() ? QRectF(box->clipAxisRect()->rect()) : QRectF(m_plot->rect());
        const QPointF dot = m_labelDots[i]->position->pixelPosition();
        const QFontMetricsF metrics(box->font());
        const QSizeF size(metrics.horizontalAdvance(box->text()) + box->padding().left() +
                              box->padding().right(),
                          metrics.height() + box->padding().top() + box->padding().bottom());
        auto rectAt = [&](Corner c) {
            return QRectF(QPointF(c.left ? dot.x() - gap - size.width() : dot.x() + gap,
                                  c.below ? dot.y() + gap : dot.y() - gap - size.height()),
                          size);
        };
        std::optional<Corner> chosen;
        for (const bool avoid : {true, false}) {
            for (const Corner c : corners) {
                const QRectF r = rectAt(c);
                if (chosen || !panel.contains(r) ||
                    (avoid && std::any_of(placed.begin(), placed.end(),
                                          [&](const QRectF &other) { return other.intersects(r); })))
                    continue;
                chosen = c;
            }
        }
        const Corner c = chosen.value_or(Corner{dot.x() + gap + size.width() > panel.right(),
                                                dot.y() - gap - size.height() < panel.top()});
        box->setPositionAlignment((c.left ? Qt::AlignRight : Qt::AlignLeft) |
                                  (c.below ? Qt::AlignTop : Qt::AlignBottom));
        box->position->setCoords(c.left ? -gap : gap, c.below ? gap : -gap);
        placed.push_back(rectAt(c));
    }
}

QStringList PlotView::labelTexts() const
{
    QStringList texts;
    for (const QCPItemText *box : m_labelBoxes)
        texts << box->text();
    return texts;
}

std::vector<QRectF> PlotView::labelRects() const
{
    std::vector<QRectF> rects;
    for (const QCPItemText *box : m_labelBoxes)
        rects.emplace_back(QRectF(m_plot->mapTo(this, box->topLeft->pixelPosition()),
                                  m_plot->mapTo(this, box->bottomRight->pixelPosition()))
                               .normalized());
    return rects;
}

int PlotView::labelAt(const QPointF &pos) const
{
    // The last drawn is on top.
    for (int i = m_labelBoxes.size() - 1; i >= 0; --i) {
        const QRectF box(m_labelBoxes[i]->topLeft->pixelPosition(),
                         m_labelBoxes[i]->bottomRight->pixelPosition());
        const QPointF dot = m_labelDots[i]->position->pixelPosition();
        if (!m_labelBoxes[i]->clipAxisRect()->rect().contains(dot.toPoint()))
            continue; // panned out of view
        if (box.normalized().contains(pos) ||
            std::hypot(dot.x() - pos.x(), dot.y() - pos.y()) <= m_labelDots[i]->size())
            return i;
    }
    return -1;
}

double PlotView::snappedX(double x) const
{
    const std::vector<double> grid = traceGrid();
    if (grid.empty())
        return x;
    const auto above = std::lower_bound(grid.begin(), grid.end(), x);
    if (above == grid.end())
        return grid.back();
    if (above != grid.begin() && x - *(above - 1) < *above - x)
        return *(above - 1);
    return *above;
}

void PlotView::onClick(const QPointF &pos)
{
    if (const int index = labelAt(pos); index >= 0) {
        emit labelRemoveRequested(m_labels[static_cast<std::size_t>(index)].index);
        return;
    }
    const QCPAxisRect *panel = panelAt(pos);
    if (!panel)
        return;
    const double x = panel->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    const std::vector<double> members = rx::familyValues(m_family);
    double best = curveHitRadius;
    std::optional<rx::PinnedLabel> pinned;
    auto consider = [&](const QCPGraph *graph, const std::string &id, std::optional<double> member) {
        if (!graph->visible() || graph->valueAxis()->axisRect() != panel)
            return;
        const double y = curveYAt(graph, x);
        const double distance = std::abs(graph->valueAxis()->coordToPixel(y) - pos.y());
        if (std::isfinite(y) && distance <= best) {
            best = distance;
            pinned = rx::PinnedLabel{id, snappedX(x), member};
        }
    };
    for (const auto &g : m_graphs) {
        if (!m_family.enabled) {
            consider(g->value, g->id, std::nullopt);
            continue;
        }
        for (int i = 0; i < g->familyValues.size() && i < static_cast<int>(members.size()); ++i)
            consider(g->familyValues[i], g->id, members[static_cast<std::size_t>(i)]);
    }
    if (pinned)
        emit labelPinRequested(*pinned);
}

bool PlotView::labelKey(int key)
{
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && std::isfinite(m_traceX) && !m_graphs.empty()) {
        // The selected function's curve, else the first; in a family, its first member.
        const auto it = std::find_if(m_graphs.begin(), m_graphs.end(),
                                     [this](const auto &g) { return g->id == m_selected; });
        const std::string id = (it != m_graphs.end() ? *it : m_graphs.front())->id;
        const std::vector<double> members = rx::familyValues(m_family);
        emit labelPinRequested(
            {id, m_traceX, m_family.enabled ? std::optional(members.front()) : std::nullopt});
        return true;
    }
    if (key == Qt::Key_Delete && !m_labels.empty()) {
        // The label at the tracer, else the last pinned.
        auto at = std::find_if(m_labels.rbegin(), m_labels.rend(),
                               [this](const rx::LabelPoint &l) { return l.x == m_traceX; });
        emit labelRemoveRequested(at != m_labels.rend() ? at->index : m_labels.back().index);
        return true;
    }
    return false;
}

QString PlotView::labelsDescription(bool hint) const
{
    QString description =
        hint ? QLatin1Char(' ') + tr("Enter pins a label at the tracer, Delete removes one.") : QString();
    if (m_labels.empty())
        return description;
    QStringList labels;
    for (const rx::LabelPoint &label : m_labels)
        labels << tr("%1 at %2").arg(name(label.function), QString::fromStdString(label.text));
    return description + QLatin1Char(' ') + tr("Pinned labels: %1.").arg(labels.join(QStringLiteral("; ")));
}
