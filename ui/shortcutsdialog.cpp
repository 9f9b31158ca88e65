// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "mnemonic.h"

namespace {

// "View > Legend" for an action in the Legend submenu of View; "" for one in no menu.
QString menuPath(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        QStringList path;
        for (auto *menu = qobject_cast<QMenu *>(object); menu;) {
            if (!menu->title().isEmpty()) // not a menu bar's overflow menu
                path.prepend(withoutMnemonic(menu->title()));
            const QAction *entry = menu->menuAction();
            QMenu *parent = nullptr;
            for (QObject *holder : entry->associatedObjects())
                if ((parent = qobject_cast<QMenu *>(holder)))
                    break;
            menu = parent;
        }
        if (!path.isEmpty())
            return path.join(QStringLiteral(" > "));
    }
    return {};
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window), m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *column = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcuts.search"));
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setAccessibleName(tr("Search the shortcuts"));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_search);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_search, 1);
    column->addLayout(row);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("shortcuts.table"));
    m_table->setAccessibleName(tr("Shortcuts"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    m_table->setSortingEnabled(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    column->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    resize(720, 560);
    refresh();
}

void ShortcutsDialog::refresh()
{
    m_table->clear();
    auto add = [this](const QString &action, const QString &keys, const QString &where) {
        new QTreeWidgetItem(m_table, {action, keys, where});
    };
    const QString windowWide = tr("Window");
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        const QString where = menuPath(action);
        add(withoutMnemonic(action->text()), keysText(action->shortcuts()),
            where.isEmpty() ? windowWide : where);
    }
    for (const QShortcut *shortcut : m_window->findChildren<QShortcut *>()) {
        if (shortcut->key().isEmpty())
            continue;
        const QWidget *owner = qobject_cast<QWidget *>(shortcut->parent());
        const QString what = !shortcut->whatsThis().isEmpty() ? shortcut->whatsThis()
                             : owner                          ? owner->accessibleName()
                                                              : QString();
        add(what, shortcut->key().toString(QKeySequence::NativeText), tr("When it has focus"));
    }
    // The plot reads these keys itself while it has focus (PlotView's event filter).
    const QString plot = tr("Plot, when it has focus");
    add(tr("Move the tracer one sample"), tr("Left, Right"), plot);
    add(tr("Move the tracer ten samples"), tr("Shift+Left, Shift+Right"), plot);
    add(tr("Zoom in, zoom out"), tr("+, −"), plot);
    add(tr("Next or previous control"), tr("Tab, Shift+Tab"), windowWide);
    m_table->sortItems(2, Qt::AscendingOrder);
    setFilter(m_search->text());
}

void ShortcutsDialog::setFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        bool match = wanted.isEmpty();
        for (int c = 0; c < m_table->columnCount() && !match; ++c)
            match = item->text(c).contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}
