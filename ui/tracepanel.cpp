// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "tracepanel.h"

#include <algorithm>
#include <cmath>

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/state.h"
#include "plottheme.h"

namespace {

QString number(double value)
{
    return QString::fromStdString(rx::formatNumber(value));
}

} // namespace

TracePanel::TracePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tracePanel"));
    setAccessibleName(tr("Tracer readout"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_x = new QLabel(this);
    m_x->setObjectName(QStringLiteral("trace.x"));
    m_x->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_x);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("trace.table"));
    m_table->setAccessibleName(tr("Values at the tracer"));
    m_table->setHorizontalHeaderLabels({tr("Function"), tr("f(x)"), tr("f′(x)")});
    const QString headerNames[] = {tr("Function"), tr("Value f(x)"), tr("Derivative f′(x)")};
    for (int column = 0; column < 3; ++column)
        m_table->horizontalHeaderItem(column)->setData(Qt::AccessibleTextRole, headerNames[column]);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The splitter gives the panel its height: all of it beyond the x line goes to the table.
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_x->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    column->addWidget(m_table);
    setTrace({}, std::nan(""), {});
}

void TracePanel::setTrace(const std::vector<std::string> &ids, double x,
                          const std::vector<rx::TracePoint> &points)
{
    const bool traced = std::isfinite(x);
    m_x->setText(traced ? tr("x = %1").arg(number(x))
                        : tr("Point at the plot, or click it and press Left/Right, to read the values."));
    QStringList spoken{m_x->text()};
    QStringList brief{tr("x = %1").arg(number(x))};
    if (m_table->rowCount() != static_cast<int>(ids.size())) {
        m_table->setRowCount(static_cast<int>(ids.size()));
        m_table->setMinimumHeight(tableHeight(1));
        m_table->setMaximumHeight(tableHeight(static_cast<int>(ids.size())));
        setMaximumHeight(m_x->sizeHint().height() + layout()->spacing() + m_table->maximumHeight());
        updateGeometry();
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const rx::Activation *f = rx::findActivation(ids[i]);
        const int row = static_cast<int>(i);
        const auto point = std::find_if(points.begin(), points.end(),
                                        [&](const rx::TracePoint &p) { return p.id == ids[i]; });
        const bool known = traced && point != points.end();
        const QString values[] = {f ? QString::fromStdString(f->displayName) : QString(),
                                  known ? number(point->y) : QStringLiteral("—"),
                                  known ? number(point->dydx) : QStringLiteral("—")};
        for (int column = 0; column < 3; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(values[column]);
            if (column == 0)
                item->setForeground(functionColour(rx::catalogueIndex(ids[i])));
            else
                item->setData(Qt::AccessibleTextRole,
                              (column == 1 ? tr("%1: f(x) = %2") : tr("%1: f′(x) = %2"))
                                  .arg(values[0], values[column]));
        }
        if (traced) {
            spoken << tr("%1: f(x) = %2, f′(x) = %3").arg(values[0], values[1], values[2]);
            brief << tr("%1 %2", "function and its value at the tracer").arg(values[0], values[1]);
        }
    }
    const QString readout = spoken.join(tr("; "));
    if (readout == m_readout)
        return;
    m_readout = readout;
    // Screen readers hear each step from the focused plot (readoutChanged), not from this panel.
    setAccessibleDescription(readout);
    m_table->setAccessibleDescription(readout);
    emit readoutChanged(readout, traced ? brief.join(tr(", ")) : QString());
}

int TracePanel::tableHeight(int rows) const
{
    return m_table->horizontalHeader()->sizeHint().height() +
           std::max(rows, 1) * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth();
}

QSize TracePanel::sizeHint() const
{
    const int rows = std::min(m_table->rowCount(), rowsAtHand);
    return {QWidget::sizeHint().width(), m_x->sizeHint().height() + layout()->spacing() + tableHeight(rows)};
}

QString TracePanel::text() const
{
    QStringList lines{m_x->text()};
    for (int row = 0; row < m_table->rowCount(); ++row)
        lines << QStringLiteral("%1: f = %2, f′ = %3")
                     .arg(m_table->item(row, 0)->text(), m_table->item(row, 1)->text(),
                          m_table->item(row, 2)->text());
    return lines.join(QLatin1Char('\n'));
}
