// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
//
// Time from a slider value change to the finished replot of the explorer window (offscreen,
// 1280x800, all six functions with derivatives), then the same for matplotlib redrawing the same
// curves (set_ydata + canvas.draw, Agg, 1280x800) in this run. Prints both medians and their ratio.
// Usage: ui_slider_replot [--runs N] [--no-matplotlib]
#include <algorithm>
#include <chrono>
#include <cstdio>
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
};

Summary summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.front()};
}

// Runs matplotlib_redraw.py; its last line is "median_ms=X p90_ms=Y min_ms=Z".
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
    }
    return out.median > 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 300;
    bool matplotlib = true;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--runs") && i + 1 < args.size())
            runs = std::max(10, args[++i].toInt());
        else if (args[i] == QStringLiteral("--no-matplotlib"))
            matplotlib = false;
    }

    MainWindow window;
    rx::ExplorerState state = rx::defaultState();
    state.shown.clear();
    for (const rx::Activation &f : rx::catalogue())
        state.shown.push_back(f.id);
    state.showDerivatives = true;
    window.setState(state);
    window.resize(1280, 800);
    window.show();
    PlotView *plot = window.plotView();
    bool replotted = false;
    QObject::connect(plot, &PlotView::replotted, plot, [&replotted] { replotted = true; });
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();

    auto *slider = window.findChild<QSlider *>(QStringLiteral("param.prelu.weight.slider"));
    if (!slider) {
        std::fprintf(stderr, "ui_slider_replot: no PReLU weight slider\n");
        return 1;
    }
    const int low = slider->minimum() + 10;
    const int high = slider->maximum() - 10;
    int tick = slider->value();
    int direction = 1;
    std::vector<double> ms;
    const int warmUp = 20;
    for (int run = 0; run < runs + warmUp; ++run) {
        tick += direction * 3;
        if (tick >= high || tick <= low)
            direction = -direction;
        replotted = false;
        const auto start = std::chrono::steady_clock::now();
        slider->setValue(tick); // what a drag does: valueChanged -> state -> samples -> queued replot
        while (!replotted)
            QApplication::processEvents(QEventLoop::AllEvents);
        QApplication::processEvents(); // the paint that puts the new frame on the (offscreen) screen
        const auto stop = std::chrono::steady_clock::now();
        if (run >= warmUp)
            ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    const Summary explorer = summarise(ms);
    const std::size_t samples = plot->curveData("prelu", PlotView::Curve::Value).first.size();
    std::printf("explorer  slider -> finished replot, 1280x800, 6 functions + derivatives, %d runs: "
                "median %.2f ms, p90 %.2f ms, min %.2f ms (%zu samples per curve)\n",
                runs, explorer.median, explorer.p90, explorer.min, samples);

    // For comparison: a pan, which re-samples every curve and redraws the whole plot.
    std::vector<double> panMs;
    for (int run = 0; run < runs / 3 + warmUp; ++run) {
        const double shift = (run % 2 ? 0.01 : -0.01);
        const rx::ViewRange v = plot->viewRange();
        replotted = false;
        const auto start = std::chrono::steady_clock::now();
        plot->requestView({v.xMin + shift, v.xMax + shift, v.yMin, v.yMax});
        while (!replotted)
            QApplication::processEvents(QEventLoop::AllEvents);
        QApplication::processEvents();
        const auto stop = std::chrono::steady_clock::now();
        if (run >= warmUp)
            panMs.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    const Summary pan = summarise(panMs);
    std::printf("explorer  pan -> re-sampled, finished full replot, same window, %d runs:                "
                "median %.2f ms, p90 %.2f ms, min %.2f ms\n",
                runs / 3, pan.median, pan.p90, pan.min);
    std::fflush(stdout);
    if (!matplotlib)
        return 0;
    Summary mpl;
    QString error;
    if (!runMatplotlib(std::min(runs, 200), samples, mpl, error)) {
        std::printf("matplotlib: not measured (%s)\n", qPrintable(error));
        return 0;
    }
    std::printf("matplotlib set_ydata + canvas.draw (Agg), 1280x800, same curves:              "
                "median %.2f ms, p90 %.2f ms, min %.2f ms\n",
                mpl.median, mpl.p90, mpl.min);
    std::printf("ratio     matplotlib median / explorer median = %.1fx\n", mpl.median / explorer.median);
    return 0;
}
