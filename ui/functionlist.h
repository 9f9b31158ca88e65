// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <string>

#include <QTreeWidget>

#include "reluexplorer/state.h"
#include "plottheme.h"

/// The catalogue's functions grouped by rx::groupName, each checkable (shown or not) in its colour.
/// The current item is the selected function. Space toggles, arrows move.
class FunctionList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FunctionList(QWidget *parent = nullptr);

    /// Shows which functions are checked and which is current, without emitting.
    void setState(const rx::ExplorerState &state);

    QTreeWidgetItem *itemFor(const std::string &id) const;

    /// Paints the swatches in theme's colours.
    void setTheme(const PlotTheme &theme);

signals:
    void functionShownChanged(const QString &id, bool shown);
    void selectedFunctionChanged(const QString &id);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void announceChecked(QTreeWidgetItem *item);
};
