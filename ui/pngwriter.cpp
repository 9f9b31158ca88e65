// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "pngwriter.h"

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstring>
#include <thread>
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

// The image data of a PNG (its IDAT): every row as filter byte 0 then R, G, B[, A], as one zlib stream
// at level 1, run-length only. Bands of rows are compressed on their own threads as raw deflate, each
// band but the last ending on a byte boundary (Z_SYNC_FLUSH), so that the bands joined are one valid
// stream; their Adler-32 sums combine into the stream's. An opaque 0xffRRGGBB image is repacked to
// R, G, B row by row, never copied whole.
class Band
{
public:
    Band(const QImage &image, bool padded, int first, int last, bool final)
        : m_image(image), m_padded(padded), m_first(first), m_last(last),
          m_flush(final ? Z_FINISH : Z_SYNC_FLUSH)
    {
    }

    void run()
    {
        z_stream z{};
        if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
            return;
        const qsizetype width = m_image.width();
        const qsizetype bytes = width * (m_padded ? 3 : m_image.depth() / 8);
        std::vector<unsigned char> row(static_cast<std::size_t>(bytes) + 1, 0);
        std::vector<unsigned char> buffer(1 << 16);
        m_adler = adler32(0, nullptr, 0);
        bool ok = true;
        for (int y = m_first; y < m_last && ok; ++y) {
            if (m_padded) {
                const auto *pixel = reinterpret_cast<const QRgb *>(m_image.constScanLine(y));
                unsigned char *rgb = row.data() + 1;
                for (qsizetype x = 0; x < width; ++x, rgb += 3) {
                    rgb[0] = static_cast<unsigned char>(pixel[x] >> 16);
                    rgb[1] = static_cast<unsigned char>(pixel[x] >> 8);
                    rgb[2] = static_cast<unsigned char>(pixel[x]);
                }
            } else {
                std::memcpy(row.data() + 1, m_image.constScanLine(y), static_cast<std::size_t>(bytes));
            }
            m_adler = adler32(m_adler, row.data(), static_cast<uInt>(row.size()));
            m_length += row.size();
            ok = deflateAll(z, buffer, row.data(), row.size(), y + 1 == m_last ? m_flush : Z_NO_FLUSH);
        }
        if (m_first == m_last)
            ok = deflateAll(z, buffer, nullptr, 0, m_flush);
        deflateEnd(&z);
        m_ok = ok;
    }

    bool ok() const { return m_ok; }
    uLong adler() const { return m_adler; }
    std::size_t length() const { return m_length; }
    const std::vector<unsigned char> &out() const { return m_out; }

private:
    bool deflateAll(z_stream &z, std::vector<unsigned char> &buffer, unsigned char *data, std::size_t size,
                    int flush)
    {
        z.next_in = data;
        z.avail_in = static_cast<uInt>(size);
        do {
            z.next_out = buffer.data();
            z.avail_out = static_cast<uInt>(buffer.size());
            const int result = deflate(&z, flush);
            if (result == Z_STREAM_ERROR)
                return false;
            m_out.insert(m_out.end(), buffer.data(), buffer.data() + (buffer.size() - z.avail_out));
        } while (z.avail_out == 0);
        return z.avail_in == 0;
    }

    const QImage &m_image;
    bool m_padded;
    int m_first = 0;
    int m_last = 0;
    int m_flush;
    bool m_ok = false;
    uLong m_adler = 1;
    std::size_t m_length = 0;
    std::vector<unsigned char> m_out;
};

std::vector<unsigned char> imageData(const QImage &image, bool padded)
{
    // One band per core, up to four, for images of a million pixels or more.
    const int cores = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    const int bands = qsizetype(image.width()) * image.height() >= 1000000 ? cores : 1;
    std::vector<Band> parts;
    for (int i = 0; i < bands; ++i)
        parts.emplace_back(image, padded, image.height() * i / bands, image.height() * (i + 1) / bands,
                           i + 1 == bands);
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < parts.size(); ++i)
        threads.emplace_back(&Band::run, &parts[i]);
    parts.front().run();
    for (std::thread &t : threads)
        t.join();
    std::vector<unsigned char> out = {0x78, 0x01}; // zlib header: deflate, 32 KiB window, fastest level
    uLong adler = adler32(0, nullptr, 0);
    for (const Band &band : parts) {
        if (!band.ok())
            return {};
        out.insert(out.end(), band.out().begin(), band.out().end());
        adler = adler32_combine(adler, band.adler(), static_cast<z_off_t>(band.length()));
    }
    for (const int shift : {24, 16, 8, 0})
        out.push_back(static_cast<unsigned char>(adler >> shift));
    return out;
}

// Everything libpng touches, prepared by the caller: the function that calls setjmp holds no object
// with a destructor, so a libpng error's longjmp skips none.
struct PngJob
{
    const QImage *image;
    bool alpha;
    const std::vector<unsigned char> *data; ///< The IDAT chunk's content (imageData).
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
    png_write_info(png, info);
    // The rows are compressed already: the image data and the end as chunks of their own.
    png_write_chunk(png, reinterpret_cast<png_const_bytep>("IDAT"), job.data->data(), job.data->size());
    png_write_chunk(png, reinterpret_cast<png_const_bytep>("IEND"), nullptr, 0);
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
    const std::vector<unsigned char> data = imageData(image, padded);
    if (data.empty()) {
        error = QStringLiteral("PNG encoding failed");
        return {};
    }
    QByteArray out;
    out.reserve(static_cast<qsizetype>(data.size()) + 4096);
    const PngJob job{&image,
                     alpha,
                     &data,
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
