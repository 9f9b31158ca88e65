// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "polylinesimplifier.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace {

bool isFinite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

// Marks the points of the finite run points[first..last] that the simplified run keeps.
void simplifyRun(const QPointF *points, int first, int last, double tolerance2, std::vector<bool> &keep,
                 std::vector<std::pair<int, int>> &stack)
{
    keep[static_cast<std::size_t>(first)] = true;
    keep[static_cast<std::size_t>(last)] = true;
    stack.clear();
    stack.emplace_back(first, last);
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        const double ax = points[a].x();
        const double ay = points[a].y();
        const double dx = points[b].x() - ax;
        const double dy = points[b].y() - ay;
        const double length2 = dx * dx + dy * dy;
        const double inverse = length2 > 0 ? 1 / length2 : 0;
        // Squared distance to the segment, not the line: a curve that turns back on itself, as
        // QCustomPlot's per-pixel min and max do, keeps its turning points.
        double farthest = tolerance2;
        int at = -1;
        for (int i = a + 1; i < b; ++i) {
            const double px = points[i].x() - ax;
            const double py = points[i].y() - ay;
            const double along = px * dx + py * dy;
            double d;
            if (along <= 0 || inverse == 0) {
                d = px * px + py * py;
            } else if (along >= length2) {
                const double qx = px - dx;
                const double qy = py - dy;
                d = qx * qx + qy * qy;
            } else {
                const double across = px * dy - py * dx;
                d = across * across * inverse;
            }
            if (d > farthest) {
                farthest = d;
                at = i;
            }
        }
        if (at >= 0) {
            keep[static_cast<std::size_t>(at)] = true;
            stack.emplace_back(a, at);
            stack.emplace_back(at, b);
        }
    }
}

} // namespace

QVector<QPointF> simplifiedPolyline(const QVector<QPointF> &points, double tolerance)
{
    const int n = static_cast<int>(points.size());
    if (n < 3)
        return points;
    std::vector<bool> keep(static_cast<std::size_t>(n), false);
    std::vector<std::pair<int, int>> stack;
    const double tolerance2 = tolerance * tolerance;
    int start = -1; // first point of the current finite run
    for (int i = 0; i <= n; ++i) {
        const bool finite = i < n && isFinite(points[i]);
        if (finite && start < 0)
            start = i;
        if (!finite) {
            if (start >= 0)
                simplifyRun(points.constData(), start, i - 1, tolerance2, keep, stack);
            start = -1;
            if (i < n)
                keep[static_cast<std::size_t>(i)] = true;
        }
    }
    QVector<QPointF> out;
    out.reserve(n / 4 + 8);
    for (int i = 0; i < n; ++i)
        if (keep[static_cast<std::size_t>(i)])
            out.append(points[i]);
    return out;
}

QVector<QPointF> splitLongSegments(const QVector<QPointF> &points, double maxLength)
{
    QVector<QPointF> out;
    out.reserve(points.size() * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0 && isFinite(points[i - 1]) && isFinite(points[i])) {
            const QPointF a = points[i - 1];
            const QPointF d = points[i] - a;
            const double length = std::hypot(d.x(), d.y());
            const int parts = length > maxLength ? static_cast<int>(std::ceil(length / maxLength)) : 1;
            for (int k = 1; k < parts; ++k)
                out.append(a + d * (static_cast<double>(k) / parts));
        }
        out.append(points[i]);
    }
    return out;
}

SegmentsAndDiscs segmentsAndDiscs(const QVector<QPointF> &points)
{
    SegmentsAndDiscs out;
    out.segments.reserve(points.size());
    out.discs.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (!isFinite(points[i]))
            continue;
        out.discs.append(points[i]);
        if (i + 1 < points.size() && isFinite(points[i + 1]))
            out.segments.append(QLineF(points[i], points[i + 1]));
    }
    return out;
}

DashedPieces dashedPieces(const QVector<QPointF> &points, const QVector<double> &pattern, double offset,
                          double minTurn)
{
    DashedPieces out;
    double period = 0;
    for (double length : pattern)
        period += length;
    if (pattern.isEmpty() || pattern.size() % 2 != 0 || !(period > 0) || !std::isfinite(period))
        return out;
    const double cosTurn = std::cos(minTurn);
    qsizetype index = 0;
    double left = 0; // of pattern[index]
    const auto restart = [&] {
        index = 0;
        double into = std::fmod(std::max(0.0, offset), period);
        while (into >= pattern[index]) {
            into -= pattern[index];
            index = (index + 1) % pattern.size();
        }
        left = pattern[index] - into;
    };
    restart();
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QPointF a = points[i], b = points[i + 1];
        if (!isFinite(a) || !isFinite(b)) {
            if (!isFinite(b))
                restart(); // a new piece starts its pattern again
            continue;
        }
        // A turn inside a dash, at a: the previous segment ended on and this one starts on.
        if (i > 0 && isFinite(points[i - 1]) && index % 2 == 0 && left > 0) {
            const QPointF u = a - points[i - 1], v = b - a;
            const double lu = std::hypot(u.x(), u.y()), lv = std::hypot(v.x(), v.y());
            if (lu > 0 && lv > 0 && QPointF::dotProduct(u, v) < cosTurn * lu * lv)
                out.joins.append(a);
        }
        const QPointF d = b - a;
        const double length = std::hypot(d.x(), d.y());
        double at = 0;
        while (length > 0) {
            const bool last = left >= length - at; // the segment ends inside this element
            const double to = last ? length : at + left;
            if (index % 2 == 0 && to > at)
                out.segments.append(QLineF(a + d * (at / length), a + d * (to / length)));
            left = last ? left - (length - at) : 0; // not last: the element is used up
            at = to;
            while (left <= 0) {
                index = (index + 1) % pattern.size();
                left += pattern[index];
            }
            if (last)
                break;
        }
    }
    return out;
}
