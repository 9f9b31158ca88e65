// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "accessiblefunctionlist.h"

#include <QPointer>
#include <QTreeWidgetItemIterator>

#include "functionlist.h"

namespace {

QList<QTreeWidgetItem *> rows(FunctionList *list)
{
    QList<QTreeWidgetItem *> all;
    for (QTreeWidgetItemIterator it(list); *it; ++it)
        all << *it;
    return all;
}

class FunctionRow : public QAccessibleInterface
{
public:
    FunctionRow(FunctionList *list, QTreeWidgetItem *item) : m_list(list), m_item(item) {}

    bool isValid() const override { return m_list; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_list ? m_list->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_list); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}

    bool isGroup() const { return m_item->childCount() > 0; }

    QString text(QAccessible::Text t) const override
    {
        if (!m_list)
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_item->text(0);
        case QAccessible::Description:
            return m_item->data(0, Qt::AccessibleDescriptionRole).toString();
        default:
            return {};
        }
    }
    QRect rect() const override
    {
        if (!m_list)
            return {};
        const QRect r = m_list->visualItemRect(m_item);
        return QRect(m_list->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override
    {
        return isGroup() ? QAccessible::TreeItem : QAccessible::CheckBox;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!m_list)
            return s;
        if (isGroup()) {
            s.expandable = true;
            s.expanded = m_item->isExpanded();
            return s;
        }
        s.focusable = true;
        s.selectable = true;
        s.checkable = true;
        s.checked = m_item->checkState(0) == Qt::Checked;
        s.selected = m_item->isSelected();
        s.focused = m_list->hasFocus() && m_list->currentItem() == m_item;
        s.invisible = m_item->isHidden();
        return s;
    }

private:
    QPointer<FunctionList> m_list;
    QTreeWidgetItem *m_item;
};

} // namespace

AccessibleFunctionList::AccessibleFunctionList(FunctionList *list)
    : QAccessibleWidget(list, QAccessible::Tree)
{
}

AccessibleFunctionList::~AccessibleFunctionList()
{
    for (const QAccessible::Id id : std::as_const(m_rows))
        QAccessible::deleteAccessibleInterface(id);
}

FunctionList *AccessibleFunctionList::list() const
{
    return static_cast<FunctionList *>(widget());
}

QAccessibleInterface *AccessibleFunctionList::interfaceFor(QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    auto it = m_rows.find(item);
    if (it == m_rows.end())
        it = m_rows.insert(item, QAccessible::registerAccessibleInterface(new FunctionRow(list(), item)));
    return QAccessible::accessibleInterface(it.value());
}

int AccessibleFunctionList::childCount() const
{
    return static_cast<int>(rows(list()).size());
}

// Rows in screen order, as QTreeView numbers them in its own accessibility events.
QAccessibleInterface *AccessibleFunctionList::child(int index) const
{
    const QList<QTreeWidgetItem *> all = rows(list());
    return index >= 0 && index < all.size() ? interfaceFor(all.at(index)) : nullptr;
}

int AccessibleFunctionList::indexOfChild(const QAccessibleInterface *child) const
{
    const QList<QTreeWidgetItem *> all = rows(list());
    for (int i = 0; i < all.size(); ++i)
        if (m_rows.contains(all.at(i)) && QAccessible::accessibleInterface(m_rows.value(all.at(i))) == child)
            return i;
    return -1;
}

QAccessibleInterface *AccessibleFunctionList::childAt(int x, int y) const
{
    const QPoint local = list()->viewport()->mapFromGlobal(QPoint(x, y));
    return interfaceFor(list()->itemAt(local));
}

QAccessibleInterface *AccessibleFunctionList::focusChild() const
{
    return list()->hasFocus() ? interfaceFor(list()->currentItem()) : nullptr;
}
