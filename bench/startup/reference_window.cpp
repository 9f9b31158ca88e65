// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors

// The start-up benchmark's reference: the least window the explorer is built from (a QMainWindow of
// 1280x800 holding a QCustomPlot with one curve of 800 points, a menu bar and a dock), started the
// same way. What it takes to its first paint is what the libraries and the machine cost before any of
// the explorer's own work. Prints "first-paint" once the plot has painted, then quits.

#include <algorithm>

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

#include <qcustomplot.h>

#include "firstpaintreport.h"

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    auto *dock = new QDockWidget(QStringLiteral("Functions"), &window);
    dock->setWidget(new QLabel(QStringLiteral("ReLU"), dock));
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    auto *plot = new QCustomPlot(&window);
    QVector<double> x(800), y(800);
    for (int i = 0; i < 800; ++i) {
        x[i] = -5 + 10.0 * i / 799;
        y[i] = std::max(0.0, x[i]);
    }
    plot->addGraph()->setData(x, y, true);
    plot->xAxis->setRange(-5, 5);
    plot->yAxis->setRange(-1, 5);
    plot->legend->setVisible(true);
    window.setCentralWidget(plot);
    FirstPaintReport report;
    plot->installEventFilter(&report);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
