// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QImage>
#include <QImageReader>
#include <QBuffer>

#include <catch2/catch.hpp>

#include "pngwriter.h"

namespace {

// A pattern no run-length coder compresses to nothing: every pixel differs from its neighbours.
QImage pattern(int width, int height, QImage::Format format)
{
    QImage image(width, height, format);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixelColor(x, y,
                                QColor((x * 7 + y) % 256, (x * y) % 256, (x + y * 3) % 256,
                                       image.hasAlphaChannel() ? (x + y) % 256 : 255));
    return image;
}

} // namespace

TEST_CASE("PNG files decode to the pixels they were written from, in every size and format", "[ui][png]")
{
    // Under and over the size (10^6 pixels) at which the rows are compressed in bands on several threads;
    // widths whose RGB rows are not a multiple of four bytes; one row; one column.
    const QList<QSize> sizes = {{1, 1}, {3, 1}, {1, 5}, {333, 7}, {1001, 999}, {1283, 1001}};
    for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_ARGB32, QImage::Format_RGB888,
                                        QImage::Format_ARGB32_Premultiplied}) {
        for (const QSize &size : sizes) {
            INFO(size.width() << "x" << size.height() << " format " << int(format));
            QImage image = pattern(size.width(), size.height(), format);
            QString error;
            const QByteArray bytes =
                encodePng(image, {{QStringLiteral("Title"), QStringLiteral("Ünïcode ReLU")}}, 192, error);
            REQUIRE(error.isEmpty());
            QBuffer buffer;
            buffer.setData(bytes);
            QImageReader reader(&buffer, "png");
            const QImage read = reader.read();
            REQUIRE(!read.isNull());
            CHECK(read.text(QStringLiteral("Title")) == QStringLiteral("Ünïcode ReLU"));
            CHECK(read.size() == image.size());
            CHECK(read.hasAlphaChannel() == image.hasAlphaChannel());
            CHECK(std::lround(read.dotsPerMeterX() * 0.0254) == 192);
            const QImage::Format compared =
                image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
            CHECK(read.convertToFormat(compared) == image.convertToFormat(compared));
        }
    }
}
