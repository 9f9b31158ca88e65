// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "functionlist.h"

#include <QAccessible>
#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>

#include "reluexplorer/activation.h"
#include "accessiblefunctionlist.h"
#include "cataloguetext.h"
#include "plottheme.h"

namespace {

constexpr int idRole = Qt::UserRole;

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(24, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(2, 6), QPointF(22, 6));
    return QIcon(pixmap);
}

} // namespace

FunctionList::FunctionList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("functionList"));
    setAccessibleName(tr("Functions"));
    setAccessibleDescription(tr("Check a function to show it; the current one is described below."));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setColumnCount(1);
    setIconSize(QSize(24, 12));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);

    for (const rx::Group group : {rx::Group::ReluFamily, rx::Group::SmoothRelatives}) {
        QTreeWidgetItem *header = nullptr;
        for (std::size_t i = 0; i < rx::catalogue().size(); ++i) {
            const rx::Activation &f = rx::catalogue()[i];
            if (f.group != group)
                continue;
            if (!header) {
                header = new QTreeWidgetItem(this, {catalogueText(rx::groupName(group))});
                header->setFlags(Qt::ItemIsEnabled);
                QFont bold = header->font(0);
                bold.setBold(true);
                header->setFont(0, bold);
                header->setExpanded(true);
            }
            auto *item = new QTreeWidgetItem(header, {QString::fromStdString(f.displayName)});
            item->setData(0, idRole, QString::fromStdString(f.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setIcon(0, swatch(functionColour(static_cast<int>(i))));
            item->setToolTip(0, catalogueText(f.formulaText));
        }
    }
    for (int i = 0; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setExpanded(true); // not expandAll(): a function has nothing to expand
    setItemsExpandable(false);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, idRole).toString();
        if (id.isEmpty())
            return;
        announceChecked(item);
        emit functionShownChanged(id, item->checkState(0) == Qt::Checked);
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, idRole).toString() : QString();
        if (!id.isEmpty())
            emit selectedFunctionChanged(id);
    });
}

void FunctionList::announceChecked(QTreeWidgetItem *item)
{
    if (!QAccessible::isActive())
        return;
    auto *list = dynamic_cast<AccessibleFunctionList *>(QAccessible::queryAccessibleInterface(this));
    if (QAccessibleInterface *row = list ? list->interfaceFor(item) : nullptr) {
        QAccessible::State changed;
        changed.checked = true;
        QAccessibleStateChangeEvent event(row, changed);
        QAccessible::updateAccessibility(&event);
    }
}

void FunctionList::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // QTreeView would tell screen readers that the new row has focus even when the list has not
    // (the selected function changes with the parameter being edited).
    QAbstractItemView::currentChanged(current, previous);
    viewport()->update();
    if (!hasFocus() || !QAccessible::isActive())
        return;
    auto *list = dynamic_cast<AccessibleFunctionList *>(QAccessible::queryAccessibleInterface(this));
    if (QAccessibleInterface *row = list ? list->interfaceFor(itemFromIndex(current)) : nullptr) {
        QAccessibleEvent event(row, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

void FunctionList::setState(const rx::ExplorerState &state)
{
    const QSignalBlocker blocker(this);
    for (const rx::Activation &f : rx::catalogue()) {
        QTreeWidgetItem *item = itemFor(f.id);
        const Qt::CheckState check = rx::isShown(state, f.id) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState(0) != check)
            item->setCheckState(0, check);
    }
    QTreeWidgetItem *selected = itemFor(state.selected);
    if (selected && currentItem() != selected)
        setCurrentItem(selected);
}

void FunctionList::setTheme(const PlotTheme &theme)
{
    const QSignalBlocker blocker(this); // a new icon is an itemChanged
    const std::vector<rx::Activation> &all = rx::catalogue();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (QTreeWidgetItem *item = itemFor(all[i].id))
            item->setIcon(0, swatch(theme.colourFor(static_cast<int>(i))));
}

QTreeWidgetItem *FunctionList::itemFor(const std::string &id) const
{
    const QString key = QString::fromStdString(id);
    for (QTreeWidgetItemIterator it(const_cast<FunctionList *>(this)); *it; ++it)
        if ((*it)->data(0, idRole).toString() == key)
            return *it;
    return nullptr;
}
