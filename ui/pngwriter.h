// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

/// PNG bytes of image (RGB, or RGBA when it has alpha) with iTXt chunks and the resolution in pHYs.
/// libpng writes the header and text chunks; the rows go unfiltered through zlib at level 1,
/// run-length only, in bands compressed on up to four threads and joined into one stream (a
/// figure's large flat areas compress as well as with libpng's own loop). Against QImageWriter,
/// measured by bench/export (3840x2160, six curves and derivatives, one run, load 11 on 2 cores):
/// draw 191 ms; draw + libpng at these settings 330 ms, 296 KB; QImageWriter default 849 ms,
/// 186 KB; setQuality(80) (zlib level 1) 739 ms, 278 KB; setQuality(50) 1203 ms;
/// setCompression(1) stores uncompressed (24 MB). Tuned, Qt spends 4x as long encoding (548 ms
/// against 139). Splitting the rows in two bands on 2 cores halves the encode again (see
/// docs/PERFORMANCE.md). Returns an empty array and sets error on failure.
QByteArray encodePng(const QImage &image, const QList<QPair<QString, QString>> &text, double dotsPerInch,
                     QString &error);
