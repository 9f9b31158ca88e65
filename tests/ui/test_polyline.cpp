// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <cmath>
#include <limits>

#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QPen>
#include <QPointF>
#include <QVector>

#include <catch2/catch.hpp>

#include "polylinesimplifier.h"

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * d).length();
}

bool isBreak(const QPointF &p)
{
    return !std::isfinite(p.x()) || !std::isfinite(p.y());
}

// Every input point is within tolerance of the output segment that spans it, the output is a
// subsequence of the input with the same breaks, and no segment joins across a break.
void checkFaithful(const QVector<QPointF> &in, const QVector<QPointF> &out, double tolerance)
{
    qsizetype j = 0; // index in out of the last kept point at or before in[i]
    for (qsizetype i = 0; i < in.size(); ++i) {
        const bool kept = j < out.size() && (out[j] == in[i] || (isBreak(out[j]) && isBreak(in[i])));
        if (isBreak(in[i])) {
            REQUIRE(kept);
            ++j;
            continue;
        }
        if (kept) {
            ++j;
            continue;
        }
        REQUIRE(j > 0);
        REQUIRE(j < out.size());
        REQUIRE(!isBreak(out[j - 1]));
        REQUIRE(!isBreak(out[j]));
        CHECK(distanceToSegment(in[i], out[j - 1], out[j]) <= tolerance * (1 + 1e-12));
    }
    CHECK(j == out.size());
}

} // namespace

TEST_CASE("polyline: a piecewise-linear curve keeps only its ends and kinks", "[ui][plot][polyline]")
{
    // ReLU6 sampled at 1201 points in pixel space, 100 px per unit, kinks at 0 and 6 among them.
    QVector<QPointF> in;
    for (int i = 0; i <= 1200; ++i) {
        const double x = -3 + i * 0.01;
        in.append({x * 100, 400 - std::clamp(x, 0.0, 6.0) * 100});
    }
    const QVector<QPointF> out = simplifiedPolyline(in, 0.1);
    REQUIRE(out.size() == 4);
    CHECK(out[0] == in.front());
    CHECK(out[1] == in[300]);
    CHECK(out[2] == in[900]);
    CHECK(out[3] == in.back());
}

TEST_CASE("polyline: a smooth curve stays within the tolerance with far fewer points", "[ui][plot][polyline]")
{
    QVector<QPointF> in;
    for (int i = 0; i <= 1000; ++i) {
        const double x = -5 + i * 0.01;
        in.append({x * 120, 300 - 120 * (x > 0 ? x : std::expm1(x)) - 40 * std::sin(3 * x)});
    }
    for (const double tolerance : {0.05, 0.1, 0.5}) {
        const QVector<QPointF> out = simplifiedPolyline(in, tolerance);
        checkFaithful(in, out, tolerance);
        CHECK(out.size() < in.size() / 3);
    }
    CHECK(simplifiedPolyline(in, 0.05).size() > simplifiedPolyline(in, 0.5).size());
}

TEST_CASE("polyline: breaks stay where they are and are never joined", "[ui][plot][polyline]")
{
    // A derivative with a jump at a kink: left limit, NaN, right limit at the same x.
    QVector<QPointF> in;
    for (int i = 0; i <= 100; ++i)
        in.append({i * 2.0, 300.0});
    in.append({200, notANumber});
    for (int i = 100; i <= 200; ++i)
        in.append({i * 2.0, 100.0});
    in.append({400, std::numeric_limits<double>::infinity()});
    in.append({402, 50});
    const QVector<QPointF> out = simplifiedPolyline(in, 0.1);
    checkFaithful(in, out, 0.1);
    REQUIRE(out.size() == 7);
    CHECK(out[1] == QPointF(200, 300));
    CHECK(std::isnan(out[2].y()));
    CHECK(out[3] == QPointF(200, 100));
    CHECK(std::isinf(out[5].y()));
    CHECK(out[6] == QPointF(402, 50));
}

TEST_CASE("polyline: a curve that turns back keeps its turning points", "[ui][plot][polyline]")
{
    // QCustomPlot's per-pixel minimum and maximum: a vertical stroke inside a straight run.
    const QVector<QPointF> in{{0, 0}, {10, 0}, {10, 50}, {10, -50}, {10, 0}, {20, 0}};
    const QVector<QPointF> out = simplifiedPolyline(in, 0.1);
    checkFaithful(in, out, 0.1);
    CHECK(out.contains(QPointF(10, 50)));
    CHECK(out.contains(QPointF(10, -50)));
}

TEST_CASE("polyline: short and degenerate input comes back as it is", "[ui][plot][polyline]")
{
    CHECK(simplifiedPolyline({}, 0.1).isEmpty());
    const QVector<QPointF> two{{0, 0}, {1, 1}};
    CHECK(simplifiedPolyline(two, 0.1) == two);
    const QVector<QPointF> same{{5, 5}, {5, 5}, {5, 5}, {5, 5}};
    const QVector<QPointF> out = simplifiedPolyline(same, 0.1);
    CHECK(out == QVector<QPointF>{{5, 5}, {5, 5}});
}

namespace {

double totalLength(const QVector<QLineF> &lines)
{
    double sum = 0;
    for (const QLineF &l : lines)
        sum += l.length();
    return sum;
}

} // namespace

TEST_CASE("dashes: a straight line is cut by the pattern, from its offset", "[ui][plot][polyline]")
{
    const QVector<QPointF> line{{0, 0}, {100, 0}};
    const DashedPieces plain = dashedPieces(line, {4, 2}, 0, 0.1);
    // Dashes start at 0, 6, ..., 96: 17 of them, the last cut short by nothing (96 + 4 = 100).
    REQUIRE(plain.segments.size() == 17);
    CHECK(plain.segments.front() == QLineF(0, 0, 4, 0));
    CHECK(plain.segments.back() == QLineF(96, 0, 100, 0));
    CHECK(totalLength(plain.segments) == Approx(68));
    CHECK(plain.joins.isEmpty());
    // Offset 5: one unit of gap left, so the first dash runs from 1 to 5.
    const DashedPieces shifted = dashedPieces(line, {4, 2}, 5, 0.1);
    REQUIRE_FALSE(shifted.segments.isEmpty());
    CHECK(shifted.segments.front() == QLineF(1, 0, 5, 0));
}

TEST_CASE("dashes: the pattern runs on across vertices and starts again after a break",
          "[ui][plot][polyline]")
{
    // A dash of 4 over a corner at 3: 3 along x, then 1 up, with a join at the corner.
    const DashedPieces corner = dashedPieces({{0, 0}, {3, 0}, {3, 10}}, {4, 2}, 0, 0.1);
    REQUIRE(corner.segments.size() >= 2);
    CHECK(corner.segments[0] == QLineF(0, 0, 3, 0));
    CHECK(corner.segments[1] == QLineF(3, 0, 3, 1));
    CHECK(corner.joins == QVector<QPointF>{{3, 0}});
    // Straight on at a vertex: no join needed; in a gap: none either.
    CHECK(dashedPieces({{0, 0}, {3, 0}, {10, 0}}, {4, 2}, 0, 0.1).joins.isEmpty());
    CHECK(dashedPieces({{0, 0}, {5, 0}, {5, 10}}, {4, 2}, 0, 0.1).joins.isEmpty());
    // After a break the second piece starts with a whole dash.
    const DashedPieces broken =
        dashedPieces({{0, 0}, {5, 0}, {notANumber, notANumber}, {10, 0}, {15, 0}}, {4, 2}, 0, 0.1);
    REQUIRE(broken.segments.size() == 2);
    CHECK(broken.segments[0] == QLineF(0, 0, 4, 0));
    CHECK(broken.segments[1] == QLineF(10, 0, 14, 0));
    // A pattern that cannot dash gives nothing rather than looping.
    CHECK(dashedPieces({{0, 0}, {5, 0}}, {4}, 0, 0.1).segments.isEmpty());
    CHECK(dashedPieces({{0, 0}, {5, 0}}, {0, 0}, 0, 0.1).segments.isEmpty());
    // Zero-length dashes are skipped.
    CHECK(dashedPieces({{0, 0}, {10, 0}}, {0, 2, 3, 1}, 0, 0.1).segments.front() == QLineF(2, 0, 5, 0));
}

TEST_CASE("dashes: drawn as pieces they look like the painter's own dashed stroke", "[ui][plot][polyline]")
{
    // A curve with gentle and sharp turns, dashed with the derivative curves' kind of pen.
    QVector<QPointF> curve;
    for (int i = 0; i <= 120; ++i)
        curve.append(QPointF(10 + i * 3.3, 100 + 60 * std::sin(i * 0.09) + (i > 80 ? (i - 80) * 2.0 : 0)));
    QPen pen(Qt::black, 3, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setDashPattern({4, 2.5});
    const auto render = [&](bool pieces) {
        QImage image(420, 260, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        if (!pieces) {
            painter.setPen(pen);
            painter.drawPolyline(curve.constData(), int(curve.size()));
        } else {
            const DashedPieces p = dashedPieces(curve, {4 * 3, 2.5 * 3}, 0, 0.1);
            painter.setPen(QPen(Qt::black, 3, Qt::SolidLine, Qt::FlatCap));
            painter.drawLines(p.segments);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            for (const QPointF &c : p.joins)
                painter.drawEllipse(c, 1.5, 1.5);
        }
        return image;
    };
    const QImage qt = render(false), ours = render(true);
    long inked = 0, different = 0;
    for (int y = 0; y < qt.height(); ++y)
        for (int x = 0; x < qt.width(); ++x) {
            const int a = qGray(qt.pixel(x, y)), b = qGray(ours.pixel(x, y));
            inked += a < 128;
            different += std::abs(a - b) > 96;
        }
    INFO(different << " of " << inked << " inked pixels differ");
    REQUIRE(inked > 1000);
    CHECK(different < inked / 50);
}
