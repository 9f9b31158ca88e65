// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "tracepanel.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/state.h"
#include "plottheme.h"
#include "selectablelabel.h"

namespace {

QIcon swatch(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

} // namespace

TracePanel::TracePanel(QWidget *parent) : QWidget(parent), m_x(std::nan("")), m_copiedX(std::nan(""))
{
    setObjectName(QStringLiteral("tracePanel"));
    setAccessibleName(tr("Tracer readout"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_xLabel = new SelectableLabel(this);
    m_xLabel->setObjectName(QStringLiteral("trace.x"));
    column->addWidget(m_xLabel);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("trace.table"));
    m_table->setAccessibleName(tr("Values at the tracer"));
    m_table->setHorizontalHeaderLabels({tr("Function"), tr("f(x)"), tr("f′(x)")});
    const QString headerNames[] = {tr("Function"), tr("Value f(x)"), tr("Derivative f′(x)")};
    for (int column = 0; column < 3; ++column) {
        m_table->horizontalHeaderItem(column)->setData(Qt::AccessibleTextRole, headerNames[column]);
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The splitter gives the panel its height: all of it beyond the x line goes to the table.
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_xLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    const int icon = m_table->fontMetrics().height() * 3 / 4;
    m_table->setIconSize(QSize(icon, icon));
    column->addWidget(m_table);

    m_precisionAction = new QAction(tr("F&ull-precision readout"), this);
    m_precisionAction->setObjectName(QStringLiteral("action.fullPrecision"));
    m_precisionAction->setCheckable(true);
    m_precisionAction->setToolTip(
        tr("Show the tracer's values to full round-trip precision instead of 6 significant digits"));
    connect(m_precisionAction, &QAction::toggled, this, [this](bool on) {
        if (on == m_fullPrecision)
            return;
        setFullPrecision(on);
        emit fullPrecisionChanged(on);
    });
    m_copyAction = new QAction(tr("Copy rea&dout"), this);
    m_copyAction->setObjectName(QStringLiteral("action.copyReadout"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the tracer's values at full precision"));
    connect(m_copyAction, &QAction::triggered, this, &TracePanel::copy);
    for (QWidget *w : {static_cast<QWidget *>(m_xLabel), static_cast<QWidget *>(m_table)}) {
        w->setContextMenuPolicy(Qt::ActionsContextMenu);
        w->addActions({m_copyAction, m_precisionAction});
    }
    setTrace({}, std::nan(""));
}

QString TracePanel::formatted(double value, bool full)
{
    if (full || !std::isfinite(value))
        return QString::fromStdString(rx::formatNumber(value));
    return QString::number(value, 'g', 6);
}

void TracePanel::setFullPrecision(bool full)
{
    m_fullPrecision = full;
    m_precisionAction->setChecked(full);
    refresh();
}

void TracePanel::setTrace(const std::vector<rx::TracePoint> &rows, double x)
{
    m_rows = rows;
    m_x = x;
    if (std::isfinite(x)) { // the pointer leaves the plot on its way to the Edit menu: copy what it read
        m_copiedRows = rows;
        m_copiedX = x;
    }
    refresh();
}

void TracePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

QString TracePanel::rowName(const rx::TracePoint &row) const
{
    const rx::Activation *f = rx::findActivation(row.id);
    if (!f)
        return QString::fromStdString(row.id);
    const QString name = QString::fromStdString(f->displayName);
    if (row.familyParameter < 0 || row.familyParameter >= static_cast<int>(f->parameters.size()))
        return name;
    const rx::Parameter &p = f->parameters[static_cast<std::size_t>(row.familyParameter)];
    return tr("%1, %2 = %3", "a family member in the readout: LeakyReLU, s = 0.1")
        .arg(name, QString::fromStdString(p.symbol),
             QString::fromStdString(rx::formatNumber(row.familyValue)));
}

void TracePanel::refresh()
{
    const bool traced = std::isfinite(m_x);
    const bool full = m_fullPrecision;
    const QString xText = tr("x = %1").arg(formatted(m_x, full));
    m_xLabel->setText(
        traced ? xText : tr("Point at the plot, or click it and press Left/Right, to read the values."));
    QStringList spoken{m_xLabel->text()};
    QStringList brief{xText};
    const int rowCount = static_cast<int>(m_rows.size());
    if (m_table->rowCount() != rowCount) {
        m_table->setRowCount(rowCount);
        m_table->setMinimumHeight(tableHeight(1));
        m_table->setMaximumHeight(tableHeight(rowCount));
        setMaximumHeight(m_xLabel->sizeHint().height() + layout()->spacing() + m_table->maximumHeight());
        updateGeometry();
    }
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    const PlotTheme theme = dark ? PlotTheme::dark() : PlotTheme::light();
    for (int row = 0; row < rowCount; ++row) {
        const rx::TracePoint &point = m_rows[static_cast<std::size_t>(row)];
        const QString values[] = {rowName(point), traced ? formatted(point.y, full) : QStringLiteral("—"),
                                  traced ? formatted(point.dydx, full) : QStringLiteral("—")};
        for (int column = 0; column < 3; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(values[column]);
            if (column == 0) {
                // A swatch names the curve; the text keeps the palette's colour (yellow text on white is
                // unreadable). A new icon is a data change that re-measures the column: only when it
                // changes colour.
                const QColor colour = point.familyParameter >= 0
                                          ? theme.rampColour(row, rowCount)
                                          : functionColour(rx::catalogueIndex(point.id));
                if (item->data(Qt::UserRole).value<QColor>() != colour) { // unset on a new row
                    item->setIcon(swatch(colour, m_table->iconSize().width()));
                    item->setData(Qt::UserRole, colour);
                }
            } else
                item->setData(Qt::AccessibleTextRole,
                              (column == 1 ? tr("%1: f(x) = %2") : tr("%1: f′(x) = %2"))
                                  .arg(values[0], values[column]));
        }
        if (traced) {
            spoken << tr("%1: f(x) = %2, f′(x) = %3").arg(values[0], values[1], values[2]);
            brief << tr("%1 %2", "function and its value at the tracer").arg(values[0], values[1]);
        }
    }
    m_copyAction->setEnabled(std::isfinite(m_copiedX));
    const QString readout = spoken.join(tr("; "));
    if (readout == m_readout)
        return;
    m_readout = readout;
    // Screen readers hear each step from the focused plot (readoutChanged), not from this panel.
    setAccessibleDescription(readout);
    m_table->setAccessibleDescription(readout);
    emit readoutChanged(readout, traced ? brief.join(tr(", ")) : QString());
}

QString TracePanel::lines(const std::vector<rx::TracePoint> &rows, double x, bool full) const
{
    const bool traced = std::isfinite(x);
    QStringList out{traced ? QStringLiteral("x = %1").arg(formatted(x, full)) : m_xLabel->text()};
    for (const rx::TracePoint &point : rows)
        out << QStringLiteral("%1: f = %2, f′ = %3")
                   .arg(rowName(point), traced ? formatted(point.y, full) : QStringLiteral("—"),
                        traced ? formatted(point.dydx, full) : QStringLiteral("—"));
    return out.join(QLatin1Char('\n'));
}

int TracePanel::tableHeight(int rows) const
{
    return m_table->horizontalHeader()->sizeHint().height() +
           std::max(rows, 1) * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth();
}

QSize TracePanel::sizeHint() const
{
    const int rows = std::min(m_table->rowCount(), rowsAtHand);
    return {QWidget::sizeHint().width(),
            m_xLabel->sizeHint().height() + layout()->spacing() + tableHeight(rows)};
}

QString TracePanel::text() const
{
    return lines(m_rows, m_x, true);
}

QString TracePanel::shownText() const
{
    return lines(m_rows, m_x, m_fullPrecision);
}

void TracePanel::copy()
{
    if (std::isfinite(m_copiedX))
        QApplication::clipboard()->setText(lines(m_copiedRows, m_copiedX, true));
}
