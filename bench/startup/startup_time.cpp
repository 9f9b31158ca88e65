// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors

// Start-up: time from starting relu-explorer to its window's first paint, over repeated runs. The
// binary's hidden --report-first-paint prints "first-paint" once the plot has been drawn and flushed
// to the screen, then quits. Needs a display (e.g. Xvfb :N & DISPLAY=:N). Settings come from an
// empty configuration directory, so every run opens the default window. In the same run, alternating
// with it, the reference: startup_reference, the least Qt Widgets + QCustomPlot window (a menu bar, a
// dock and a plot of one curve), which shows what the libraries and the machine cost on their own.
// With --against OTHER, OTHER (another relu-explorer build) takes the reference's place with the same
// arguments: two builds alternated in one run, for a change smaller than the machine's drift.
// Usage: startup_time [RUNS] [--against OTHER] [-- extra relu-explorer arguments]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace {

double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct Summary
{
    double median;
    double p90;
    double min;
};

Summary summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.front()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 20;
    if (!args.isEmpty() && args.front() != QStringLiteral("--"))
        runs = std::max(3, args.takeFirst().toInt());
    QString against;
    if (args.size() >= 2 && args.front() == QStringLiteral("--against")) {
        args.removeFirst();
        against = args.takeFirst();
    }
    if (!args.isEmpty() && args.front() == QStringLiteral("--"))
        args.removeFirst();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "startup_time: no display; run under Xvfb (Xvfb :N & DISPLAY=:N %s)\n", argv[0]);
        return 1;
    }
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    args << QStringLiteral("--report-first-paint");

    struct Program
    {
        QString binary;
        QStringList args;
        std::vector<double> wall, cpu;
    };
    Program explorer{QStringLiteral(RX_EXPLORER_BINARY), args, {}, {}};
    Program reference = against.isEmpty() ? Program{QStringLiteral(RX_REFERENCE_BINARY), {}, {}, {}}
                                          : Program{against, args, {}, {}};
    const auto timeOnce = [&env](Program &program, bool keep) {
        QProcess process;
        process.setProcessEnvironment(env);
        const double cpuBefore = childCpuMs();
        const auto start = std::chrono::steady_clock::now();
        process.start(program.binary, program.args);
        QByteArray out;
        while (!out.contains("first-paint\n") && process.waitForReadyRead(30000))
            out += process.readAllStandardOutput();
        const auto painted = std::chrono::steady_clock::now();
        process.waitForFinished(30000);
        if (!out.contains("first-paint\n")) {
            std::fprintf(stderr, "startup_time: %s did not report its first paint: %s\n",
                         qPrintable(program.binary), process.readAllStandardError().constData());
            return false;
        }
        if (keep) {
            program.wall.push_back(std::chrono::duration<double, std::milli>(painted - start).count());
            program.cpu.push_back(childCpuMs() - cpuBefore);
        }
        return true;
    };
    for (int run = 0; run < runs + 1; ++run) // the first run of each warms the file cache
        if (!timeOnce(explorer, run > 0) || !timeOnce(reference, run > 0))
            return 1;
    const Summary w = summarise(explorer.wall);
    const Summary c = summarise(explorer.cpu);
    const Summary rw = summarise(reference.wall);
    const Summary rc = summarise(reference.cpu);
    std::printf(
        "start-up, exec to first paint of the window, %d runs: median %.1f ms, p90 %.1f ms, min %.1f ms "
        "(target < 150 ms)\n",
        runs, w.median, w.p90, w.min);
    std::printf(
        "  CPU time of the process (to its exit just after):    median %.1f ms, p90 %.1f ms, min %.1f ms\n",
        c.median, c.p90, c.min);
    if (against.isEmpty())
        std::printf("reference, a bare Qt + QCustomPlot window, %d runs:    median %.1f ms, p90 %.1f ms, min "
                    "%.1f ms\n",
                    runs, rw.median, rw.p90, rw.min);
    else
        std::printf("against %s, %d runs: median %.1f ms, p90 %.1f ms, min %.1f ms\n", qPrintable(against),
                    runs, rw.median, rw.p90, rw.min);
    std::printf(
        "  CPU time of the process (to its exit just after):    median %.1f ms, p90 %.1f ms, min %.1f ms\n",
        rc.median, rc.p90, rc.min);
    std::printf("ratio     explorer / %s, medians: %.2fx wall, %.2fx CPU\n",
                against.isEmpty() ? "reference" : "against", w.median / rw.median, c.median / rc.median);
    return 0;
}
