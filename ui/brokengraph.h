// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

// Private to PlotView's implementation (ui/plotview*.cpp), the only files that include QCustomPlot.

#include <algorithm>
#include <cmath>

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QVector>

#include <qcustomplot.h>

#include "polylinesimplifier.h"
#include "vectorstate.h"

namespace plotdetail {

/// How far, in device pixels, a drawn curve may stray from its samples' polyline: antialiasing
/// cannot show a tenth of a pixel, and it lets a straight piece be stroked as one segment.
inline constexpr double drawTolerance = 0.1;
/// Longest segment, in device pixels, handed to the raster engine's stroker (splitLongSegments).
inline constexpr double maxEdgeLength = 32;

/// A QCPGraph that keeps the breaks its data carries. The core marks every break in a curve (a jump
/// at a kink) with a NaN sample; QCustomPlot draws NaN as a gap, but its adaptive sampling (used once
/// there are two or more samples per pixel: exports at scale >= 2, or a high sample count) folds the
/// NaN into a pixel column's min and max and joins the jump. Here each piece between breaks is
/// sampled on its own, so a break survives any density.
class BrokenGraph : public QCPGraph
{
public:
    using QCPGraph::QCPGraph;

protected:
    void getOptimizedLineData(QVector<QCPGraphData> *lineData,
                              const QCPGraphDataContainer::const_iterator &begin,
                              const QCPGraphDataContainer::const_iterator &end) const override
    {
        clearUpperVectorState(); // after the previous curve's drawing: this one's pixels and simplification
        if (!lineData)
            return;
        lineData->clear();
        QVector<QCPGraphData> piece;
        auto start = begin;
        for (auto it = begin;; ++it) {
            if (it != end && !std::isnan(it->value))
                continue;
            if (start != it) {
                piece.clear(); // QCustomPlot appends to what it is given
                QCPGraph::getOptimizedLineData(&piece, start, it);
                *lineData += piece;
            }
            if (it == end)
                break;
            lineData->append(*it); // the break itself
            start = it + 1;
        }
    }

    /// Strokes the fewest segments that stay within drawTolerance of the samples. On a raster device an
    /// opaque round-joined curve is drawn as flat-capped segments and round discs (segmentsAndDiscs),
    /// an opaque flat-capped dashed curve as its dashes (dashedPieces), another solid curve's long segments
    /// are cut again (splitLongSegments), and a translucent dashed piece that is one straight segment is
    /// drawn as a line, which the raster engine dashes and fills directly instead of building a dashed
    /// outline (a piece of several segments keeps the stroker: the engine's own dashing does not carry
    /// the pattern across short segments).
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override
    {
        const QPen &pen = painter->pen();
        if (pen.style() == Qt::NoPen || pen.color().alpha() == 0)
            return;
        const double scale = std::max(1.0, std::sqrt(std::abs(painter->transform().determinant())));
        const QVector<QPointF> points = simplifiedPolyline(lines, drawTolerance / scale);
        const bool raster = !painter->modes().testFlag(QCPPainter::pmVectorized) &&
                            painter->device()->paintEngine() &&
                            painter->device()->paintEngine()->type() == QPaintEngine::Raster;
        if (!raster) {
            QCPGraph::drawLinePlot(painter, points);
            return;
        }
        if (pen.style() == Qt::SolidLine && pen.capStyle() == Qt::RoundCap &&
            pen.joinStyle() == Qt::RoundJoin && pen.color().alpha() == 255 &&
            pen.brush().style() == Qt::SolidPattern && pen.widthF() > 1) {
            // Opaque: where a segment and a disc overlap nothing shows, so the pieces may be drawn apart.
            drawAsSegmentsAndDiscs(painter, points, scale);
            return;
        }
        if (pen.style() != Qt::SolidLine && pen.capStyle() == Qt::FlatCap && pen.color().alpha() == 255 &&
            pen.brush().style() == Qt::SolidPattern) {
            drawAsDashedPieces(painter, points, scale);
            return;
        }
        if (pen.style() == Qt::SolidLine || pen.capStyle() == Qt::RoundCap) {
            QCPGraph::drawLinePlot(painter, splitLongSegments(points, maxEdgeLength / scale));
            return;
        }
        const auto finite = [](const QPointF &p) { return std::isfinite(p.x()) && std::isfinite(p.y()); };
        QVector<QPointF> curved; // the pieces of several segments, with their breaks
        QVector<QLineF> straight;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= points.size(); ++i) {
            if (i < points.size() && finite(points[i]))
                continue;
            if (i - start == 2) {
                straight.append(QLineF(points[start], points[start + 1]));
            } else if (i - start > 2) {
                curved.append(points.mid(start, i - start));
                curved.append(QPointF(qQNaN(), qQNaN()));
            }
            start = i + 1;
        }
        if (!curved.isEmpty())
            QCPGraph::drawLinePlot(painter, curved);
        applyDefaultAntialiasingHint(painter);
        for (const QLineF &line : straight)
            painter->drawLine(line); // one call each: the pattern starts again at every piece
    }

private:
    /// An opaque flat-capped dashed curve as its dashes (dashedPieces), drawn as plain lines, and a
    /// disc at each turn inside a dash for a round join: the pattern as the stroker lays it, without
    /// the stroker's outline of every dash.
    void drawAsDashedPieces(QCPPainter *painter, const QVector<QPointF> &points, double scale) const
    {
        const QPen pen = painter->pen();
        const double width = pen.isCosmetic() ? pen.widthF() / scale : pen.widthF();
        const double unit = width > 0 ? width : 1 / scale; // a zero-width pen dashes in pixels
        QVector<double> pattern;
        for (const qreal length : pen.dashPattern())
            pattern.append(length * unit);
        const DashedPieces pieces = dashedPieces(points, pattern, pen.dashOffset() * unit, 0.1);
        applyDefaultAntialiasingHint(painter);
        QPen solid = pen;
        solid.setStyle(Qt::SolidLine);
        painter->setPen(solid);
        painter->drawLines(pieces.segments);
        if (pen.joinStyle() == Qt::RoundJoin && width > 1)
            drawDiscs(painter, pieces.joins, width / 2, pen.color());
        painter->setPen(pen);
    }

    /// Filled discs of the curve's colour, those inside the clip only; the painter's brush is kept.
    void drawDiscs(QCPPainter *painter, const QVector<QPointF> &centres, double radius,
                   const QColor &colour) const
    {
        const QBrush brush = painter->brush();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        const QRectF visible = QRectF(clipRect()).adjusted(-radius, -radius, radius, radius);
        for (const QPointF &centre : centres)
            if (visible.contains(centre))
                painter->drawEllipse(centre, radius, radius);
        painter->setBrush(brush);
    }

    void drawAsSegmentsAndDiscs(QCPPainter *painter, const QVector<QPointF> &points, double scale) const
    {
        const QPen pen = painter->pen();
        const double radius = (pen.isCosmetic() ? pen.widthF() / scale : pen.widthF()) / 2;
        const SegmentsAndDiscs pieces = segmentsAndDiscs(points);
        applyDefaultAntialiasingHint(painter);
        QPen flat = pen;
        flat.setCapStyle(Qt::FlatCap);
        painter->setPen(flat);
        painter->drawLines(pieces.segments);
        drawDiscs(painter, pieces.discs, radius, pen.color());
        painter->setPen(pen);
    }
};

} // namespace plotdetail
