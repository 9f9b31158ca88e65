// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QLineF>
#include <QPointF>
#include <QVector>

/// The fewest-vertex polyline within tolerance of points, for drawing: each run of finite points
/// is reduced by Douglas-Peucker so that every dropped point lies within tolerance (in the points'
/// units) of the segment that replaces it; collinear points go, so a piecewise-linear curve keeps
/// only its kinks and ends. Points with a NaN or infinite coordinate are kept where they are: they
/// are the breaks the painter must not join across.
QVector<QPointF> simplifiedPolyline(const QVector<QPointF> &points, double tolerance);

/// points with segments longer than maxLength cut into equal parts no longer than it (collinear
/// vertices: the drawn line is the same). Qt's antialiased rasteriser fills the outline of a stroke
/// far faster as many short edges than as one long sloping edge.
QVector<QPointF> splitLongSegments(const QVector<QPointF> &points, double maxLength);

/// A round-joined, round-capped polyline as separate pieces: its segments (drawn with flat caps) and
/// a disc at every vertex (of the pen's width). Their union is exactly the round stroke, and the
/// raster engine fills flat-capped lines with its line rasteriser, several times faster than the
/// stroker's outline of the whole polyline. Non-finite points break the polyline, as in drawing.
struct SegmentsAndDiscs
{
    QVector<QLineF> segments;
    QVector<QPointF> discs;
};
SegmentsAndDiscs segmentsAndDiscs(const QVector<QPointF> &points);

/// A dashed polyline with flat caps as solid pieces: the "on" parts of each segment, the pattern
/// carried across vertices (as the painter's stroker carries it) and started again after a break,
/// and the vertices inside a dash where the polyline turns by more than minTurn radians, for a
/// round join's disc. pattern alternates dash and gap lengths in the points' units (an even count,
/// no negative length, a positive sum); offset is where in it the line starts. The raster engine
/// fills these as lines, far faster than it dashes and strokes the whole outline.
struct DashedPieces
{
    QVector<QLineF> segments;
    QVector<QPointF> joins;
};
DashedPieces dashedPieces(const QVector<QPointF> &points, const QVector<double> &pattern, double offset,
                          double minTurn);
