// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

/// PNG bytes of image (RGB, or RGBA when it has alpha) with tEXt chunks and the resolution in pHYs.
/// libpng directly, tuned for plots (no row filter, zlib run-length at level 1): several times faster
/// than QImageWriter's adaptive filters on large, mostly flat images, for files about as small.
/// Returns an empty array and sets error on failure.
QByteArray encodePng(const QImage &image, const QList<QPair<QString, QString>> &text, double dotsPerInch,
                     QString &error);
