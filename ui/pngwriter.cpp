// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "pngwriter.h"

#include <cmath>
#include <csetjmp>
#include <vector>

#include <png.h>
#include <zlib.h>

#include "reluexplorer/text.h"

namespace {

void appendBytes(png_structp png, png_bytep data, png_size_t length)
{
    auto *out = static_cast<QByteArray *>(png_get_io_ptr(png));
    out->append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
}

void noFlush(png_structp) {}

// Everything libpng touches, prepared by the caller: the function that calls setjmp holds no object
// with a destructor, so a libpng error's longjmp skips none.
struct PngJob
{
    const QImage *image;
    bool alpha;
    bool padded; ///< 32-bit 0xffRRGGBB pixels (QImage::Format_RGB32): libpng drops the pad byte per row.
    png_text *chunks;
    int chunkCount;
    png_uint_32 dotsPerMetre;
    QByteArray *out;
};

bool writePng(const PngJob &job)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, job.out, appendBytes, noFlush);
    png_set_IHDR(png, info, static_cast<png_uint_32>(job.image->width()),
                 static_cast<png_uint_32>(job.image->height()), 8,
                 job.alpha ? PNG_COLOR_TYPE_RGBA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_pHYs(png, info, job.dotsPerMetre, job.dotsPerMetre, PNG_RESOLUTION_METER);
    png_set_text(png, info, job.chunks, job.chunkCount);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, 1);
    png_set_compression_strategy(png, Z_RLE);
    png_write_info(png, info);
    if (job.padded) {
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
            png_set_bgr(png); // B, G, R, pad in memory
        png_set_filler(png, 0, Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? PNG_FILLER_AFTER : PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < job.image->height(); ++y)
        png_write_row(png, const_cast<png_bytep>(job.image->constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

QByteArray encodePng(const QImage &source, const QList<QPair<QString, QString>> &text, double dotsPerInch,
                     QString &error)
{
    const bool alpha = source.hasAlphaChannel();
    // An opaque figure is written straight from its 32-bit pixels, without a converted copy.
    const bool padded = source.format() == QImage::Format_RGB32;
    const QImage image =
        padded ? source : source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    // Latin-1 keys and UTF-8 values (iTXt), so that non-ASCII titles survive.
    std::vector<QByteArray> keys, values;
    for (const auto &[key, value] : text) {
        keys.push_back(key.toLatin1());
        values.push_back(QByteArray::fromStdString(rx::metadataText(value.toStdString())));
    }
    std::vector<png_text> chunks(keys.size());
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        chunks[i] = png_text{};
        chunks[i].compression = PNG_ITXT_COMPRESSION_NONE;
        chunks[i].key = keys[i].data();
        chunks[i].text = values[i].data();
        chunks[i].itxt_length = static_cast<png_size_t>(values[i].size());
    }
    QByteArray out;
    const PngJob job{&image,
                     alpha,
                     padded,
                     chunks.data(),
                     static_cast<int>(chunks.size()),
                     static_cast<png_uint_32>(std::lround(dotsPerInch / 0.0254)),
                     &out};
    if (!writePng(job)) {
        error = QStringLiteral("PNG encoding failed");
        return {};
    }
    return out;
}
