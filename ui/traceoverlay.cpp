// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "traceoverlay.h"

#include <algorithm>
#include <cmath>

#include <QPalette>

#include "reluexplorer/activation.h"
#include "plottheme.h"
#include "plotview.h"
#include "tracepanel.h"

namespace {

// The readout's six significant digits, whatever its precision setting: what a room can read at a
// glance.
QString readable(double value)
{
    if (value == 0)
        return QStringLiteral("0"); // also -0
    return TracePanel::formatted(value, false);
}

} // namespace

TraceOverlay::TraceOverlay(PlotView *plot) : QLabel(plot), m_plot(plot)
{
    setObjectName(QStringLiteral("traceOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setTextFormat(Qt::RichText);
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    setLineWidth(2);
    setMargin(8);
    hide();
}

void TraceOverlay::setTrace(const std::vector<std::string> &ids, double x,
                            const std::vector<rx::TracePoint> &points, bool derivatives)
{
    if (!std::isfinite(x)) {
        hide();
        return;
    }
    const PlotTheme &theme = m_plot->theme();
    QPalette p = palette();
    QColor ground = theme.background;
    ground.setAlpha(225);
    p.setColor(QPalette::Window, ground);
    p.setColor(QPalette::WindowText, theme.foreground);
    setPalette(p);
    QFont f = font();
    f.setBold(true);
    setFont(f);

    QStringList plain{tr("x = %1").arg(readable(x))};
    QString html =
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><td colspan=\"3\">%1</td></tr>")
            .arg(plain.front().toHtmlEscaped());
    for (const std::string &id : ids) {
        const auto point =
            std::find_if(points.begin(), points.end(), [&](const rx::TracePoint &t) { return t.id == id; });
        const rx::Activation *fn = rx::findActivation(id);
        if (point == points.end() || !fn)
            continue;
        const QString name = QString::fromStdString(fn->displayName);
        QString value = tr("%1 = %2").arg(name, readable(point->y));
        QString line = value;
        QString slope;
        if (derivatives) {
            slope = tr("f′ = %1").arg(readable(point->dydx));
            line += QStringLiteral(", ") + slope;
        }
        plain << line;
        const QColor colour = theme.colourFor(rx::catalogueIndex(id));
        html += QStringLiteral("<tr><td><span style=\"color:%1\">■</span></td><td>%2</td><td>%3</td></tr>")
                    .arg(colour.name(), value.toHtmlEscaped(), slope.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_plain = plain.join(QLatin1Char('\n'));
    setText(html);
    adjustSize();
    place(x);
    show();
    raise();
}

void TraceOverlay::place(double x)
{
    const std::vector<QRectF> panels = m_plot->panelRects();
    const QRect area = panels.empty() ? m_plot->rect() : panels.front().toRect();
    // The ReLU family rises to the right: above the curves on the left, below them on the right.
    const rx::ViewRange view = m_plot->viewRange();
    const bool tracerLeft = x < (view.xMin + view.xMax) / 2;
    const int margin = 12;
    const QPoint at = tracerLeft ? QPoint(area.right() - width() - margin, area.bottom() - height() - margin)
                                 : QPoint(area.left() + margin, area.top() + margin);
    // Wider or taller than the axes leave it: from their left or top edge rather than over the tick
    // labels, as far as the plot's own edge allows.
    const int left = std::min(std::max(at.x(), area.left() + margin), m_plot->width() - width());
    const int top = std::min(std::max(at.y(), area.top() + margin), m_plot->height() - height());
    move(std::max(left, 0), std::max(top, 0));
}
