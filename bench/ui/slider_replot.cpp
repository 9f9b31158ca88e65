// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
//
// Time from a user's change to the finished replot of the explorer window (offscreen, 1280x800):
// a slider step, a pan and a zoom with six functions and their derivatives, a pan with every function
// of the catalogue and their derivatives, and a pan of a 20-curve family with derivatives; then
// matplotlib redrawing the six curves (set_ydata + canvas.draw, Agg, 1280x800) in this run. Prints one
// line per measure ("explorer  slider", "explorer  pan", "explorer  zoom", "explorer  all15",
// "explorer  family", "matplotlib"), each with its median, and the ratios.
// Usage: ui_slider_replot [--runs N] [--no-matplotlib] [--only slider|pan|zoom|all15|family]
// (--only: one measure, for a profiler; no matplotlib then)
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <functional>
#include <vector>

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QSlider>
#include <QStringList>

#include "reluexplorer/activation.h"
#include "reluexplorer/state.h"
#include "mainwindow.h"
#include "plotview.h"

namespace {

struct Summary
{
    double median = 0;
    double p90 = 0;
    double min = 0;
    double cpuMedian = 0; ///< This thread's CPU time: what the work costs, whatever else the machine runs.
};

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

Summary summarise(std::vector<double> ms, std::vector<double> cpu)
{
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.front(), cpu[cpu.size() / 2]};
}

// Runs matplotlib_redraw.py; its last line is "median_ms=X p90_ms=Y min_ms=Z cpu_median_ms=W".
bool runMatplotlib(int runs, std::size_t samples, Summary &out, QString &error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(RX_MATPLOTLIB_SCRIPT), QStringLiteral("--runs"), QString::number(runs),
                  QStringLiteral("--samples"), QString::number(samples)});
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        error = QString::fromUtf8(python.readAllStandardError()).trimmed();
        if (error.isEmpty())
            error =
                QStringLiteral("could not run /usr/bin/python3 %1").arg(QStringLiteral(RX_MATPLOTLIB_SCRIPT));
        return false;
    }
    const QStringList lines =
        QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    for (const QString &field : lines.constLast().split(QLatin1Char(' '))) {
        const QString key = field.section(QLatin1Char('='), 0, 0);
        const double value = field.section(QLatin1Char('='), 1).toDouble();
        if (key == QStringLiteral("median_ms"))
            out.median = value;
        else if (key == QStringLiteral("p90_ms"))
            out.p90 = value;
        else if (key == QStringLiteral("min_ms"))
            out.min = value;
        else if (key == QStringLiteral("cpu_median_ms"))
            out.cpuMedian = value;
    }
    return out.median > 0;
}

// Times change(run) up to the end of the replot it causes and the paint that shows it.
Summary timeReplots(PlotView *plot, int runs, const std::function<void(int)> &change)
{
    bool replotted = false;
    const QMetaObject::Connection connection =
        QObject::connect(plot, &PlotView::replotted, plot, [&replotted] { replotted = true; });
    std::vector<double> ms, cpu;
    const int warmUp = 20;
    for (int run = 0; run < runs + warmUp; ++run) {
        replotted = false;
        const double cpuStart = cpuMs();
        const auto start = std::chrono::steady_clock::now();
        change(run);
        while (!replotted)
            QApplication::processEvents(QEventLoop::AllEvents);
        QApplication::processEvents(); // the paint that puts the new frame on the (offscreen) screen
        const auto stop = std::chrono::steady_clock::now();
        if (run >= warmUp) {
            ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
            cpu.push_back(cpuMs() - cpuStart);
        }
    }
    QObject::disconnect(connection);
    return summarise(ms, cpu);
}

void show(MainWindow &window, const rx::ExplorerState &state)
{
    window.setState(state);
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();
}

// A drag's step: the view moves by 1% of its width, back and forth.
void pan(PlotView *plot, int run)
{
    const rx::ViewRange v = plot->viewRange();
    const double shift = (run % 2 ? 0.01 : -0.01) * (v.xMax - v.xMin);
    plot->requestView({v.xMin + shift, v.xMax + shift, v.yMin, v.yMax});
}

// A wheel notch: in or out by the plot's zoom factor about the centre, alternately.
void zoom(PlotView *plot, int run)
{
    const rx::ViewRange v = plot->viewRange();
    const double factor = run % 2 ? 1 / 0.85 : 0.85;
    const double cx = (v.xMin + v.xMax) / 2;
    const double cy = (v.yMin + v.yMax) / 2;
    const double hx = (v.xMax - v.xMin) / 2 * factor;
    const double hy = (v.yMax - v.yMin) / 2 * factor;
    plot->requestView({cx - hx, cx + hx, cy - hy, cy + hy});
}

void print(const char *what, int runs, const Summary &s)
{
    std::printf("%-58s %4d runs: median %6.2f ms, p90 %6.2f ms, min %6.2f ms, cpu median %6.2f ms\n", what,
                runs, s.median, s.p90, s.min, s.cpuMedian);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 300;
    bool matplotlib = true;
    QString only;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--runs") && i + 1 < args.size())
            runs = std::max(10, args[++i].toInt());
        else if (args[i] == QStringLiteral("--no-matplotlib"))
            matplotlib = false;
        else if (args[i] == QStringLiteral("--only") && i + 1 < args.size())
            only = args[++i];
    }
    const auto measured = [&only](const char *name) { return only.isEmpty() || only == QLatin1String(name); };
    if (!only.isEmpty())
        matplotlib = false;

    MainWindow window;
    rx::ExplorerState six = rx::defaultState();
    six.shown = {"relu", "relu6", "leaky_relu", "elu", "selu", "prelu"};
    six.selected = "prelu";
    six.showDerivatives = true;
    window.resize(1280, 800);
    window.show();
    show(window, six);
    PlotView *plot = window.plotView();

    auto *slider = window.findChild<QSlider *>(QStringLiteral("param.prelu.weight.slider"));
    if (!slider) {
        std::fprintf(stderr, "ui_slider_replot: no PReLU weight slider\n");
        return 1;
    }
    const int low = slider->minimum() + 10;
    const int high = slider->maximum() - 10;
    int tick = slider->value();
    int direction = 1;
    const std::size_t samples = plot->curveData("prelu", PlotView::Curve::Value).first.size();
    std::printf("(1280x800 window; %zu samples per curve; slider: PReLU weight, its layer only)\n", samples);
    Summary slide, panned, zoomed;
    if (measured("slider")) {
        slide = timeReplots(plot, runs, [&](int) {
            tick += direction * 3;
            if (tick >= high || tick <= low)
                direction = -direction;
            slider->setValue(tick); // what a drag does: valueChanged -> state -> samples -> queued replot
        });
        print("explorer  slider, 6 functions + derivatives", runs, slide);
    }

    const int fewer = std::max(10, runs / 3);
    show(window, six);
    if (measured("pan")) {
        panned = timeReplots(plot, fewer, [plot](int run) { pan(plot, run); });
        print("explorer  pan, 6 functions + derivatives (full replot)", fewer, panned);
    }
    if (measured("zoom")) {
        zoomed = timeReplots(plot, fewer, [plot](int run) { zoom(plot, run); });
        print("explorer  zoom, 6 functions + derivatives (full replot)", fewer, zoomed);
    }

    rx::ExplorerState all = six;
    all.shown.clear();
    for (const rx::Activation &f : rx::catalogue())
        all.shown.push_back(f.id);
    char what[80];
    if (measured("all15")) {
        show(window, all);
        std::snprintf(what, sizeof what, "explorer  all15, pan, all %zu functions + derivatives",
                      all.shown.size());
        print(what, fewer, timeReplots(plot, fewer, [plot](int run) { pan(plot, run); }));
    }

    rx::ExplorerState family = six;
    family.shown = {"elu"};
    family.selected = "elu";
    family.family = {true, "elu", "alpha", 0.1, 2.0, rx::maxFamilyCount};
    if (measured("family")) {
        show(window, family);
        std::snprintf(what, sizeof what, "explorer  family, pan, ELU for %d values of alpha + derivatives",
                      plot->familyCurveCount());
        print(what, fewer, timeReplots(plot, fewer, [plot](int run) { pan(plot, run); }));
    }

    if (!matplotlib)
        return 0;
    Summary mpl;
    QString error;
    if (!runMatplotlib(std::min(runs, 200), samples, mpl, error)) {
        std::printf("matplotlib: not measured (%s)\n", qPrintable(error));
        return 0;
    }
    print("matplotlib set_ydata + canvas.draw (Agg), the six curves", std::min(runs, 200), mpl);
    std::printf("ratio     matplotlib median / explorer median: slider %.1fx, pan %.1fx, zoom %.1fx\n",
                mpl.median / slide.median, mpl.median / panned.median, mpl.median / zoomed.median);
    std::printf("ratio     the same in CPU time:                slider %.1fx, pan %.1fx, zoom %.1fx\n",
                mpl.cpuMedian / slide.cpuMedian, mpl.cpuMedian / panned.cpuMedian,
                mpl.cpuMedian / zoomed.cpuMedian);
    return 0;
}
