// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors

// Export at 3840x2160 of the six ReLU-family functions with derivatives: milliseconds per figure,
// median of repeated runs (wall and CPU time), with the part spent drawing and the part spent encoding the
// PNG. Targets: PNG <= 60 ms (draw + encode), PDF <= 30 ms. The reference rows encode the same image with
// QImageWriter, at its default settings and tuned, with the file sizes.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <utility>
#include <vector>

#include <QApplication>
#include <QBuffer>
#include <QImageWriter>

#include "reluexplorer/state.h"
#include "figureexport.h"

namespace {

struct Timing
{
    double median;
    double p90;
    double cpuMedian; ///< The process's CPU time (all threads): the cost, whatever else the machine runs.
};

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

Timing time(const std::function<void()> &work, int runs)
{
    work(); // warm-up: fonts, caches
    std::vector<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = cpuMs();
        const auto start = std::chrono::steady_clock::now();
        work();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        cpu.push_back(cpuMs() - cpuStart);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms[ms.size() / 2], ms[ms.size() * 9 / 10], cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"relu", "relu6", "leaky_relu", "elu", "selu", "prelu"};
    state.showDerivatives = true;
    rx::FigureOptions options;
    options.width = 3840;
    options.height = 2160;
    const int runs = argc > 1 ? std::max(3, std::atoi(argv[1])) : 15;

    std::printf("export of six functions with derivatives at %dx%d, %d runs\n", options.width, options.height,
                runs);
    std::printf("%-28s %10s %10s %10s %10s\n", "what", "median ms", "p90 ms", "cpu ms", "target ms");
    const auto report = [](const char *what, Timing t, const char *target) {
        std::printf("%-28s %10.1f %10.1f %10.1f %10s\n", what, t.median, t.p90, t.cpuMedian, target);
    };
    options.format = rx::FigureFormat::Png;
    report("PNG: draw only", time([&] { renderFigureImage(state, options); }, runs), "");
    const Timing png = time([&] { renderFigure(state, options); }, runs);
    report("PNG: draw + encode", png, "60");
    // The reference: the same image through Qt's own PNG writer, at its default settings and tuned
    // (setQuality q gives zlib level (100 - q)·9/91; setCompression as Qt takes it), with file sizes.
    const auto viaQt = [&](int quality, int compression) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (quality >= 0)
            writer.setQuality(quality);
        if (compression >= 0)
            writer.setCompression(compression);
        writer.write(renderFigureImage(state, options));
        return bytes.size();
    };
    const Timing reference = time([&] { viaQt(-1, -1); }, runs);
    report("PNG via QImageWriter (ref.)", reference, "");
    std::printf("%-28s %10.1fx %10s %10.1fx\n", "ratio reference / ours", reference.median / png.median, "",
                reference.cpuMedian / png.cpuMedian);
    std::printf("%-28s %10lld KB\n", "  file, ours",
                static_cast<long long>(renderFigure(state, options).bytes.size() / 1024));
    std::printf("%-28s %10lld KB\n", "  file, QImageWriter default",
                static_cast<long long>(viaQt(-1, -1) / 1024));
    for (const auto &[quality, compression] : {std::pair{80, -1}, std::pair{50, -1}, std::pair{-1, 1}}) {
        char what[64];
        std::snprintf(what, sizeof what, "PNG via QImageWriter %s %d", quality >= 0 ? "quality" : "compr.",
                      quality >= 0 ? quality : compression);
        report(what, time([&] { viaQt(quality, compression); }, runs), "");
        std::printf("%-28s %10lld KB\n", "  file",
                    static_cast<long long>(viaQt(quality, compression) / 1024));
    }
    options.format = rx::FigureFormat::Pdf;
    report("PDF", time([&] { renderFigure(state, options); }, runs), "30");
    options.format = rx::FigureFormat::Svg;
    report("SVG", time([&] { renderFigure(state, options); }, runs), "");
    options.format = rx::FigureFormat::Png;
    options.width = 1920;
    options.height = 1080;
    options.scale = 2;
    report("PNG: Slide 16:9 (1920x1080 @2x)", time([&] { renderFigure(state, options); }, runs), "");
    return 0;
}
