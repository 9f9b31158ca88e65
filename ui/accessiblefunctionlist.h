// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QAccessibleWidget>
#include <QHash>

class FunctionList;
class QTreeWidgetItem;

/// The function list for screen readers: a tree whose rows are, in screen order, the groups
/// (expanded, not focusable) and the functions as check boxes (checkable, checked when shown).
/// Only the current row of the focused list is focused; toggling a function sends a checked-state
/// change (FunctionList::itemChanged).
class AccessibleFunctionList : public QAccessibleWidget
{
public:
    explicit AccessibleFunctionList(FunctionList *list);
    ~AccessibleFunctionList() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    /// The row of item, or nullptr.
    QAccessibleInterface *interfaceFor(QTreeWidgetItem *item) const;

private:
    FunctionList *list() const;

    mutable QHash<QTreeWidgetItem *, QAccessible::Id> m_rows;
};
