// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "depthplot.h"

#include <algorithm>
#include <cmath>

#include <QPainter>
#include <QPainterPath>

namespace {

// Decades shown at most: values beyond them are drawn at the edge.
constexpr double minLog = -12;
constexpr double maxLog = 12;

double clampedLog(double v)
{
    if (!(v > 0))
        return minLog;
    return std::clamp(std::log10(v), minLog, maxLog);
}

} // namespace

DepthPlot::DepthPlot(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signalDepthPlot"));
    setAccessibleName(tr("Signal through depth"));
    setAccessibleDescription(tr("Variance (solid) and cumulative gradient gain (dashed) over the layers, "
                                "on a logarithmic scale"));
}

void DepthPlot::setCurves(std::vector<Curve> curves)
{
    m_curves = std::move(curves);
    update();
}

void DepthPlot::setColours(const QColor &background, const QColor &foreground, const QColor &grid)
{
    m_background = background;
    m_foreground = foreground;
    m_grid = grid;
    update();
}

QSize DepthPlot::sizeHint() const
{
    const QFontMetrics metrics(font());
    int widest = 0;
    for (const QString &entry : legendEntries())
        widest = std::max(widest, metrics.horizontalAdvance(entry));
    const int line = 8 + metrics.horizontalAdvance(QStringLiteral("——")) + 4 + widest + 16;
    return {std::max(320, line), 240};
}

QStringList DepthPlot::legendEntries() const
{
    QStringList entries = {tr("q: variance"), tr("χ: cumulative gradient gain")};
    for (const Curve &c : m_curves)
        entries << c.name;
    return entries;
}

void DepthPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_background);
    std::size_t layers = 1;
    double lo = 0, hi = 0; // log10 range, at least [−1, 1] around the data
    bool any = false;
    for (const Curve &c : m_curves)
        for (const std::vector<double> *series : {&c.variance, &c.gradient}) {
            layers = std::max(layers, series->size() > 0 ? series->size() - 1 : 1);
            for (double v : *series) {
                const double l = clampedLog(v);
                lo = any ? std::min(lo, l) : l;
                hi = any ? std::max(hi, l) : l;
                any = true;
            }
        }
    lo = std::floor(std::min(lo, -1.0));
    hi = std::ceil(std::max(hi, 1.0));
    const QFontMetrics metrics(font());
    // The legend, flowed into rows under the plot: a short line in each entry's pen, then its text.
    const QStringList entries = legendEntries();
    const int swatch = metrics.horizontalAdvance(QStringLiteral("——"));
    const int spacing = metrics.horizontalAdvance(QStringLiteral("  "));
    std::vector<QPoint> places;
    int rowX = 0, rows = 1;
    for (const QString &entry : entries) {
        const int w = swatch + 4 + metrics.horizontalAdvance(entry);
        if (rowX > 0 && rowX + w > width() - 16) {
            rowX = 0;
            ++rows;
        }
        places.emplace_back(8 + rowX, rows - 1);
        rowX += w + spacing;
    }
    const int legendHeight = rows * metrics.height() + 4;
    const QRectF area = QRectF(rect()).adjusted(metrics.horizontalAdvance(QStringLiteral("1e-12")) + 8, 6, -8,
                                                -metrics.height() - 6 - legendHeight);
    const double legendTop = area.bottom() + metrics.height() + 6;
    for (int i = 0; i < entries.size(); ++i) {
        const QPoint place = places[static_cast<std::size_t>(i)];
        const double y = legendTop + place.y() * metrics.height();
        QPen pen(m_foreground, 2, i == 1 ? Qt::DashLine : Qt::SolidLine);
        if (i >= 2)
            pen = QPen(m_curves[static_cast<std::size_t>(i - 2)].colour, 3);
        painter.setPen(pen);
        painter.drawLine(QPointF(place.x(), y + metrics.height() / 2.0),
                         QPointF(place.x() + swatch, y + metrics.height() / 2.0));
        painter.setPen(m_foreground);
        painter.drawText(QRectF(place.x() + swatch + 4, y, width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, entries[i]);
    }
    auto toPoint = [&](std::size_t layer, double v) {
        const double x = area.left() + area.width() * double(layer) / double(layers);
        const double y = area.bottom() - area.height() * (clampedLog(v) - lo) / (hi - lo);
        return QPointF(x, y);
    };
    // Grid: one line per decade (thinned to about six), labels 1e-k.
    const int step = std::max(1, int(std::ceil((hi - lo) / 6)));
    painter.setFont(font());
    for (int d = int(lo); d <= int(hi); d += step) {
        const double y = area.bottom() - area.height() * (d - lo) / (hi - lo);
        painter.setPen(QPen(d == 0 ? m_foreground : m_grid, d == 0 ? 1.0 : 0.5));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(m_foreground);
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, area.left() - 4, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("1e%1").arg(d));
    }
    painter.setPen(m_foreground);
    painter.drawRect(area);
    painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), metrics.height() + 4),
                     Qt::AlignLeft | Qt::AlignTop, QStringLiteral("0"));
    painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), metrics.height() + 4),
                     Qt::AlignHCenter | Qt::AlignTop, tr("layer"));
    painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), metrics.height() + 4),
                     Qt::AlignRight | Qt::AlignTop, QString::number(layers));
    painter.setClipRect(area.adjusted(-2, -2, 2, 2));
    for (const Curve &c : m_curves) {
        for (const auto &[series, style] :
             {std::pair{&c.variance, Qt::SolidLine}, std::pair{&c.gradient, Qt::DashLine}}) {
            if (series->empty())
                continue;
            QPainterPath path(toPoint(0, (*series)[0]));
            for (std::size_t l = 1; l < series->size(); ++l)
                path.lineTo(toPoint(l, (*series)[l]));
            painter.setPen(QPen(c.colour, 2, style));
            painter.drawPath(path);
        }
    }
}
