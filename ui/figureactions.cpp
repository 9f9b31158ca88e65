// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "figureactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QWidget>

#include "coremessage.h"
#include "exportdialog.h"
#include "figureexport.h"
#include "plotview.h"

namespace {

QString filterFor(rx::FigureFormat format)
{
    switch (format) {
    case rx::FigureFormat::Png:
        return QObject::tr("PNG image (*.png)");
    case rx::FigureFormat::Jpeg:
        return QObject::tr("JPEG image (*.jpg *.jpeg)");
    case rx::FigureFormat::Pdf:
        return QObject::tr("PDF document (*.pdf)");
    case rx::FigureFormat::Svg:
        return QObject::tr("SVG drawing (*.svg)");
    case rx::FigureFormat::Csv:
        return QObject::tr("CSV data (*.csv)");
    }
    return {};
}

} // namespace

FigureActions::FigureActions(QWidget *window, StateSource state, const PlotView *plot)
    : QObject(window), m_window(window), m_state(std::move(state)), m_plot(plot)
{
    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("action.export"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_export->setToolTip(tr("Save the plot as PNG, JPEG, PDF, SVG or its data as CSV"));
    connect(m_export, &QAction::triggered, this, &FigureActions::onExport);

    m_copyPlot = new QAction(tr("Copy &plot"), this);
    m_copyPlot->setObjectName(QStringLiteral("action.copyPlot"));
    m_copyPlot->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_copyPlot->setToolTip(tr("Copy the plot as an image, to paste into slides or notes"));
    connect(m_copyPlot, &QAction::triggered, this, &FigureActions::copyPlot);
}

QString FigureActions::exportTo(const QString &path, const rx::FigureOptions &options) const
{
    if (const QString problem = outputPathProblem(path); !problem.isEmpty())
        return problem;
    const RenderedFigure figure = renderFigure(m_state(), options, m_plot->theme());
    if (!figure.error.isEmpty())
        return coreMessage(figure.error);
    return writeFileAtomically(path, figure.bytes);
}

void FigureActions::copyPlot() const
{
    rx::FigureOptions options;
    const QSize size = m_plot->size();
    options.width = std::max(size.width(), 1);
    options.height = std::max(size.height(), 1);
    options.scale = std::max(m_window->devicePixelRatioF(), 1.0);
    options.theme = rx::FigureTheme::Current;
    QApplication::clipboard()->setImage(renderFigureImage(m_state(), options, m_plot->theme()));
}

void FigureActions::onExport()
{
    const rx::ExplorerState state = m_state();
    ExportDialog dialog(m_plot->title(), QString::fromStdString(rx::describeState(state)), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const rx::FigureOptions options = dialog.options();
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder")).toString();
    const QString suggested = QFileInfo(folder.isEmpty() ? QDir::homePath() : folder,
                                        QStringLiteral("relu-explorer.") +
                                            QString::fromUtf8(rx::figureFormatName(options.format).data()))
                                  .filePath();
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Figure"), suggested, filterFor(options.format));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    if (const QString problem = exportTo(path, options); !problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export Figure"), tr("The figure was not saved: %1").arg(problem));
        return;
    }
    emit exported(path);
}
