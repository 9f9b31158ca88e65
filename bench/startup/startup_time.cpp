// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors

// Start-up: time from starting relu-explorer to its window's first paint, over repeated runs. The
// binary's hidden --report-first-paint prints "first-paint" once the plot has been drawn and flushed
// to the screen, then quits. Needs a display (e.g. Xvfb :N & DISPLAY=:N). Settings come from an
// empty configuration directory, so every run opens the default window.
// Usage: startup_time [RUNS] [-- extra relu-explorer arguments]

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
    if (!args.isEmpty() && args.front() == QStringLiteral("--"))
        args.removeFirst();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "startup_time: no display; run under Xvfb (Xvfb :N & DISPLAY=:N %s)\n", argv[0]);
        return 1;
    }
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const QString binary = QStringLiteral(RX_EXPLORER_BINARY);
    args << QStringLiteral("--report-first-paint");

    std::vector<double> wall, cpu;
    for (int run = 0; run < runs + 1; ++run) { // the first run warms the file cache
        QProcess explorer;
        explorer.setProcessEnvironment(env);
        const double cpuBefore = childCpuMs();
        const auto start = std::chrono::steady_clock::now();
        explorer.start(binary, args);
        QByteArray out;
        while (!out.contains("first-paint\n") && explorer.waitForReadyRead(30000))
            out += explorer.readAllStandardOutput();
        const auto painted = std::chrono::steady_clock::now();
        explorer.waitForFinished(30000);
        if (!out.contains("first-paint\n")) {
            std::fprintf(stderr, "startup_time: %s did not report its first paint: %s\n", qPrintable(binary),
                         explorer.readAllStandardError().constData());
            return 1;
        }
        if (run == 0)
            continue;
        wall.push_back(std::chrono::duration<double, std::milli>(painted - start).count());
        cpu.push_back(childCpuMs() - cpuBefore);
    }
    const Summary w = summarise(wall);
    const Summary c = summarise(cpu);
    std::printf(
        "start-up, exec to first paint of the window, %d runs: median %.1f ms, p90 %.1f ms, min %.1f ms "
        "(target < 150 ms)\n",
        runs, w.median, w.p90, w.min);
    std::printf(
        "  CPU time of the process (to its exit just after):    median %.1f ms, p90 %.1f ms, min %.1f ms\n",
        c.median, c.p90, c.min);
    return 0;
}
