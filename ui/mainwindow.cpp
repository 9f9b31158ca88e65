// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "ui/mainwindow.h"

#include "ui/plotview.h"

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("ReLU Explorer"));
    setCentralWidget(new PlotView(this));
    resize(1024, 700);
}
